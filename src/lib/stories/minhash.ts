// MinHash signatures and LSH banding: candidate pairs of near-duplicate texts without
// comparing every pair. Articles whose signatures agree on all rows of at least one band
// land in one bucket; only those pairs are verified (sameText.ts), so the cost grows with
// the corpus and the number of real copies, not with its square.

/** A seeded PRNG (mulberry32): the hash family is the same on every run and machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** murmur3's finaliser: a good 32-bit mix of a shingle hash, done once per shingle. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface LshParams {
  /** Bands × rows = hashes per signature. */
  bands: number;
  rows: number;
  seed: number;
}

/**
 * 40 bands of 3 rows (120 hashes): a pair becomes a candidate with probability
 * 1 − (1 − J³)⁴⁰, about 0.99 at Jaccard 0.5, 0.66 at 0.25, and 0.0003 for unrelated
 * texts (J ≈ 0.02). A copy trimmed to half its length (J ≈ 0.5) is still found.
 */
export const DEFAULT_LSH: LshParams = { bands: 40, rows: 3, seed: 0x5eed16 };

/**
 * The seeded hash family, as pairs (a odd, b): h_k(x) = a_k·mix(x) + b_k mod 2³² (multiply-add
 * over a well-mixed key: one multiplication per hash, the mix done once per shingle).
 */
export function hashSeeds(count: number, seed: number): Uint32Array {
  const next = mulberry32(seed);
  return Uint32Array.from({ length: count * 2 }, (_, i) => (i % 2 === 0 ? next() | 1 : next()));
}

/** The MinHash signature of a shingle set: for each hash of the family, the least value. Empty sets give all 0xffffffff. */
export function signature(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const k = seeds.length / 2;
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let i = 0; i < shingles.length; i++) {
    const x = mix(shingles[i]);
    for (let j = 0; j < k; j++) {
      const h = (Math.imul(seeds[2 * j], x) + seeds[2 * j + 1]) >>> 0;
      if (h < sig[j]) sig[j] = h;
    }
  }
  return sig;
}

/** Share of equal rows: an estimate of the Jaccard similarity of the two sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return a.length ? same / a.length : 0;
}

/** The band's rows folded into one number: a collision only adds a candidate, which is verified. */
function bandKey(sig: Uint32Array, band: number, rows: number): number {
  let key = band;
  for (let r = 0; r < rows; r++) key = mix(key ^ sig[band * rows + r]);
  return key;
}

/**
 * Candidate pairs [i, j] (i < j, indexes into `signatures`) that share a bucket in some band,
 * each once, sorted. Empty signatures (no shingles) are never candidates.
 */
export function lshCandidates(signatures: Uint32Array[], params: LshParams = DEFAULT_LSH): Array<[number, number]> {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = signatures.length;
  for (let band = 0; band < params.bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (sig[0] === 0xffffffff) continue;
      const key = bandKey(sig, band, params.rows);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const id = bucket[x] * n + bucket[y];
          if (seen.has(id)) continue;
          seen.add(id);
          pairs.push([bucket[x], bucket[y]]);
        }
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The candidate pairs of lshCandidates that hold at least one of `changed` (the same pairs, in
 * the same order): the buckets of the changed signatures only, and every signature's band keys
 * looked up in them, so a daily update of a few articles builds no bucket of the others.
 */
export function lshCandidatesWith(signatures: Uint32Array[], changed: Iterable<number>, params: LshParams = DEFAULT_LSH): Array<[number, number]> {
  const n = signatures.length;
  const isChanged = new Uint8Array(n);
  const list: number[] = [];
  for (const i of changed) {
    if (isChanged[i] || signatures[i][0] === 0xffffffff) continue;
    isChanged[i] = 1;
    list.push(i);
  }
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  if (!list.length) return pairs;
  for (let band = 0; band < params.bands; band++) {
    const buckets = new Map<number, number[]>();
    for (const j of list) {
      const key = bandKey(signatures[j], band, params.rows);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(j);
      else buckets.set(key, [j]);
    }
    for (let i = 0; i < n; i++) {
      const sig = signatures[i];
      if (sig[0] === 0xffffffff) continue;
      const bucket = buckets.get(bandKey(sig, band, params.rows));
      if (!bucket) continue;
      for (const j of bucket) {
        if (j === i) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const id = a * n + b;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
