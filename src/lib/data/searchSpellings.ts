// content/search-spellings.yaml (forty-first pass): the foreign-name skeleton's numbers and the words it never reads.
import { SearchSpellingsSchema } from './schemas/search-spellings';
import type { SpellingRules } from '../search/nameSkeleton';
import { parseYaml, readDataFile, validateYaml } from './yaml';
import { normalizeArabic } from '../arabic/normalize';

export const DEFAULT_SEARCH_SPELLINGS_PATH = 'content/search-spellings.yaml';

export function parseSearchSpellings(text: string, file = DEFAULT_SEARCH_SPELLINGS_PATH): SpellingRules {
  const data = validateYaml(parseYaml(text, file), SearchSpellingsSchema);
  const norm = (w: string) => normalizeArabic(w.trim());
  const listed = <K extends string, V>(key: K, v: V[] | undefined, f: (x: V) => unknown) => (v?.length ? { [key]: v.map(f) } : {});
  return {
    minLetters: data.minLetters,
    minConsonants: data.minConsonants,
    lettersPerEdit: data.lettersPerEdit,
    ...listed('notNames', data.notNames, norm),
    ...listed('arabicEndings', data.arabicEndings, norm),
    ...listed('letterClasses', data.letterClasses, (c) => c.map(norm)),
    ...listed('digraphs', data.digraphs, ([a, b]) => [norm(a), norm(b)]),
    ...listed('vowelLetters', data.vowelLetters, norm),
    ...listed('droppedEndings', data.droppedEndings, norm),
    ...listed('compoundTails', data.compoundTails, norm),
    ...(data.shortNames ? { shortNames: { minLetters: data.shortNames.minLetters, classes: data.shortNames.classes.map((c) => c.map(norm)), ...(data.shortNames.floorVowels ? { floorVowels: data.shortNames.floorVowels.map(norm) } : {}) } } : {}),
  } as SpellingRules;
}

export function loadSearchSpellings(path = DEFAULT_SEARCH_SPELLINGS_PATH): SpellingRules {
  return readDataFile(path, parseSearchSpellings);
}
