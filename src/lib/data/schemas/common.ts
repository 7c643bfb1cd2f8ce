// Building blocks shared by the curated-data schemas: ids, non-empty text, Arabic text,
// YAML keys written without a value, and lists of strings.
import { z } from 'zod';
import { hasArabic } from '../../arabic/normalize';

export const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const WIKIDATA_RE = /^Q\d+$/;

export const id = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .regex(ID_RE, 'must be ASCII kebab-case (a-z, 0-9, single hyphens), e.g. "sergey-lavrov"');

export const text = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty');

/** A display/matching string that must hold Arabic letters. */
export const arabic = text.refine(hasArabic, 'must contain Arabic letters');

/** A YAML key written with no value (`aliases:`) parses as null: treat it as absent. */
export function nullable<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === null ? undefined : v), schema);
}

/** A list of surface strings (Arabic, or Latin like "NATO" / "RT"), each non-empty. */
export const strings = (item: z.ZodType<string, z.ZodTypeDef, unknown> = text) =>
  z.array(item, { invalid_type_error: 'must be a list, e.g. [a, b]' });

/** A word list of a lexicon file; numbers written bare in YAML are words too. */
export const wordList = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);
