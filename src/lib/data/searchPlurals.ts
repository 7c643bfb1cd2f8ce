// content/search-plurals.yaml (singular ↔ broken plural pairs of the news vocabulary) and
// content/search-regions.yaml (regions, provinces and capitals with their nisba), for search
// (issue 15, nineteenth pass). Each entry becomes one word family, merged after the search forms
// and countries by src/lib/data/search.ts like theirs: an entry meeting one known family extends
// it, an entry meeting two is an error naming both.
import { SearchPluralsSchema } from './schemas/search-plurals';
import { SearchRegionsSchema } from './schemas/search-countries';
import { countryFamily } from './searchCountries';
import { DataFileError, parseYaml, readDataFile, validateYaml } from './yaml';
import type { WordFamilyInput } from '../arabic/forms';

export const DEFAULT_SEARCH_PLURALS_PATH = 'content/search-plurals.yaml';
export const DEFAULT_SEARCH_REGIONS_PATH = 'content/search-regions.yaml';

/** `nameReadings`: a one-way region's names, whose keys its family's forms carry at the low weight (twentieth pass). */
type Entry = { at: string; family: WordFamilyInput; nameReadings?: string[] };

/**
 * A plural that is the singular with a sound ending (ون ين ات) or a dual's (ان تان) is read by the
 * suffix patterns already; listed here it would only hide a typing slip, so it is an error.
 */
export function soundForm(singular: string, form: string): boolean {
  const stem = singular.endsWith('ة') ? singular.slice(0, -1) : singular;
  return ['ون', 'ين', 'ات', 'ان'].some((e) => form === singular + e || form === stem + e) || form === stem + 'تان';
}

/** Parses and checks search-plurals.yaml into one family per line (singular first). */
export function parseSearchPlurals(text: string, file = DEFAULT_SEARCH_PLURALS_PATH): Entry[] {
  return parseSearchPluralsData(text, file).entries;
}

/** What search-plurals.yaml holds beside its families (twentieth pass: when a page's singular carries its plural's key). */
export interface SearchPluralsData {
  entries: Entry[];
  ownPlurals: string[];
  ambiguousSingulars: string[];
  nounAfter: string[];
}

/** The families, and the plurals a query asks for by their own key (each must be a listed plural). */
export function parseSearchPluralsData(text: string, file = DEFAULT_SEARCH_PLURALS_PATH): SearchPluralsData {
  const y = parseYaml(text, file);
  const data = validateYaml(y, SearchPluralsSchema);
  const problems: string[] = [];
  const at = (i: number) => `${file}:${y.lineOf(['plurals', i])} plurals[${i}]`;
  const firstLine = new Map<string, number>();
  data.plurals.forEach((forms, i) => {
    const [singular, ...plurals] = forms.map((f) => f.trim());
    for (const p of plurals) if (soundForm(singular, p)) problems.push(`${at(i)} (${singular}): «${p}» is a sound plural or dual, read by the suffix patterns, not a broken plural`);
    if (new Set(forms).size !== forms.length) problems.push(`${at(i)} (${singular}): a form listed twice`);
    const seen = firstLine.get(singular);
    if (seen !== undefined) problems.push(`${at(i)} (${singular}): the singular is listed already at ${at(seen)}`);
    else firstLine.set(singular, i);
  });
  const plurals = new Set(data.plurals.flatMap((forms) => forms.slice(1).map((f) => f.trim())));
  for (const w of data.ownPlurals ?? []) if (!plurals.has(w.trim())) problems.push(`${file}: ownPlurals «${w}» is no plural listed in plurals`);
  for (const w of data.ambiguousSingulars ?? []) if (!firstLine.has(w.trim())) problems.push(`${file}: ambiguousSingulars «${w}» is no singular listed in plurals`);
  if (problems.length) throw new DataFileError(file, problems);
  const entries = data.plurals.map((forms, i) => ({ at: `${at(i)} (${forms[0]})`, family: { forms: forms.map((f) => f.trim()) } }));
  const trimmed = (ws: string[] | undefined) => (ws ?? []).map((w) => w.trim());
  return { entries, ownPlurals: trimmed(data.ownPlurals), ambiguousSingulars: trimmed(data.ambiguousSingulars), nounAfter: trimmed(data.nounAfter) };
}

/** Parses and checks search-regions.yaml (search-countries.yaml's shape) into one family per region. */
export function parseSearchRegions(text: string, file = DEFAULT_SEARCH_REGIONS_PATH): Entry[] {
  const y = parseYaml(text, file);
  const data = validateYaml(y, SearchRegionsSchema);
  return data.regions.map((c, i) => {
    const at = `${file}:${y.lineOf(['regions', i])} regions[${i}] (${c.names[0]})`;
    // A one-way region: its family holds the nisba and the people, not the name (نجد «we find»).
    return c.oneWay ? { at, family: countryFamily({ ...c, names: [] }), nameReadings: c.names.map((n) => n.trim()) } : { at, family: countryFamily(c) };
  });
}

export function loadSearchPlurals(path = DEFAULT_SEARCH_PLURALS_PATH): Entry[] {
  return loadSearchPluralsData(path).entries;
}

export function loadSearchPluralsData(path = DEFAULT_SEARCH_PLURALS_PATH): SearchPluralsData {
  return readDataFile(path, parseSearchPluralsData);
}

export function loadSearchRegions(path = DEFAULT_SEARCH_REGIONS_PATH): Entry[] {
  return readDataFile(path, parseSearchRegions);
}
