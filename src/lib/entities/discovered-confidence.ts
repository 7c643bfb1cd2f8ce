// How sure the discoverer is that a candidate is a person (src/lib/entities/discover.ts): the pattern that
// introduced it, its length, its repetition, and whether a name seen with no role is corroborated. Split
// from discover.ts in session 47 (size); discover.ts re-exports everything here.
import type { Token } from '../arabic/tokenize';
import { transliterate, asciiSlug } from '../arabic/transliterate';
import type { DiscoveryLexicon } from './discovery-lexicon';

/** Confidence from which a candidate becomes a site actor (`discovered: true`). */
export const STRONG_CONFIDENCE = 0.6;
/** Base confidence per pattern, and bonuses. */
export const PATTERN_CONFIDENCE = { role: 0.7, apposition: 0.7, verb: 0.35 } as const;
export const MULTI_TOKEN_BONUS = 0.15;
export const REPEAT_BONUS = 0.25;

export type DiscoveryPattern = keyof typeof PATTERN_CONFIDENCE;

/** Highest confidence of a verb-only candidate whose name is not corroborated (below STRONG_CONFIDENCE). */
export const UNCORROBORATED_CAP = 0.5;

/**
 * Is this verb-introduced name corroborated as a personal name? Its first token is a curated
 * first name followed by a family name (وأكد رجب طيب أردوغان), or its family name ends like a
 * transliterated one (ستولتنبرغ، زاخاروفا: -برغ، -وفا، -سكي، -يتش… from the word list).
 */
export function corroboratedName(tokens: Token[], lex: DiscoveryLexicon): boolean {
  if (tokens.length >= 2 && lex.firstNames.has(tokens[0].norm)) return true;
  const last = tokens[tokens.length - 1].norm;
  return last.length >= 5 && lex.foreignNameEndings.some((e) => last.length - e.length >= 2 && last.endsWith(e));
}

/** The best pattern's confidence, with the bonuses for a full name and a repeated one (cap 0.98). */
export function confidenceOf(patterns: Set<DiscoveryPattern>, tokens: number, occurrences: number): number {
  let c = Math.max(...[...patterns].map((p) => PATTERN_CONFIDENCE[p]));
  if (tokens >= 2) c += MULTI_TOKEN_BONUS;
  if (occurrences >= 2) c += REPEAT_BONUS;
  return Math.min(0.98, Math.round(c * 100) / 100);
}

/** Id and English label of a discovered name. */
export function discoveredIdentity(name: string): { id: string; en: string } {
  const en = transliterate(name);
  return { id: `discovered-${asciiSlug(en) || 'person'}`, en };
}
