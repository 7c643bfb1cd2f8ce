// content/search-common-plurals.yaml: the news vocabulary's common singular ↔ broken-plural pairs, by domain, for the
// query side only (issue 15, thirty-third pass): read where the query's other words agree (src/lib/search/tiers.ts).
import { z } from 'zod';
import { arabic } from './common';

const oneWord = arabic.refine((w) => !/\s/.test(w.trim()) && !/^ال/.test(w.trim()), 'must be one word written without the article ال');
/** [singular, plural] or [singular, plural, what the homograph's other sense is]. */
const pair = z.union([z.tuple([oneWord, oneWord]), z.tuple([oneWord, oneWord, z.string().trim().min(3, 'must say the other sense')])]);

export const SearchCommonPluralsSchema = z
  .object({
    domains: z.record(z.string().regex(/^[a-z]+$/, 'a domain is one lowercase word'), z.array(pair).min(1)),
  })
  .strict();

export type SearchCommonPlurals = z.output<typeof SearchCommonPluralsSchema>;
