// content/search-spellings.yaml: how a foreign name's skeleton is read (src/lib/search/nameSkeleton.ts, issue 15,
// forty-first pass) and the common words it never reads.
import { z } from 'zod';
import { arabic } from './common';

const whole = (min: number) => z.number({ required_error: 'is required', invalid_type_error: 'must be a number' }).int('must be a whole number').min(min, `must be ${min} or more`);
const oneWord = arabic.refine((w) => !/\s/.test(w.trim()) && !/^ال/.test(w.trim()), 'must be one word written without the article ال');

export const SearchSpellingsSchema = z
  .object({
    minLetters: whole(4),
    minConsonants: whole(3),
    lettersPerEdit: whole(3),
    notNames: z.array(oneWord).optional(),
    arabicEndings: z.array(arabic).optional(),
  })
  .strict();

export type SearchSpellings = z.output<typeof SearchSpellingsSchema>;
