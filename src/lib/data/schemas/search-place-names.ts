// content/search-place-names.yaml: towns whose name of two or three words holds a common word (issue 15, thirty-fifth
// pass): each word of such a name is keyed at the low weight on a page (src/lib/search/placeNames.ts).
import { z } from 'zod';

/** A name of two or three Arabic words, single spaces. */
const name = z
  .string({ invalid_type_error: 'must be a string' })
  .trim()
  .regex(/^[\u0621-\u064A]+(?: [\u0621-\u064A]+){1,2}$/, 'must be two or three Arabic words');

export const SearchPlaceNamesSchema = z
  .object({ names: z.array(name).min(1, 'must list a name').refine((ns) => new Set(ns).size === ns.length, 'a name is listed twice') })
  .strict();
