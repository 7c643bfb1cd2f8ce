// content/word-forms.yaml: word families — the forms of one news word a reader treats as the
// same word (broken plurals, duals, agreement, the verbs and verbal nouns of one root). Used to
// match topic phrases through their forms (src/lib/arabic/forms.ts builds the index).
import { z } from 'zod';
import { arabic, nullable, strings } from './common';

export const WordFamilySchema = z
  .object({
    /** The family's name (defaults to its first form). */
    key: nullable(arabic.optional()),
    /** Forms as outlets write them, without the article and clitics. */
    forms: strings(arabic).min(1, 'must list at least one form'),
    /** Regular endings added to every listed form: dual (ـان ـين) or adjective (ـة ـان ـين ـون ـات…). */
    /** Pronoun suffixes its forms take and still name the same thing (ها هما هم: قمتهم, عقوباتها). */
    suffixes: nullable(strings(arabic).optional()),
    inflect: nullable(z.enum(['none', 'dual', 'adjective'], { errorMap: () => ({ message: 'must be one of none | dual | adjective' }) }).optional()),
  })
  .strict();

export const WordFormsSchema = z.array(WordFamilySchema);
export type WordFormsData = z.output<typeof WordFormsSchema>;
