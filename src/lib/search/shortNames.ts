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

/** A word's /g/ letters written by their class's others: one place at a time, then every place at once. */
function classSpellings(bare: string, classes: string[][], add: (w: string) => void): void {
  for (const cls of classes) {
    const places = [...bare].flatMap((c, i) => (cls.includes(c) ? [i] : []));
    if (!places.length) continue;
    for (const i of places) for (const c of cls) add(bare.slice(0, i) + c + bare.slice(i + 1));
    if (places.length > 1) for (const c of cls) add([...bare].map((x, i) => (places.includes(i) ? c : x)).join(''));
  }
}

/**
 * Forty-second pass, at the merge: a name typed at the skeleton's floor (exactly `minLetters` letters) whose page
 * spelling leaves out one inner vowel is a letter under the floor on the page, never grouped («جريبين» ↔ «غريبن»). Its
 * forms one inner vowel letter shorter (`shortNames.floorVowels`; not the first letter, nor the last — a name's last
 * vowel is its grammar), each also with its /g/ letters written otherwise.
 */
function floorVowelSpellings(bare: string, rules: SpellingRules, add: (w: string) => void): void {
  const vowels = rules.shortNames?.floorVowels;
  if (!vowels?.length || bare.length !== rules.minLetters) return;
  const shorter: string[] = [];
  for (let i = 1; i < bare.length - 1; i++) if (vowels.includes(bare[i]) && bare[i - 1] !== bare[i]) shorter.push(bare.slice(0, i) + bare.slice(i + 1));
  for (const w of shorter) add(w);
  for (const w of shorter) classSpellings(w, rules.shortNames!.classes, add);
}

/**
 * The other spellings of a short typed name (normalised, less its article), the typed word left out, one place changed
 * first; none for a word the skeleton reads (its own rule) but one at its floor (floorVowelSpellings), nor one shorter
 * than `shortNames.minLetters`, nor one holding no letter of a class.
 */
export function shortNameSpellings(bare: string, rules: SpellingRules): string[] {
  const short = rules.shortNames;
  if (!short || bare.length < short.minLetters || !/^[\u0621-\u064A]+$/.test(bare)) return [];
  if (rules.arabicEndings?.some((e) => bare.endsWith(e)) || rules.notNames?.includes(bare)) return [];
  const out: string[] = [];
  const add = (w: string) => {
    if (w !== bare && !out.includes(w)) out.push(w);
  };
  if (nameSkeleton(bare, rules)) floorVowelSpellings(bare, rules, add);
  else classSpellings(bare, short.classes, add);
  return out.slice(0, MAX_SHORT_READINGS);
}
