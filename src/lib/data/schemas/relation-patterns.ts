// content/relation-patterns.yaml: per relation type, the Arabic words that let the graph
// claim that type for two actors named in one sentence.
import { z } from 'zod';

export const RELATION_TYPES = ['talks', 'support', 'sanctions', 'accusation', 'mediation'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

const RelationTypeSchema = z
  .object({
    label: z.string().min(1),
    en: z.string().min(1),
    patterns: z.array(z.string().min(1)).min(1),
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const RelationPatternsSchema = z
  .object(Object.fromEntries(RELATION_TYPES.map((t) => [t, RelationTypeSchema])) as Record<RelationType, typeof RelationTypeSchema>)
  .strict();

export type RelationPatternsData = z.output<typeof RelationPatternsSchema>;
