// A short foreign name with its /g/ written otherwise (issue 15, forty-second pass, session 50): «لاجوس» ↔ «لاغوس»،
// «جوميل» ↔ «غوميل»، «كيجالي» ↔ «كيغالي»، «القيطنة» ↔ «الكيطنة». The consonant skeleton (nameSkeleton.ts) reads no word
// under its floors (six letters, four consonants): short words are mostly Arabic and their skeletons meet too many
// others. Here nothing is shipped: the typed word's letters of one class (content/search-spellings.yaml `shortNames`) are
// written by the class's other letters — one place at a time, then every place at once (a writer uses one letter for
// the sound throughout: «قوقل»، «جوجل») — and the index decides, as for every rare reading, with one guard more: the
// typed word is on no page (tiers.ts `withRareReadings`, `unseenReadings`). A short word the corpus writes is a word
// («قارة» is not read to «غارة»); only a form no page writes is read as another spelling.
import type { SpellingRules } from './nameSkeleton';
import { nameSkeleton } from './nameSkeleton';

/** At most this many spellings of a short name: each is one more search. */
export const MAX_SHORT_READINGS = 9;

/**
 * The other spellings of a short typed name (normalised, less its article), the typed word left out, one place changed
 * first; none for a word the skeleton reads (its own rule), nor one shorter than `shortNames.minLetters`, nor one
 * holding no letter of a class.
 */
export function shortNameSpellings(bare: string, rules: SpellingRules): string[] {
  const short = rules.shortNames;
  if (!short || bare.length < short.minLetters || !/^[\u0621-\u064A]+$/.test(bare) || nameSkeleton(bare, rules)) return [];
  if (rules.arabicEndings?.some((e) => bare.endsWith(e)) || rules.notNames?.includes(bare)) return [];
  const out: string[] = [];
  const add = (w: string) => {
    if (w !== bare && !out.includes(w)) out.push(w);
  };
  for (const cls of short.classes) {
    const places = [...bare].flatMap((c, i) => (cls.includes(c) ? [i] : []));
    if (!places.length) continue;
    for (const i of places) for (const c of cls) add(bare.slice(0, i) + c + bare.slice(i + 1));
    if (places.length > 1) for (const c of cls) add([...bare].map((x, i) => (places.includes(i) ? c : x)).join(''));
  }
  return out.slice(0, MAX_SHORT_READINGS);
}
