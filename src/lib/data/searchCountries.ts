// content/search-countries.yaml: a country outside content/actors.yaml, its nisba and its people's
// plural as one word family for search (issue 15, sixteenth pass), so «فنزويلا» meets «الخام الفنزويلي»
// and «أرز فيتنامي» meets «فيتنام». The nisba's agreement forms are written here, as
// src/lib/arabic/nisba.ts writes an actor's; the families merge after the search forms (search.ts).
import { SearchCountriesSchema, type SearchCountry } from './schemas/search-countries';
import { parseYaml, readDataFile, validateYaml } from './yaml';
import type { WordFamilyInput } from '../arabic/forms';

export const DEFAULT_SEARCH_COUNTRIES_PATH = 'content/search-countries.yaml';

/** The agreement endings after a nisba's ي: masculine, feminine, plurals and duals (nisba.ts SUFFIXES). */
const NISBA_ENDINGS = ['', 'ة', 'ين', 'ون', 'ان', 'تان', 'تين', 'ات'];

const noArticle = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/** One country's family: its names (without the article), every agreement form of its nisba, its people. */
export function countryFamily(c: SearchCountry): WordFamilyInput {
  const forms = [...c.names.map((n) => noArticle(n.trim())), ...c.nisba.flatMap((n) => NISBA_ENDINGS.map((e) => n.trim() + e)), ...(c.people ?? []).map((p) => p.trim())];
  return { forms: [...new Set(forms)] };
}

/** Parses and checks search-countries.yaml into one word family per country. */
export function parseSearchCountries(text: string, file = DEFAULT_SEARCH_COUNTRIES_PATH): Array<{ at: string; family: WordFamilyInput }> {
  const y = parseYaml(text, file);
  const data = validateYaml(y, SearchCountriesSchema);
  return data.countries.map((c, i) => ({ at: `${file}:${y.lineOf(['countries', i])} countries[${i}] (${c.names[0]})`, family: countryFamily(c) }));
}

export function loadSearchCountries(path = DEFAULT_SEARCH_COUNTRIES_PATH): Array<{ at: string; family: WordFamilyInput }> {
  return readDataFile(path, parseSearchCountries);
}
