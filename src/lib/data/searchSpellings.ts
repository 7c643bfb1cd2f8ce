// content/search-spellings.yaml (forty-first pass): the foreign-name skeleton's numbers and the words it never reads.
import { SearchSpellingsSchema } from './schemas/search-spellings';
import type { SpellingRules } from '../search/nameSkeleton';
import { parseYaml, readDataFile, validateYaml } from './yaml';
import { normalizeArabic } from '../arabic/normalize';

export const DEFAULT_SEARCH_SPELLINGS_PATH = 'content/search-spellings.yaml';

export function parseSearchSpellings(text: string, file = DEFAULT_SEARCH_SPELLINGS_PATH): SpellingRules {
  const data = validateYaml(parseYaml(text, file), SearchSpellingsSchema);
  return { minLetters: data.minLetters, minConsonants: data.minConsonants, lettersPerEdit: data.lettersPerEdit, ...(data.notNames?.length ? { notNames: data.notNames.map((w) => normalizeArabic(w.trim())) } : {}), ...(data.arabicEndings?.length ? { arabicEndings: data.arabicEndings.map((w) => normalizeArabic(w.trim())) } : {}) };
}

export function loadSearchSpellings(path = DEFAULT_SEARCH_SPELLINGS_PATH): SpellingRules {
  return readDataFile(path, parseSearchSpellings);
}
