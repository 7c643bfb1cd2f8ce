// The site saying, in its lead, that it translated what it reports: «وبحسب ما ترجم موقع NAME، فقد
// شهدت …», «وفق ما ترجمته صحيفة "NAME" عن …». An opener and a verb of `translationFrames`
// (content/boilerplate.yaml) in a row, then a site's word (`sourceAffixes.before`) and a bare name of one
// to three words up to the next comma or colon, or a quoted name. A site cites another for what it
// reported («بحسب ما نقل موقع X»), never for its translation; a wire or a generic credit is never taken.
// Read only where nothing else names a site (metadata.ts; thirty-ninth round, a probe of real pages).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Signal } from './credits';

interface PageLine { index: number; kind: string; text: string }

const LEAD_PARAGRAPHS = 3;
const QUOTED = /^["«“]([^"«»“”]{2,40})["»”]/u;
/** A bare name: up to the first comma, colon or full stop, one to three words. */
const BARE = /^([^،,:：.؛"«»“”]{2,40}?)\s*[،,:：.؛]/u;
const MAX_NAME_WORDS = 3;

export const TRANSLATED_RULE = 'the lead says the site translated the story («بحسب ما ترجم موقع NAME»)';

export function translatedByLead(lines: readonly PageLine[], start: number, bodyEnd: number | undefined, lex: Pick<Lexicon, 'names' | 'data'>): Signal[] {
  const frames = lex.data.translationFrames;
  if (!frames?.openers.length || !frames.verbs.length) return [];
  const verbs = new Set(frames.verbs.map(lexKey));
  const openers = frames.openers.map(lexKey);
  const siteWords = new Set((lex.data.sourceAffixes.before ?? []).map(lexKey));
  const lead = lines.slice(start, bodyEnd ?? lines.length).filter((l) => l.kind === 'body').slice(0, LEAD_PARAGRAPHS);
  for (const p of lead) {
    const words = p.text.split(/\s+/);
    for (let i = 1; i < words.length - 2; i++) {
      if (!verbs.has(lexKey(words[i]))) continue;
      const before = [words[i - 2], words[i - 1]].filter(Boolean).join(' ');
      if (!openers.some((o) => lexKey(before).endsWith(o))) continue;
      const siteWord = siteWords.has(lexKey(words[i + 1]));
      const rest = words.slice(i + (siteWord ? 2 : 1)).join(' ');
      const quoted = QUOTED.exec(rest);
      const bare = siteWord && !quoted ? BARE.exec(rest) : null;
      const name = (quoted?.[1] ?? bare?.[1])?.trim();
      if (!name || name.split(/\s+/).length > MAX_NAME_WORDS) continue;
      const known = lex.names(name);
      if (known?.kind === 'agency' || known?.kind === 'generic') continue;
      return [{ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: 0.6, rule: TRANSLATED_RULE, line: p.index + 1 }];
    }
  }
  return [];
}
