// content/search-word-senses.yaml: news words whose other sense their neighbours give away (issue 15, thirty-eighth
// pass): such a form beside a word of its other sense's company is keyed at the low weight on a page
// (src/lib/search/wordSenses.ts).
import { z } from 'zod';
import { arabic, strings } from './common';

/** One Arabic word, no space: a company word is matched word by word. */
const word = arabic.refine((w) => !/\s/.test(w), 'must be one word');

export const SearchWordSensesSchema = z
  .object({
    senses: z
      .array(z.object({ forms: strings(word), sense: z.string().trim().min(1), beside: strings(word) }).strict())
      .min(1, 'must list a sense')
      .refine((ss) => new Set(ss.flatMap((s) => s.forms)).size === ss.flatMap((s) => s.forms).length, 'a form is listed under two senses'),
  })
  .strict();
