// Relation patterns (content/relation-patterns.yaml): the Arabic words that let the graph
// claim a TYPE for a co-occurrence. Data, not code, so an editor can extend them;
// validated with zod so a typo fails loudly instead of silently typing nothing.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalizeArabic, phraseTokens } from '../arabic';
import type { RelationType } from '../types';

export const RELATION_TYPES: RelationType[] = ['talks', 'support', 'sanctions', 'accusation', 'mediation'];

const typeSchema = z
  .object({
    label: z.string().min(1),
    en: z.string().min(1),
    patterns: z.array(z.string().min(1)).min(1),
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const relationPatternsSchema = z
  .object(Object.fromEntries(RELATION_TYPES.map((t) => [t, typeSchema])) as Record<RelationType, typeof typeSchema>)
  .strict();

export type RelationPatternsData = z.infer<typeof relationPatternsSchema>;

/** One word of a compiled pattern: normalised, optionally open-ended (written with *). */
export interface PatternWord {
  norm: string;
  prefix: boolean;
}

export interface CompiledPattern {
  type: RelationType;
  source: string;
  words: PatternWord[];
}

export interface RelationPatterns {
  labels: Record<RelationType, { label: string; en: string }>;
  patterns: CompiledPattern[];
  exclude: CompiledPattern[];
}

function compileWords(pattern: string): PatternWord[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((w) => {
      const prefix = w.endsWith('*');
      const bare = prefix ? w.slice(0, -1) : w;
      // phraseTokens drops punctuation and normalises; a word is one token.
      const norm = phraseTokens(bare).join('') || normalizeArabic(bare);
      return { norm, prefix };
    })
    .filter((w) => w.norm.length > 0);
}

/** Validates and compiles the YAML text of the patterns file. Throws with the zod path on errors. */
export function parseRelationPatterns(yamlText: string): RelationPatterns {
  const data = relationPatternsSchema.parse(parse(yamlText));
  return compileRelationPatterns(data);
}

export function compileRelationPatterns(data: RelationPatternsData): RelationPatterns {
  const patterns: CompiledPattern[] = [];
  const exclude: CompiledPattern[] = [];
  const labels = {} as RelationPatterns['labels'];
  for (const type of RELATION_TYPES) {
    const t = data[type];
    labels[type] = { label: t.label, en: t.en };
    for (const p of t.patterns) patterns.push({ type, source: p, words: compileWords(p) });
    for (const p of t.exclude) exclude.push({ type, source: p, words: compileWords(p) });
  }
  return { labels, patterns, exclude };
}

export const DEFAULT_PATTERNS_FILE = 'content/relation-patterns.yaml';

/** Reads content/relation-patterns.yaml (paths relative to the working directory). */
export function loadRelationPatterns(file = DEFAULT_PATTERNS_FILE): RelationPatterns {
  return parseRelationPatterns(readFileSync(file, 'utf8'));
}
