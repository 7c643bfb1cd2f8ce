// content/search-meaning-words.yaml: words of one sense by domain, each group the forms a page writes for it and its
// one-word near-synonyms (issue 15, thirty-fourth pass). Read by src/lib/data/meaningWords.ts; searched on the query
// side only (src/lib/search/meaningWords.ts).
import { z } from 'zod';
import { arabic, id, strings } from './common';

/** One word: Arabic letters, no space (a phrase is the thesaurus's, content/search-thesaurus.yaml). */
const word = arabic.refine((w) => !/\s/.test(w), 'must be one word (a phrase belongs in search-thesaurus.yaml)');

export const MeaningWordsDomainSchema = z
  .object({
    domain: id,
    /** Group id → its words, each meaning the others (two at least). */
    words: z.record(id, strings(word).min(2, 'must list two words at least')),
  })
  .strict();

export type MeaningWordsDomain = z.output<typeof MeaningWordsDomainSchema>;
