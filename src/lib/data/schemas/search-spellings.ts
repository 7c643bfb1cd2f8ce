// content/search-spellings.yaml: how a foreign name's skeleton is read (src/lib/search/nameSkeleton.ts, issue 15,
// forty-first pass) and the common words it never reads.
import { z } from 'zod';
import { arabic } from './common';

const whole = (min: number) => z.number({ required_error: 'is required', invalid_type_error: 'must be a number' }).int('must be a whole number').min(min, `must be ${min} or more`);
const letter = arabic.refine((w) => [...w.trim()].length === 1, 'must be one letter');
const oneWord = arabic.refine((w) => !/\s/.test(w.trim()) && !/^ال/.test(w.trim()), 'must be one word written without the article ال');

export const SearchSpellingsSchema = z
  .object({
    minLetters: whole(4),
    minConsonants: whole(3),
    lettersPerEdit: whole(3),
    notNames: z.array(oneWord).optional(),
    arabicEndings: z.array(arabic).optional(),
    // Forty-second pass: the letter classes as data, each class's first letter the one it folds to.
    letterClasses: z.array(z.array(letter).min(2, 'a class has two letters or more')).optional(),
    digraphs: z.array(z.tuple([arabic, letter])).optional(),
    vowelLetters: z.array(letter).optional(),
    droppedEndings: z.array(arabic).optional(),
    compoundTails: z.array(oneWord).optional(),
    shortNames: z.object({ minLetters: whole(3), classes: z.array(z.array(letter).min(2, 'a class has two letters or more')), floorVowels: z.array(letter).optional() }).strict().optional(),
  })
  .strict()
  .refine((d) => new Set((d.letterClasses ?? []).flat()).size === (d.letterClasses ?? []).flat().length, 'a letter is in one class only');

export type SearchSpellings = z.output<typeof SearchSpellingsSchema>;
