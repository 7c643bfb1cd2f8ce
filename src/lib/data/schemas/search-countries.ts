// content/search-countries.yaml: the countries content/actors.yaml does not hold, with their nisba and
// people's plural, for search (issue 15, sixteenth pass). Each entry becomes one word family
// (src/lib/data/searchCountries.ts).
import { z } from 'zod';
import { arabic, nullable, strings } from './common';

const oneWord = arabic.refine((w) => !/\s/.test(w.trim()), 'must be one word (a family holds single words)');
const nisba = oneWord.refine((w) => /ي$/.test(w.trim()) && !/^ال/.test(w.trim()), 'must end in ي and be written without the article ال (its agreement forms are written by the loader)');
const bare = oneWord.refine((w) => !/^ال/.test(w.trim()), 'written without the article ال');

export const SearchCountrySchema = z
  .object({
    names: strings(oneWord).min(1, 'must list the country as outlets write it'),
    nisba: strings(nisba).min(1, 'must list the adjective in ي'),
    people: nullable(strings(bare).optional()),
  })
  .strict();

export const SearchCountriesSchema = z.object({ countries: z.array(SearchCountrySchema) }).strict();

export type SearchCountry = z.output<typeof SearchCountrySchema>;

/**
 * content/search-regions.yaml: regions, provinces and capitals named by their adjective, a country's shape each.
 * `oneWay` (twentieth pass): a name that is mostly another word (نجد «we find»): the nisba finds the region's
 * name, a page's name never meets a nisba query.
 */
export const SearchRegionsSchema = z.object({ regions: z.array(SearchCountrySchema.extend({ oneWay: z.literal(true).optional() }).strict()) }).strict();
