// Same text: an agency's dispatch republished with a new headline, a trimmed last paragraph,
// a changed first line or an added «اقرأ أيضاً». Body shingles (never the headline, which
// copies change), MinHash + LSH for candidates, then the real shingle overlap decides.
import { DEFAULT_LSH, hashSeeds, lshCandidates, signature, type LshParams } from './minhash';
import { overlap } from './text';

export interface SameTextOptions {
  /**
   * Shared shingles over the smaller text's shingles. Containment, not only Jaccard: a copy
   * trimmed to its first paragraphs is wholly contained in the original however short it is.
   */
  minContainment: number;
  /** Shared over all shingles: keeps a short quote-heavy brief from joining a long feature it quotes. */
  minJaccard: number;
  /** Texts with fewer shingles are never matched (a two-line brief says too little). */
  minShingles: number;
  lsh: LshParams;
}

export const DEFAULT_SAME_TEXT: SameTextOptions = { minContainment: 0.6, minJaccard: 0.2, minShingles: 12, lsh: DEFAULT_LSH };

export interface TextPair {
  a: number;
  b: number;
  jaccard: number;
  containment: number;
}

/** Verified same-text pairs among the shingle sets (indexes into `shingles`, a < b). */
export function sameTextPairs(shingles: Uint32Array[], options: SameTextOptions = DEFAULT_SAME_TEXT): TextPair[] {
  const seeds = hashSeeds(options.lsh.bands * options.lsh.rows, options.lsh.seed);
  const empty = new Uint32Array(0);
  // Too-short texts get no signature, so they are never candidates.
  const signatures = shingles.map((s) => signature(s.length >= options.minShingles ? s : empty, seeds));
  const pairs: TextPair[] = [];
  for (const [a, b] of lshCandidates(signatures, options.lsh)) {
    const o = overlap(shingles[a], shingles[b]);
    if (o.containment >= options.minContainment && o.jaccard >= options.minJaccard) pairs.push({ a, b, ...o });
  }
  return pairs;
}
