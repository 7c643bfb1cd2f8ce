// The site named only inside its own story (twenty-fourth round, second wave): a page whose frame
// prints no masthead still credits its own photo («… (تصوير: عنيزة نت)», «(صورة: إذاعة مدنين)») or
// names itself in its reporting («قال … لـ«السماوة نيوز»», «وتابعت «السماوة نيوز» …»). A name of a
// site's shape (a site's word before or after it: `sourceAffixes`) in those places is the outlet —
// weak evidence (0.46), read only where no other signal names a site (metadata.ts). Its lead's own
// words saying a source told the site («قال مصدر لـ"NAME" إن …») are such evidence once (twenty-fifth round, second wave). A wire or a photo agency
// the lists know is never taken so: it is another's credit, not the site's own. The lead's own names
// (`leadOwnNames`, twenty-eighth round) are read to agree: they raise a weak candidate of the same name
// (`corroborateByLead`) and give a Latin masthead its Arabic name (page-furniture.ts `arabicSpelling`).
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { Signal } from './credits';
import { lexKey } from './boilerplate';
import { framed } from './masthead';
import { sourceKey } from '../data/keys';

const CONFIDENCE = 0.46;
// «(تصوير: NAME)», «(صورة: NAME)» closing a caption line.
const PHOTO_CREDIT = /\(\s*([^():：]{2,20})\s*[:：]\s*([^()]{2,40})\)\s*$/u;
const QUOTED = /«([^«»]{2,40})»/gu;

/** Is `name` a site's name the lists do not give to a wire or another site? */
function ownShaped(name: string, lex: Lexicon): boolean {
  const known = lex.names(name);
  return !known && framed(name, lex);
}

/** Outlet signals from a photo credit naming a site and from a site's name the story quotes twice. */
export function ownNameInStory(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined, lex: Lexicon): Signal[] {
  const out: Signal[] = [];
  const end = bodyEnd ?? lines.length;
  for (const l of lines.slice(0, end)) {
    const m = PHOTO_CREDIT.exec(l.text.trim());
    if (!m || !lex.photoCreditLabels.has(lexKey(m[1])) || !ownShaped(m[2].trim(), lex)) continue;
    out.push({ field: 'outlet', value: m[2].trim(), confidence: CONFIDENCE, rule: 'a photo credit naming a site («تصوير: NAME نت»)', line: l.index + 1 });
    break;
  }
  const counts = new Map<string, { name: string; line: number; n: number }>();
  for (const l of lines.slice(start, end)) {
    if (l.kind !== 'body') continue;
    for (const m of l.text.matchAll(QUOTED)) {
      const name = m[1].trim();
      if (!ownShaped(name, lex)) continue;
      const key = lexKey(name);
      const seen = counts.get(key) ?? { name, line: l.index + 1, n: 0 };
      seen.n++;
      counts.set(key, seen);
    }
  }
  // Quoted twice or more, and the only site's name the story quotes so.
  const quoted = [...counts.values()].filter((c) => c.n >= 2);
  if (quoted.length === 1) out.push({ field: 'outlet', value: quoted[0].name, confidence: CONFIDENCE, rule: 'the site\'s name its own story quotes («لـ«NAME»», «تابعت «NAME»»)', line: quoted[0].line });
  else if (!quoted.length) out.push(...toldTheSite(lines, start, end, lex));
  return out;
}

// «قال مصدر … لـ"NAME" إن …», «قالت مصادر لـ NAME إن …»: the one told is the site reporting
// (quoted, or bare up to the «إن»/«أن» that opens what was said).
const TOLD = /لـ\s*(?:["«“]\s*([^"«»“”]{2,40}?)\s*["»”]|(\p{L}+(?:\s\p{L}+){1,3}?)\s+(?:إن|أن|بأن)\s)/gu;

/** The lead's own words naming whom a source told (the site's shape, once, the only one): the outlet, weakly. */
function toldTheSite(lines: readonly ClassifiedLine[], start: number, end: number, lex: Lexicon): Signal[] {
  const [lead, second] = lines.slice(start, end).filter((l) => l.kind === 'body');
  if (!lead) return [];
  const told = [...lead.text.matchAll(TOLD)].map((m) => (m[1] ?? m[2]).trim()).filter((name) => ownShaped(name, lex));
  // «… للوكالة الرسمية وتابعته "NAME"»: the site that followed what was said (`followedFrames`) — in the
  // lead or in the quote's own paragraph right under it. The frame says it is a newsroom, so no site's
  // word is asked of the name («الرافدين برس»); a wire or a credit word the lists know is never it.
  const re = framedQuote(lex.data.followedFrames ?? []);
  const followed = !re ? [] : [lead, second].flatMap((l) => (l ? [...l.text.matchAll(re)] : [])).map((m) => (m[1] ?? m[2]).trim())
    .filter((name) => name.split(/\s+/).length <= 4 && !['agency', 'generic'].includes(lex.names(name)?.kind ?? ''));
  const names = [...told, ...followed];
  if (new Set(names.map(lexKey)).size !== 1) return [];
  return [{ field: 'outlet', value: names[0], confidence: CONFIDENCE, rule: 'the site its lead says a source told («قال مصدر لـ"NAME"»)', line: lead.index + 1 }];
}

const gluedMemo = new WeakMap<readonly string[], RegExp | null>();
/**
 * «في تصريح لإذاعة الحمامات إف إم إن …»: «ل» glued to a kind of outlet (`sourceAffixes.before`: «إذاعة», «قناة»,
 * «صحيفة»), then its name bare up to «إن»/«أن» — the kind word says a site is named (thirty-first round, merged).
 */
function gluedToldKind(kinds: readonly string[]): RegExp | null {
  let re = gluedMemo.get(kinds);
  if (re === undefined) {
    const arabic = kinds.filter((k) => /^[\u0600-\u06FF]+$/u.test(k));
    re = arabic.length ? new RegExp(`(?:^|[\\s(،,])ل(${arabic.join('|')})\\s+(\\p{L}+(?:\\s\\p{L}+){0,3}?)\\s+(?:إن|أن|بأن)\\s`, 'gu') : null;
    gluedMemo.set(kinds, re);
  }
  return re;
}

const framesMemo = new WeakMap<readonly string[], RegExp | null>();
/** «لـ«NAME»», «علمت "NAME"», «ترجمته NAME أن»: a frame of `ownNameFrames`, then a quoted name or a bare one up to «أن» (compiled once per list). */
function framedQuote(frames: readonly string[]): RegExp | null {
  let re = framesMemo.get(frames);
  if (re === undefined) {
    const alts = [...frames].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    re = alts.length ? new RegExp(`(?:^|[\\s(،,])(?:${alts.join('|')})(?:\\s*ـ?\\s*["«“]([^"«»“”]{2,40}?)["»”]|\\s+(\\p{L}+(?:\\s\\p{L}+){0,2}?)\\s+(?:إن|أن|بأن)\\s)`, 'gu') : null;
    framesMemo.set(frames, re);
  }
  return re;
}

/**
 * The names by which the story's lead names its own site (twenty-eighth round): a quoted name after a
 * frame of `ownNameFrames` («أفادت مصادر لـ"NAME"», «علمت «NAME»»), or a bare one up to «أن» («ترجمته NAME أن»,
 * «قالت مصادر لـ NAME إن»). Never a name the lists give to a wire or another site, never a sentence.
 * The lead and the paragraph after it are read (a dateline's paragraph often quotes no one; the official's
 * «لـ"NAME"» follows it: thirtieth round): two lines per page.
 */
export function leadOwnNames(lines: readonly ClassifiedLine[], start: number, bodyEnd: number | undefined, lex: Lexicon): string[] {
  const lead = lines.slice(start, bodyEnd ?? lines.length).filter((l) => l.kind === 'body').slice(0, LEAD_PARAGRAPHS);
  if (!lead.length) return [];
  const found: string[] = [];
  const re = framedQuote(lex.data.ownNameFrames ?? []);
  for (const p of lead) {
    for (const m of re ? p.text.matchAll(re) : []) found.push((m[1] ?? m[2]).trim());
    for (const m of p.text.matchAll(TOLD)) found.push((m[1] ?? m[2]).trim());
    const glued = gluedToldKind(lex.data.sourceAffixes.before);
    for (const m of glued ? p.text.matchAll(glued) : []) found.push(`${m[1]} ${m[2]}`.trim());
  }
  const named = found.filter((name) => {
    const words = name.split(/\s+/).length;
    const known = lex.names(name);
    return words <= 4 && /^[\u0600-\u06FF0-9٠-٩ ]+$/u.test(name) && /\p{L}{2}/u.test(name) && (!known || known.own);
  });
  return [...new Set(named)];
}

// The story's paragraphs read for its own name: the lead and the one after it.
const LEAD_PARAGRAPHS = 2;

// A weak candidate the story's lead also names as its own site is the site (twenty-eighth round): the two agree.
const LEAD_AGREES = 0.62;
const LEAD_AGREES_RULE = '; the lead names the site so too («قالت مصادر لـ"NAME"»)';

/** «جميع الحقوق محفوظة لكلميم بريس» and «أفادت مصادر لـ"كلميم بريس"»: a weak outlet signal the lead's own words agree with, raised. */
export function corroborateByLead(signals: Signal[], leadNames: readonly string[]): void {
  if (!leadNames.length) return;
  const keys = new Set(leadNames.map(sourceKey));
  for (const s of signals) {
    if (s.field !== 'outlet' || s.id || s.confidence >= LEAD_AGREES || !keys.has(sourceKey(s.value))) continue;
    s.confidence = LEAD_AGREES;
    s.rule += LEAD_AGREES_RULE;
  }
}
