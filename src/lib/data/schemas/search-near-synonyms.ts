// content/search-near-synonyms.yaml: small sets of news words a reader and an outlet use for one
// thing (issue 15, sixteenth pass). `words` are interchangeable both ways (قلق، مخاوف، خشية); `kinds`,
// optional, are what a page names instead of them, one way only (عائلة → «والدته»; «والدته» never
// finds every family). Read by src/lib/data/nearSynonyms.ts into search concepts.
import { z } from 'zod';
import { arabic, id, nullable, strings } from './common';

export const NearSynonymSchema = z
  .object({
    id,
    /** Words interchangeable in news text, each a name and a phrasing of the set. */
    words: strings(arabic).min(1, 'must list at least one word'),
    /** The kinds a page names instead of the words (phrasings only: never a name). */
    kinds: nullable(strings(arabic).optional()),
    /** Words left out on purpose, for the reader of the file (never read by the code). */
    not: nullable(strings(arabic).optional()),
  })
  .strict()
  .refine((e) => e.words.length >= 2 || (e.kinds?.length ?? 0) >= 1, { message: 'must list two words, or a word and its kinds' });

export type NearSynonymEntry = z.output<typeof NearSynonymSchema>;
