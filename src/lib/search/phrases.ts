// Phrases of the data that start at a word (keys.ts): actor aliases, concept phrasings, and the phrases
// where a name is a plain word.
import type { KeyContext } from './keyContext';

/** Phrases of `table` that start at token i (longest first), compared on `stems`. */
export function phrasesAt<T extends { stems: string[] }>(stems: string[], i: number, table: ReadonlyMap<string, T[]>): T[] {
  return (table.get(stems[i]) ?? []).filter((c) => c.stems.every((s, k) => stems[i + k] === s));
}

/** Concept ids whose phrasings start at token i (match stems: families folded). */
export function conceptsAt(matches: string[], i: number, ctx: KeyContext): Array<{ length: number; ids: string[] }> {
  return phrasesAt(matches, i, ctx.conceptPhrases).map((p) => ({ length: p.stems.length, ids: p.ids }));
}

/** Longest actor alias starting at token i: its length in tokens and actor id, or null. */
export function aliasAt(stems: string[], i: number, ctx: KeyContext): { length: number; id: string } | null {
  const c = phrasesAt(stems, i, ctx.aliases)[0];
  return c && !inNotNamePhrase(stems, i, ctx) ? { length: c.stems.length, id: c.id } : null;
}

/** Whether token i lies inside a phrase where a name is a plain word (أذان المغرب): no actor, no concept there. */
export function inNotNamePhrase(stems: string[], i: number, ctx: KeyContext): boolean {
  if (!ctx.notName?.size) return false;
  for (let j = i; j >= 0 && j > i - NOT_NAME_MAX_WORDS; j--) {
    if (phrasesAt(stems, j, ctx.notName).some((p) => j + p.stems.length > i)) return true;
  }
  return false;
}

/** Longest phrase of `notNamePhrases` in words (the schema's limit). */
export const NOT_NAME_MAX_WORDS = 4;
