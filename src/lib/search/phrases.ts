// Phrases of the data that start at a word (keys.ts): actor aliases, concept phrasings, and the phrases
// where a name is a plain word.
import type { KeyContext } from './keyContext';

/** Phrases of `table` that start at token i (longest first), compared on `stems`. */
export function phrasesAt<T extends { stems: string[] }>(stems: string[], i: number, table: ReadonlyMap<string, T[]>): T[] {
  return (table.get(stems[i]) ?? []).filter((c) => c.stems.every((s, k) => stems[i + k] === s));
}

/**
 * Concept ids whose phrasings start at token i (match stems: families folded), and the phrasings of two words or more
 * read as a clause (clausePhrasesAt). Index side only: a query names a concept in the data's own words.
 */
export function conceptsAt(matches: string[], i: number, ctx: KeyContext): Array<{ length: number; ids: string[] }> {
  const exact = phrasesAt(matches, i, ctx.conceptPhrases);
  const clause = clausePhrasesAt(matches, i, ctx.conceptPhrases).filter((c) => !exact.includes(c.phrase));
  return [...exact.map((p) => ({ length: p.stems.length, ids: p.ids })), ...clause.map((c) => ({ length: c.length, ids: c.phrase.ids }))];
}

/** A past verb's feminine ending: «سحبت» of «سحب», «كفت» of «كف» (a stem of two letters or more left). */
const pastFeminine = (match: string): string | null => (match.length >= 3 && match.endsWith('ت') ? match.slice(0, -1) : null);

/**
 * A phrasing of two words or more said as outlets narrate the act (session 36): its head as a past verb with the
 * feminine ending («سحب قواتها» → «سحبت قواتها»), the doer allowed between the head and the rest («سحبت [موسكو]
 * وحداتها», «كفت [المدفعية] عن استهداف»): the rest follows right after the head or after one word, adjacent and in
 * order, so a head word alone, in another sense, never carries the concept. Only after the verb's ending: a bare head
 * with a word between («إعادة [إلى] الأطفال», «جنوب [القارة] الأفريقية», «عاد [كثيرون] إلى منازلهم») read other
 * senses on the corpus and was dropped.
 */
export function clausePhrasesAt<T extends { stems: string[] }>(matches: string[], i: number, table: ReadonlyMap<string, T[]>): Array<{ phrase: T; length: number }> {
  const out: Array<{ phrase: T; length: number }> = [];
  const head = pastFeminine(matches[i]);
  if (head) {
    for (const p of table.get(head) ?? []) {
      if (p.stems.length < 2) continue;
      const rest = p.stems.slice(1);
      for (const gap of [0, 1]) {
        if (rest.every((s, k) => matches[i + 1 + gap + k] === s)) {
          out.push({ phrase: p, length: 1 + gap + rest.length });
          break;
        }
      }
    }
  }
  return out;
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
