// A page copied with its skip-link frame (forty-sixth round, session 49, helper 13s; real pages of DW and France 24 as a
// text browser shows them): «تخطي إلى المحتوى», «انتقل إلى المحتوى الرئيسي», numbered or not, over the headline. The frame
// is clutter (`exactLines`); a skip link that names the site whose pages it skips to — «تخطي إلى المزيد من صفحات DW»,
// «تخطي إلى القائمة الرئيسية لموقع فرانس 24» — names the outlet: the site's own frame, printed by the site for itself.
// Only names sources.yaml knows: the words after «صفحات» or «موقع» are otherwise a menu's.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Signal } from './credits';

interface FrameLine { index: number; text: string }

/** A list's number before a link («1.», «2 -»), as a text browser prints the skip links. */
const NUMBERED = /^\s*[0-9٠-٩]{1,2}\s*[.)\-–]\s*/u;
/** The site's word before its name: «صفحات DW», «لموقع فرانس 24», «موقع الجزيرة». */
const SITE_WORD = /\s(?:صفحات|لصفحات|موقع|لموقع|site|website)\s+(.{2,40})$/iu;
/** Skip links sit at the page's top: no further than this many lines from it. */
const MAX_TOP = 8;

/** The outlet a skip link at the top of the page names (see above), or none. */
export function skipLinkSite(lines: readonly FrameLine[], lex: Lexicon): Signal[] {
  const leads = (lex.data.skipLinkLeads ?? []).map(lexKey);
  if (!leads.length) return [];
  for (const l of lines.slice(0, MAX_TOP)) {
    const text = l.text.replace(NUMBERED, '').trim();
    const key = lexKey(text);
    if (!leads.some((lead) => key.startsWith(`${lead} `))) continue;
    const m = SITE_WORD.exec(text);
    const found = m ? lex.names(m[1].trim()) : undefined;
    if (found?.kind === 'outlet') return [{ field: 'outlet', value: found.name, ...(found.id ? { id: found.id } : {}), confidence: 0.7, rule: 'a skip link naming the site', line: l.index + 1 }];
  }
  return [];
}
