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
  return sameTextPairsFrom(shingles.map((s) => sameTextSignature(s, options)), (i) => shingles[i], options);
}

const seedsOf = new Map<string, Uint32Array>();

/** A text's MinHash signature for same-text candidates; too-short texts get none (all 0xffffffff), so they are never candidates. */
export function sameTextSignature(shingles: Uint32Array, options: SameTextOptions = DEFAULT_SAME_TEXT): Uint32Array {
  const { bands, rows, seed } = options.lsh;
  const id = `${bands * rows}:${seed}`;
  let seeds = seedsOf.get(id);
  if (!seeds) seedsOf.set(id, (seeds = hashSeeds(bands * rows, seed)));
  return signature(shingles.length >= options.minShingles ? shingles : new Uint32Array(0), seeds);
}

/**
 * The same pairs from the texts' signatures (each depends on its text alone, so a build may keep
 * them: buildStories' `signatureOf`); the shingles are asked for only to verify a candidate pair.
 */
export function sameTextPairsFrom(signatures: Uint32Array[], shinglesOf: (i: number) => Uint32Array, options: SameTextOptions = DEFAULT_SAME_TEXT): TextPair[] {
  const pairs: TextPair[] = [];
  for (const [a, b] of lshCandidates(signatures, options.lsh)) {
    const o = overlap(shinglesOf(a), shinglesOf(b));
    if (o.containment >= options.minContainment && o.jaccard >= options.minJaccard) pairs.push({ a, b, ...o });
  }
  return pairs;
}
