// content/search-place-parts.yaml: a place and the parts or sites the news names instead of it (issue 15, forty-first
// pass, session 49). Read by src/lib/data/placeParts.ts; searched on the query side only (src/lib/search/placeParts.ts).
import { z } from 'zod';
import { arabic, id, nullable, strings } from './common';

/** A part: Arabic words (all of them must be on the page), or `@id` of another place of the file. */
const part = z.union([z.string().regex(/^@[a-z0-9]+(-[a-z0-9]+)*$/, 'must be @ and a place id'), arabic]);

export const PlacePartsEntrySchema = z
  .object({
    id,
    /** The whole's own names (searched as typed, and each other's). */
    names: nullable(strings(arabic).optional()),
    /** An actor of content/actors.yaml naming the whole (its name and aliases): not written twice. */
    actor: nullable(id.optional()),
    /** What stands for the whole on a page, most named first. */
    parts: strings(part).min(1, 'must list one part at least'),
  })
  .strict()
  .refine((p) => (p.names?.length ?? 0) > 0 || !!p.actor, 'must have names or an actor');

export const PlacePartsFileSchema = z.object({ places: z.array(PlacePartsEntrySchema) }).strict();

export type PlacePartsEntry = z.output<typeof PlacePartsEntrySchema>;
