// A foreign name typed in another transliteration than the page's (issue 15, forty-first pass, session 49):
// «ميكولاييف» ↔ «ميكولايف», «نوفاتك» ↔ «نوفاتيك», «جلادكوف» ↔ «غلادكوف». Arabic writes a foreign name's vowels with
// ا و ي or leaves them out, and one foreign consonant with several letters; the words of the index's vocabulary that no
// curated list holds are grouped by a consonant skeleton (content/search-spellings.yaml says how), the groups shipped in
// the word buckets (wordBuckets.ts), and a typed word the index holds rarely reads the page words of its skeleton that
// differ from it by a vowel or so. The readings are the pages' own words' keys: nothing is added to a page, so no page
// grows longer — session 48's skeleton keys on the pages (helper 15m, not merged) moved Pagefind's length
// normalisation (Pagefind weighs a page by its count of distinct words), and every query of many pages paid for it.

import { searchStem } from './stems';

/** content/search-spellings.yaml as the index and the query side read it. */
export interface SpellingRules {
  /** No skeleton for a stem shorter than this. */
  minLetters: number;
  /** …nor for one keeping fewer consonants. */
  minConsonants: number;
  /** Two spellings of a skeleton join when they differ by at most one letter per this many (at least one). */
  lettersPerEdit: number;
  /** Common words never read (normalised, less the article). */
  notNames?: string[];
  /** Endings that say a word is Arabic (a possessive pronoun: اموالها، علاقاتهم): no skeleton. */
  arabicEndings?: string[];
  /** The letters one foreign sound is written with, each class folded to its first letter (forty-second pass: data). */
  letterClasses?: string[][];
  /** Letter pairs read as one foreign sound before the classes ([تش, ج]: ch). */
  digraphs?: Array<[string, string]>;
  /** Letters a skeleton drops after its first (a name's vowels; ع where an Arabic spelling lent to the name writes one). */
  vowelLetters?: string[];
  /** A Greek or Latin ending a transliteration keeps or drops (يس، وس، اس): its final letter is not in the skeleton. */
  droppedEndings?: string[];
  /** A company's last part written glued to its name or apart (بنك، فلوت): the name is also grouped by its head. */
  compoundTails?: string[];
  /** A name too short for a skeleton, read by its /g/ letter written otherwise (shortNames.ts). */
  shortNames?: { minLetters: number; classes: string[][]; floorVowels?: string[] };
}

/** The forty-first pass's classes, for rules that name none: g غ ق ك → ج; t ط → ت; s/z ز ص → س; «تش» → ج. */
const DEFAULT_CLASSES = [['ج', 'غ', 'ق', 'ك'], ['ت', 'ط'], ['س', 'ز', 'ص']];
const DEFAULT_DIGRAPHS: Array<[string, string]> = [['تش', 'ج']];
const DEFAULT_VOWELS = ['ا', 'و', 'ي', 'ء'];

interface Folding { fold: Readonly<Record<string, string>>; digraphs: ReadonlyArray<[string, string]>; vowels: RegExp }
const foldings = new WeakMap<object, Folding>();
/** The rules' letter classes as one table (built once per rules object). */
function folding(rules?: Pick<SpellingRules, 'letterClasses' | 'digraphs' | 'vowelLetters'>): Folding {
  const cached = rules && foldings.get(rules);
  if (cached) return cached;
  const fold: Record<string, string> = {};
  for (const cls of rules?.letterClasses ?? DEFAULT_CLASSES) for (const c of cls.slice(1)) fold[c] = cls[0];
  const vowels = rules?.vowelLetters ?? DEFAULT_VOWELS;
  const f = { fold, digraphs: rules?.digraphs ?? DEFAULT_DIGRAPHS, vowels: new RegExp(`[${vowels.join('')}]`, 'g') };
  if (rules) foldings.set(rules, f);
  return f;
}

/**
 * A stem with the letters of one foreign sound folded to one (content/search-spellings.yaml `letterClasses`; the digraphs
 * first: «تش» → ج); its vowel letters kept (the distance reads them).
 */
export function foldedSpelling(stem: string, rules?: Pick<SpellingRules, 'letterClasses' | 'digraphs' | 'vowelLetters'>): string {
  const { fold, digraphs } = folding(rules);
  let s = stem;
  for (const [from, to] of digraphs) s = s.split(from).join(to);
  return s.replace(/./gu, (c) => fold[c] ?? c);
}

/** The class of a folded spelling's last letter when it is a vowel: a name's last vowel is its grammar (-a, -i, -u). */
function lastVowel(folded: string): string {
  const c = folded.at(-1);
  return c === 'ا' || c === 'ه' ? 'a' : c === 'ي' ? 'i' : c === 'و' ? 'u' : '';
}

/**
 * The consonant skeleton of a stem (normalised: ة as ه, hamza seats as ا or ء), or null where it has none: the letters
 * folded, the last vowel kept apart as a Latin letter, every other ا و ي ء dropped but the first letter, a letter written
 * twice once. «تشورنومورسك» and «تشرنومورسك» are جرنمرسج; «بيلغورود» and «بيلغراد» are both بلجرد (the distance tells them
 * apart); «كولومبو» is جلمبu, «كولومبيا» جلمبa.
 */
export function nameSkeleton(stem: string, rules: Pick<SpellingRules, 'minLetters' | 'minConsonants' | 'arabicEndings' | 'letterClasses' | 'digraphs' | 'vowelLetters' | 'droppedEndings'>): string | null {
  if (stem.length < rules.minLetters || !/^[\u0621-\u064A]+$/.test(stem)) return null;
  if (rules.arabicEndings?.some((e) => stem.endsWith(e))) return null;
  // Forty-second pass: a Greek or Latin ending's last letter is not the name's (ألكسندروبوليس ↔ ألكسندروبولي); the
  // distance (sameName) still counts it, so only a name otherwise spelt alike joins across it.
  const ending = rules.droppedEndings?.find((e) => stem.endsWith(e));
  const named = ending ? stem.slice(0, -1) : stem;
  // A letter written twice is one sound; two letters folded to one class stay two (اوتشاكيف: تش and ك are two).
  const folded = foldedSpelling(named.replace(/(.)\1+/g, '$1'), rules);
  const end = lastVowel(folded);
  const body = end ? folded.slice(0, -1) : folded;
  const core = body[0] + body.slice(1).replace(folding(rules).vowels, '');
  return core.length < rules.minConsonants ? null : core + end;
}

/** The compound tail a word ends in (content/search-spellings.yaml `compoundTails`), its head long enough for a skeleton. */
export function compoundTail(word: string, rules: Pick<SpellingRules, 'compoundTails' | 'minLetters'>): string | undefined {
  return rules.compoundTails?.find((t) => word.endsWith(t) && word.length - t.length >= rules.minLetters);
}

/** The skeletons a word is grouped and looked up by: its own, and its head's where it ends in a compound tail. */
export function nameSkeletons(word: string, rules: SpellingRules): string[] {
  const own = nameSkeleton(word, rules);
  const tail = compoundTail(word, rules);
  const head = tail ? nameSkeleton(word.slice(0, -tail.length), rules) : null;
  return [...new Set([own, head].filter((s): s is string => !!s))];
}

/**
 * The two spellings a name's distance reads: a word with a compound tail against one without is read by its head
 * («تينكوفبنك» ↔ «تينكوف»); two words with different tails are two companies (سوفكومبنك ≠ سوفكومفلوت): null.
 */
function comparable(a: string, b: string, rules: SpellingRules): [string, string] | null {
  const [ta, tb] = [compoundTail(a, rules), compoundTail(b, rules)];
  if (ta && tb) return ta === tb ? [a, b] : null;
  return [ta ? a.slice(0, -ta.length) : a, tb ? b.slice(0, -tb.length) : b];
}

/** Letters two strings differ by (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Whether two stems of one skeleton are one name's spellings: few letters apart once folded (a vowel, not a word's shape). */
export function sameName(a: string, b: string, rules: Pick<SpellingRules, 'lettersPerEdit' | 'letterClasses' | 'digraphs' | 'vowelLetters'>): boolean {
  const [fa, fb] = [foldedSpelling(a, rules), foldedSpelling(b, rules)];
  return editDistance(fa, fb) <= Math.max(1, Math.floor(Math.min(fa.length, fb.length) / rules.lettersPerEdit));
}

/**
 * The index side: the words of the vocabulary grouped by skeleton, [skeleton, words] sorted. `words`: each word as the
 * pages write it less its article (and each clitic off in turn: corpusPlurals.ts `steps`), with its search stem and the
 * stem's count of pages. Skeletons are read from the written word, not the stem: the clitic rule takes a foreign name's
 * first letters (كراماتورسك → راماتورسك، كولمبيا → مبيا) wherever the name is in no list. A word whose stem is on more
 * than `maxPages` pages is left out (a reading must find at most that many: queryRareForms), and so is one whose stem
 * `curated` names (a family's, a name's, a listed word: the data decides it).
 */
export function corpusSpellings(words: Iterable<readonly [string, string, number]>, rules: SpellingRules, maxPages: number, curated: (stem: string) => boolean): Array<[string, string[]]> {
  const not = new Set(rules.notNames ?? []);
  const groups = new Map<string, string[]>();
  for (const [word, stem, pages] of words) {
    if (pages > maxPages || not.has(word) || not.has(stem) || curated(stem)) continue;
    for (const skeleton of nameSkeletons(word, rules)) {
      const group = groups.get(skeleton);
      if (group) group.push(word);
      else groups.set(skeleton, [word]);
    }
  }
  return [...groups].map(([s, g]) => [s, g.sort()] as [string, string[]]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The query side: the page words a typed word (normalised, less its article; each of its steps is read) may be
 * another spelling of, itself left out (`typedWords`: the steps as typed, where `steps` are glued to a tail typed
 * apart), nearest first. The caller keys them by their stems.
 */
export function spellingReadings(steps: readonly string[], spellings: ReadonlyMap<string, readonly string[]>, rules: SpellingRules, typedWords: readonly string[] = steps): string[] {
  const out = new Map<string, number>();
  for (const typed of steps) {
    if (rules.notNames?.includes(typed)) continue;
    for (const skeleton of nameSkeletons(typed, rules)) {
      for (const w of spellings.get(skeleton) ?? []) {
        const pair = typedWords.includes(w) ? null : comparable(typed, w, rules);
        if (!pair || !sameName(pair[0], pair[1], rules)) continue;
        const d = editDistance(foldedSpelling(pair[0], rules), foldedSpelling(pair[1], rules));
        if (!out.has(w) || out.get(w)! > d) out.set(w, d);
      }
    }
  }
  return [...out].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** The vocabulary's written words (its steps) with their stems and the stems' counts of pages, for corpusSpellings. */
export function* vocabularySteps(vocab: { readonly steps: ReadonlySet<string>; df(stem: string): number }, known: ReadonlySet<string>): Iterable<[string, string, number]> {
  for (const step of vocab.steps) {
    const stem = searchStem(step, known);
    yield [step, stem, vocab.df(stem)];
  }
}
