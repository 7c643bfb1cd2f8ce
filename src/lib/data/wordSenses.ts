// Loads content/search-word-senses.yaml (thirty-eighth pass): news words whose other sense their neighbours give away.
import { SearchWordSensesSchema } from './schemas/search-word-senses';
import { parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_WORD_SENSES_PATH = 'content/search-word-senses.yaml';

export interface WordSense {
  forms: string[];
  beside: string[];
}

/** Parses and checks search-word-senses.yaml: each sense's forms and its company, as written. */
export function parseSearchWordSenses(text: string, file = DEFAULT_SEARCH_WORD_SENSES_PATH): WordSense[] {
  return validateYaml(parseYaml(text, file), SearchWordSensesSchema).senses.map((s) => ({ forms: s.forms, beside: s.beside }));
}

export function loadSearchWordSenses(path = DEFAULT_SEARCH_WORD_SENSES_PATH): WordSense[] {
  return readDataFile(path, parseSearchWordSenses);
}
