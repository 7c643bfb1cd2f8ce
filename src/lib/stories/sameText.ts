// Same text: an agency's dispatch republished with a new headline, a trimmed last paragraph,
// a changed first line or an added «اقرأ أيضاً». Body shingles (never the headline, which
// copies change), MinHash + LSH for candidates, then the real shingle overlap decides.
import { DEFAULT_LSH, hashSeeds, lshCandidates, lshCandidatesWith, signature, type LshParams } from './minhash';
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
  return verified(lshCandidates(signatures, options.lsh), shinglesOf, options);
}

function verified(candidates: Array<[number, number]>, shinglesOf: (i: number) => Uint32Array, options: SameTextOptions): TextPair[] {
  const pairs: TextPair[] = [];
  for (const [a, b] of candidates) {
    const o = overlap(shinglesOf(a), shinglesOf(b));
    if (o.containment >= options.minContainment && o.jaccard >= options.minJaccard) pairs.push({ a, b, ...o });
  }
  return pairs;
}

/**
 * The verified pairs of an earlier build, kept (buildCorpus keeps them in the corpus cache):
 * whether two texts are a candidate and a copy depends on those two texts alone, so the pairs of
 * two articles unchanged since stay as they were, and only pairs holding a new or edited
 * article are looked for and verified again.
 */
export interface KeptTextPairs {
  /** slug → the key of the article's text when its pairs were found (an edit or a removal shows here). */
  articles: Record<string, string>;
  /** [slug a, slug b (a < b), jaccard, containment]. */
  pairs: Array<[string, string, number, number]>;
}

/** How patchedTextPairs got its result: the kept pairs as they were, patched by the changed articles, or found afresh. */
export type TextPairsReuse = 'kept' | 'patched' | 'found';

/**
 * sameTextPairsFrom's pairs (the same, in the same order) from the kept ones: those of two
 * articles whose key is the kept one, and the candidates holding any other article verified.
 * `slugs` in index order, ascending (buildStories' order), `keys` beside them.
 */
export function patchedTextPairs(
  slugs: string[],
  keys: string[],
  signatures: Uint32Array[],
  shinglesOf: (i: number) => Uint32Array,
  kept: KeptTextPairs | undefined,
  options: SameTextOptions = DEFAULT_SAME_TEXT,
): { pairs: TextPair[]; kept: KeptTextPairs; reuse: TextPairsReuse } {
  const keep = (pairs: TextPair[]): KeptTextPairs => ({
    articles: Object.fromEntries(slugs.map((s, i) => [s, keys[i]])),
    pairs: pairs.map((p) => [slugs[p.a], slugs[p.b], p.jaccard, p.containment]),
  });
  if (!kept) {
    const pairs = sameTextPairsFrom(signatures, shinglesOf, options);
    return { pairs, kept: keep(pairs), reuse: 'found' };
  }
  // A Map, not the record: a slug such as "constructor" must not read as kept.
  const was = new Map(Object.entries(kept.articles));
  const index = new Map(slugs.map((s, i) => [s, i]));
  const same = slugs.map((s, i) => was.get(s) === keys[i]);
  const changed = slugs.flatMap((_, i) => (same[i] ? [] : [i]));
  const pairs: TextPair[] = [];
  for (const [x, y, jaccard, containment] of kept.pairs) {
    const a = index.get(x);
    const b = index.get(y);
    if (a === undefined || b === undefined || !same[a] || !same[b]) continue;
    pairs.push(a < b ? { a, b, jaccard, containment } : { a: b, b: a, jaccard, containment });
  }
  pairs.push(...verified(lshCandidatesWith(signatures, changed, options.lsh), shinglesOf, options));
  pairs.sort((p, q) => p.a - q.a || p.b - q.b);
  const unchanged = !changed.length && was.size === slugs.length;
  return { pairs, kept: unchanged ? kept : keep(pairs), reuse: unchanged ? 'kept' : 'patched' };
}
