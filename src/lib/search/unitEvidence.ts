// How strongly a page holds one unit of the query, read from that unit's own search (twenty-third pass,
// session 31). Pagefind scores a page for a word by how often it says it, where (a title weighs 7, a reading
// 0.25) and against the page's length: a page about «المحطة النووية» scores high for it, a page naming it once
// in passing low. The partial tier counted a unit held as held, whatever the page did with it, so a page
// sharing two words in passing ranked with the page about them (docs/search.md «Twenty-third pass: ranking»).
import type { Candidate } from './tiers';

/** The share of a unit's rarity a page holding it only in passing keeps: 1 − EVIDENCE_SPAN. */
export const EVIDENCE_SPAN = 0.5;

/**
 * Each page's strength for one unit, in (0, 1]: its score over the best score of the unit's search.
 * Scores of one search are comparable; those of two searches are not, hence the ratio.
 */
export function unitStrengths(results: Candidate[]): Map<string, number> {
  const best = Math.max(0, ...results.map((r) => r.score));
  return new Map(results.map((r) => [r.id, best > 0 && r.score > 0 ? Math.min(1, r.score / best) : 1]));
}

/** A unit's rarity weighed by how strongly the page holds it: the whole for the strongest page, half for the weakest. */
export const evidenceWeight = (rarity: number, strength: number): number => rarity * (1 - EVIDENCE_SPAN + EVIDENCE_SPAN * strength);

/**
 * At most this many of the first ten places go to partial matches that hold the query's concept only in other
 * words (its phrasings) and none of the reader's own words, while pages holding a typed word wait (twenty-fifth
 * pass, session 33). A concept's token is rare — a family is written on few pages —, so its rarity outweighs the
 * reader's other words, and the concept's pages could fill the first ten: «موجة حر في البصرة» listed six heatwave
 * pages of other cities, and the Basra page, which says the heat otherwise, was eleventh. The evidence order is
 * kept otherwise; 5 moved nothing on the sets, 3 cost «انقطاع الكهرباء في سوريا» (aside12) its page (docs/search.md).
 */
export const CONCEPT_ONLY_MAX = 4;
