// Loads content/search-place-names.yaml (thirty-fifth pass): towns whose name of several words holds a common word.
import { SearchPlaceNamesSchema } from './schemas/search-place-names';
import { parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_PLACE_NAMES_PATH = 'content/search-place-names.yaml';

/** Parses and checks search-place-names.yaml: the names as written. */
export function parseSearchPlaceNames(text: string, file = DEFAULT_SEARCH_PLACE_NAMES_PATH): string[] {
  return validateYaml(parseYaml(text, file), SearchPlaceNamesSchema).names;
}

export function loadSearchPlaceNames(path = DEFAULT_SEARCH_PLACE_NAMES_PATH): string[] {
  return readDataFile(path, parseSearchPlaceNames);
}
