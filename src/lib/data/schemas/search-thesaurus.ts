// content/search-thesaurus.yaml: the concepts of the news by domain, each with the ways outlets write it (issue 15,
// thirty-third pass). Read by src/lib/data/thesaurus.ts; searched on the query side only (src/lib/search/thesaurus.ts).
import { z } from 'zod';
import { arabic, id, strings } from './common';

export const ThesaurusDomainSchema = z
  .object({
    domain: id,
    /** Concept id → its phrasings, each saying the same thing as the others (two at least). */
    concepts: z.record(id, strings(arabic).min(2, 'must list two phrasings at least')),
  })
  .strict();

export type ThesaurusDomain = z.output<typeof ThesaurusDomainSchema>;

/** A part beside the file (thesaurus.ts THESAURUS_PARTS): a concept extending an earlier file's may list one phrasing. */
export const ThesaurusPartDomainSchema = z
  .object({
    domain: id,
    concepts: z.record(id, strings(arabic).min(1, 'must list a phrasing')),
  })
  .strict();
