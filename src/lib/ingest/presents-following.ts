// The site saying, in its lead, that it presents what follows: «وتستعرض «بوابة النيل» في السطور التالية
// أسعار الذهب», «ويرصد موقع "سوق نيوز" في التقرير التالي سعر الدولار», «تقدم "NAME" لمتابعيها في السطور
// التالية …». Only the page that prints the lines that follow can say so of itself: a verb of presenting
// in the present tense (`presentingFrames.verbs`), a quoted name (a site's word may stand before it), and
// in the same sentence a word pointing at what follows (`presentingFrames.following`). A past verb
// («ورصدت صحيفة «X» في تقريرها أمس») reports another paper; a frame with no quoted name («يرصد التقرير
// التالي …») names no one. Read only where nothing else names a site (metadata.ts; thirty-eighth round, a
// probe of real pages: Egyptian copies keep the words of the site they copy).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Signal } from './credits';

interface PageLine { index: number; kind: string; text: string }

/** The lead and the paragraphs after it read for the frame. */
const LEAD_PARAGRAPHS = 3;
/** A quoted name: two to forty characters, no quote inside. */
const QUOTED = /^["«“]([^"«»“”]{2,40})["»”]/u;

export const PRESENTS_RULE = 'the lead presents what follows under the site\'s name («يرصد "NAME" في التقرير التالي»)';

export function presentedByLead(lines: readonly PageLine[], start: number, bodyEnd: number | undefined, lex: Pick<Lexicon, 'names' | 'data'>): Signal[] {
  const frames = lex.data.presentingFrames;
  if (!frames?.verbs.length || !frames.following.length) return [];
  const verbs = new Set(frames.verbs.map(lexKey));
  const following = new Set(frames.following.map(lexKey));
  const siteWords = new Set((lex.data.sourceAffixes.before ?? []).map(lexKey));
  const lead = lines.slice(start, bodyEnd ?? lines.length).filter((l) => l.kind === 'body').slice(0, LEAD_PARAGRAPHS);
  for (const p of lead) {
    for (const sentence of p.text.split(/(?<=[.!؟?])\s+/u)) {
      const words = sentence.split(/\s+/);
      if (!words.some((w) => following.has(lexKey(w.replace(/[،,.:؛]+$/u, ''))))) continue;
      for (let i = 0; i < words.length; i++) {
        // «ويرصد», «وتستعرض»: the conjunction glued to the verb is read off.
        const verb = lexKey(words[i].replace(/^[وف](?=[يت])/u, ''));
        if (!verbs.has(verb) && !verbs.has(lexKey(words[i]))) continue;
        let rest = words.slice(i + 1).join(' ');
        const first = rest.split(/\s+/)[0] ?? '';
        if (!/^["«“]/u.test(first) && siteWords.has(lexKey(first))) rest = rest.slice(first.length).trimStart();
        const m = QUOTED.exec(rest);
        if (!m) continue;
        const name = m[1].trim();
        const known = lex.names(name);
        if (!name || name.split(/\s+/).length > 4 || known?.kind === 'agency' || known?.kind === 'generic') continue;
        return [{ field: 'outlet', value: known?.name ?? name, ...(known?.id ? { id: known.id } : {}), confidence: 0.6, rule: PRESENTS_RULE, line: p.index + 1 }];
      }
    }
  }
  return [];
}
