// content/search-common-plurals.yaml (thirty-third pass): the common broken plurals a query reads only where its other
// words agree (src/lib/search/commonPlurals.ts, tiers.ts). Checked as search-plurals.yaml is: no sound plural or dual
// (the suffix patterns read those), no form equal to its pair, no pair twice.
import { SearchCommonPluralsSchema } from './schemas/search-common-plurals';
import { soundForm } from './searchPlurals';
import type { CommonPlural } from '../search/commonPlurals';
import { DataFileError, parseYaml, readDataFile, validateYaml } from './yaml';
import { normalizeArabic } from '../arabic/normalize';

export const DEFAULT_SEARCH_COMMON_PLURALS_PATH = 'content/search-common-plurals.yaml';


export function parseSearchCommonPlurals(text: string, file = DEFAULT_SEARCH_COMMON_PLURALS_PATH): CommonPlural[] {
  const y = parseYaml(text, file);
  const data = validateYaml(y, SearchCommonPluralsSchema);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const out: CommonPlural[] = [];
  for (const [domain, pairs] of Object.entries(data.domains)) {
    pairs.forEach(([s, p, homograph], i) => {
      const at = `${file}:${y.lineOf(['domains', domain, i])} ${domain}[${i}] (${s})`;
      if (soundForm(s, p)) problems.push(`${at}: «${p}» is a sound plural or dual, read by the suffix patterns`);
      const [ns, np] = [normalizeArabic(s), normalizeArabic(p)];
      if (ns === np) problems.push(`${at}: the singular and the plural are one form`);
      const key = `${ns} ${np}`;
      if (seen.has(key)) problems.push(`${at}: listed already at ${seen.get(key)}`);
      else seen.set(key, at);
      out.push(homograph ? [ns, np, 1] : [ns, np]);
    });
  }
  if (problems.length) throw new DataFileError(file, problems);
  return out;
}

export function loadSearchCommonPlurals(path = DEFAULT_SEARCH_COMMON_PLURALS_PATH): CommonPlural[] {
  return readDataFile(path, parseSearchCommonPlurals);
}
