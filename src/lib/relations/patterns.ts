// Relation patterns (content/relation-patterns.yaml): the Arabic words that let the graph
// claim a TYPE for a co-occurrence. Data, not code, so an editor can extend them; the data
// layer (src/lib/data) reads and validates the file, this module compiles it for matching.
import { normalizeArabic, phraseTokens } from '../arabic';
import { RELATION_TYPES, type RelationPatternsData, type RelationType } from '../data/schemas';

export { RELATION_TYPES };

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

/** Normalises every pattern word once, for the matcher (relations/classify.ts). */
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
