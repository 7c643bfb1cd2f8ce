// content/search-nisbas.yaml: the rules that join a place and its relative adjective (src/lib/search/nisbaReadings.ts,
// issue 15 twenty-second pass).
import { z } from 'zod';
import { arabic, nullable, strings } from './common';

/** A place's last letters ('' for any other) or an adjective's ending: Arabic letters only. */
const ending = z.string({ invalid_type_error: 'must be a string' }).trim().regex(/^[\u0621-\u064A]*$/, 'must be Arabic letters (or empty)');

export const SearchNisbasSchema = z
  .object({
    endings: z.array(z.object({ place: ending, nisba: z.array(ending.refine((e) => e.endsWith('ي'), 'an adjective ends in ي')).min(1, 'must list an ending'), /** The place less its ending has this many letters at least, or the next entry is tried (thirty-sixth pass). */ minBase: z.number().int().min(1).optional() }).strict()).min(1, 'must list the endings'),
    placeWords: strings(arabic),
    placeSignals: nullable(strings(arabic).optional()),
    /** Prepositions after which a bare word the corpus never writes with the article is a name (corpusNisbas.ts). */
    placePrepositions: nullable(strings(arabic).optional()),
    notNisbas: nullable(strings(arabic).optional()),
  })
  .strict();
