// content/sources.yaml: outlets and wire agencies, with every name pages use for them.
import { z } from 'zod';
import { arabic, id, nullable, strings, text } from './common';

export const SOURCE_KINDS = ['outlet', 'agency'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SourceSchema = z
  .object({
    id,
    kind: z.enum(SOURCE_KINDS, {
      errorMap: () => ({ message: `must be one of ${SOURCE_KINDS.join(' | ')}` }),
    }),
    name: arabic,
    en: text,
    aliases: nullable(strings().default([])),
    /** Web domain(s) of the outlet, e.g. arabic.rt.com (lets ingest recognise URLs). */
    domains: nullable(strings().optional()),
    /** Actor id of the country the outlet is based in (checked against actors.yaml in tests). */
    country: nullable(id.optional()),
  })
  .strict();

/** A publishing outlet or wire agency from content/sources.yaml. */
export type Source = z.output<typeof SourceSchema>;
