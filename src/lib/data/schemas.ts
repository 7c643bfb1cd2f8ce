// zod schemas for the curated data files (content/actors.yaml, topics.yaml, sources.yaml).
// Shape rules live here; cross-entry rules (unique ids, shared aliases, affiliations)
// live in load.ts because they need the whole file. Format: docs/dictionary.md.
import { z } from 'zod';
import { hasArabic } from '../arabic/normalize';
import type { ActorType, TopicId } from '../types';

/** The 15 fixed topic ids (DESIGN.md), in the order the site lists them. */
export const TOPIC_IDS = [
  'peace-talks',
  'ceasefire',
  'security-guarantees',
  'military-aid',
  'nato',
  'sanctions',
  'mediation',
  'prisoner-exchange',
  'energy-infrastructure',
  'air-defense',
  'grain-and-food',
  'territory',
  'humanitarian',
  'summit',
  'nuclear',
] as const satisfies readonly TopicId[];

// Compile-time check that TOPIC_IDS lists every TopicId (and nothing else).
type MissingTopic = Exclude<TopicId, (typeof TOPIC_IDS)[number]>;
const _allTopicsListed: MissingTopic extends never ? true : never = true;
void _allTopicsListed;

export const ACTOR_TYPES = ['person', 'country', 'organization'] as const satisfies readonly ActorType[];
export const SOURCE_KINDS = ['outlet', 'agency'] as const;

export const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const WIKIDATA_RE = /^Q\d+$/;

const id = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .regex(ID_RE, 'must be ASCII kebab-case (a-z, 0-9, single hyphens), e.g. "sergey-lavrov"');

const text = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty');

/** A display/matching string that must hold Arabic letters. */
const arabic = text.refine(hasArabic, 'must contain Arabic letters');

/** A YAML key written with no value (`aliases:`) parses as null: treat it as absent. */
function nullable<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((v) => (v === null ? undefined : v), schema);
}

/** A list of surface strings (Arabic, or Latin like "NATO" / "RT"), each non-empty. */
const strings = (item: z.ZodTypeAny = text) =>
  z.array(item, { invalid_type_error: 'must be a list, e.g. [a, b]' });

export const ActorSchema = z
  .object({
    id,
    type: z.enum(ACTOR_TYPES, {
      errorMap: () => ({ message: `must be one of ${ACTOR_TYPES.join(' | ')}` }),
    }),
    name: arabic,
    en: text,
    aliases: nullable(strings().default([])),
    nisba: nullable(strings(arabic).optional()),
    capitals: nullable(strings().optional()),
    short: nullable(strings(arabic).optional()),
    wikidata: nullable(
      z
        .string({ invalid_type_error: 'must be a Wikidata Q-id such as "Q7747"' })
        .regex(WIKIDATA_RE, 'must be a Wikidata Q-id such as "Q7747"')
        .optional(),
    ),
    role: nullable(text.optional()),
    affiliation: nullable(id.optional()),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.nisba?.length && a.type !== 'country') {
      ctx.addIssue({ code: 'custom', path: ['nisba'], message: 'is only for actors of type country' });
    }
    if (a.short?.length && a.type !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['short'], message: 'is only for actors of type person' });
    }
    if (a.capitals?.length && a.type === 'person') {
      ctx.addIssue({ code: 'custom', path: ['capitals'], message: 'is not allowed for a person' });
    }
    if (a.affiliation && a.affiliation === a.id) {
      ctx.addIssue({ code: 'custom', path: ['affiliation'], message: 'must not be the actor itself' });
    }
  });

export const TopicSchema = z
  .object({
    id: z.enum(TOPIC_IDS, {
      errorMap: () => ({ message: `must be one of the 15 fixed topic ids: ${TOPIC_IDS.join(', ')}` }),
    }),
    name: arabic,
    en: text,
    phrases: strings(arabic).min(1, 'must list at least one phrase'),
  })
  .strict();

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
export type Source = z.infer<typeof SourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ActorEntry = z.infer<typeof ActorSchema>;
export type TopicEntry = z.infer<typeof TopicSchema>;
