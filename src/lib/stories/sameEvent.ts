// Same event: reports of one event by different outlets in their own words. Close in time,
// naming the same main actors, and sharing much of the vocabulary (TF-IDF cosine over light
// stems, IDF from the corpus). Candidates come from an inverted index of each report's most
// distinctive terms, paired only within the time window, so the work grows with the corpus.
import { lightStem } from './text';

export interface SameEventOptions {
  /** Days between two reports of one event (docs/stories.md says why). */
  windowDays: number;
  /** TF-IDF cosine two dated reports need. */
  minCosine: number;
  /** An undated report joins only on strong text evidence. */
  minCosineUndated: number;
  /** Main actors compared: the first N of each report's actors (most mentioned first); two must be shared. */
  mainActors: number;
  /** Terms per report in the inverted index (its highest TF-IDF weights). */
  indexTerms: number;
  /** Shared index terms that make a candidate pair. */
  minSharedTerms: number;
  /**
   * A term indexed by more units than this is not rare: it proposes no pairs (its units still
   * meet through their rarer terms). Bounds the work when a whole corpus shares one day.
   */
  maxPosting: number;
}

export const DEFAULT_SAME_EVENT: SameEventOptions = {
  windowDays: 3,
  minCosine: 0.14,
  minCosineUndated: 0.5,
  mainActors: 4,
  indexTerms: 15,
  minSharedTerms: 2,
  maxPosting: 500,
};

/** One unit of the event level: a single article, or a same-text group by its canonical text. */
export interface EventUnit {
  /** Day number (days since 1970-01-01), or null when undated. */
  day: number | null;
  /** The light stems of the title's and text's tokens (eventTerms). */
  terms: EventTerms;
  actorIds: string[];
}

/**
 * A text's light stems of two letters or more, each once in the order of its first token, with
 * how many tokens have it. Depends on the text alone, so a build may keep it (buildStories'
 * `partsOf`); tfidf numbers the stems in this order, which is the order of first sight in the
 * tokens: the same term ids, so the same vectors, whether kept or made.
 */
export interface EventTerms {
  stems: string[];
  counts: number[];
}

/** The EventTerms of normalised tokens; `stemOf` memoises lightStem across texts. */
export function eventTerms(tokens: string[], stemOf: Map<string, string> = new Map()): EventTerms {
  const index = new Map<string, number>();
  const stems: string[] = [];
  const counts: number[] = [];
  for (const tok of tokens) {
    let stem = stemOf.get(tok);
    if (stem === undefined) stemOf.set(tok, (stem = lightStem(tok)));
    if (stem.length < 2) continue;
    const i = index.get(stem);
    if (i === undefined) {
      index.set(stem, stems.length);
      stems.push(stem);
      counts.push(1);
    } else counts[i]++;
  }
  return { stems, counts };
}

export interface EventPair {
  a: number;
  b: number;
  cosine: number;
}

/** Days since the epoch of a YYYY-MM-DD date (null when absent or malformed). */
export function dayNumber(date: string | undefined | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/** L2-normalised TF-IDF vectors (terms sorted), with the term ids and document frequencies. */
function tfidf(units: EventUnit[]): { vectors: Vector[]; df: Int32Array } {
  // stem → term id, numbered on first sight (each unit's stems are distinct, in token order).
  const ids = new Map<string, number>();
  const counts = units.map(({ terms: { stems, counts: n } }) => {
    const c = new Map<number, number>();
    for (let k = 0; k < stems.length; k++) {
      let id = ids.get(stems[k]);
      if (id === undefined) ids.set(stems[k], (id = ids.size));
      c.set(id, n[k]);
    }
    return c;
  });
  const df = new Int32Array(ids.size);
  for (const c of counts) for (const id of c.keys()) df[id]++;
  const n = units.length;
  const vectors = counts.map((c) => {
    const terms = Int32Array.from(c.keys()).sort();
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, k) => {
      const w = (1 + Math.log(c.get(id)!)) * Math.log((n + 1) / df[id]);
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    return { terms, weights };
  });
  return { vectors, df };
}

function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) s += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return s;
}

/**
 * The `k` terms of highest weight that some other unit also has (df ≥ 2), ties by term id: one
 * pass keeping the first k in that order (a total order: the same terms as sorting them all, which
 * every unit's hundreds of terms made a fifth of the event level).
 */
function indexTerms(v: Vector, df: Int32Array, k: number): number[] {
  const { terms, weights } = v;
  const before = (x: number, y: number) => weights[x] > weights[y] || (weights[x] === weights[y] && terms[x] < terms[y]);
  const top: number[] = [];
  if (k <= 0) return top;
  for (let x = 0; x < terms.length; x++) {
    if (df[terms[x]] < 2) continue;
    if (top.length === k && !before(x, top[k - 1])) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && before(x, top[i - 1])) i--;
    if (top.length === k) top.pop();
    top.splice(i, 0, x);
  }
  return top.map((x) => terms[x]);
}

/**
 * Two reports of one event share their main actors: two of each one's first `n` (one when a
 * report has only one). Reports with no linked actor at all are judged on their words alone.
 */
function shareMainActors(a: EventUnit, b: EventUnit, n: number): boolean {
  const mainA = a.actorIds.slice(0, n);
  const mainB = new Set(b.actorIds.slice(0, n));
  if (!mainA.length || !mainB.size) return true;
  const shared = mainA.filter((id) => mainB.has(id)).length;
  return shared >= Math.min(2, mainA.length, mainB.size);
}

/**
 * Candidate pairs from the inverted index: units sharing at least minSharedTerms index terms
 * within the window, as pair keys (a * n + b, a < b) in ascending order. Every shared term adds
 * the pair's key to a list, sorted and counted by runs in typed arrays, not a Map bumped per
 * shared term (366,000 of them over 308,000 pairs at 3k).
 */
function candidatePairs(units: EventUnit[], vectors: Vector[], df: Int32Array, o: SameEventOptions): number[] {
  const n = units.length;
  const postings = new Map<number, number[]>();
  vectors.forEach((v, u) => {
    for (const t of indexTerms(v, df, o.indexTerms)) {
      const list = postings.get(t);
      if (list) list.push(u);
      else postings.set(t, [u]);
    }
  });
  const shared: number[] = [];
  const bump = (x: number, y: number) => shared.push(x < y ? x * n + y : y * n + x);
  for (const list of postings.values()) {
    if (list.length > o.maxPosting) continue;
    const dated = list.filter((u) => units[u].day !== null).sort((x, y) => units[x].day! - units[y].day! || x - y);
    const undated = list.filter((u) => units[u].day === null);
    // Dated units pair only within the window (a sliding window over the sorted list).
    let start = 0;
    for (let j = 0; j < dated.length; j++) {
      while (units[dated[j]].day! - units[dated[start]].day! > o.windowDays) start++;
      for (let i = start; i < j; i++) bump(dated[i], dated[j]);
    }
    // Undated units pair with any unit, but only through rare terms (a short posting list).
    if (undated.length && list.length <= 50) {
      for (const u of undated) for (const v of list) if (v !== u && (units[v].day !== null || v > u)) bump(u, v);
    }
  }
  // Keys are below n², exact in a double whatever the corpus size.
  const keys = Float64Array.from(shared).sort();
  const out: number[] = [];
  for (let i = 0; i < keys.length; ) {
    let j = i + 1;
    while (j < keys.length && keys[j] === keys[i]) j++;
    if (j - i >= o.minSharedTerms) out.push(keys[i]);
    i = j;
  }
  return out;
}

/** Verified same-event pairs (indexes into `units`, a < b). */
export function sameEventPairs(units: EventUnit[], options: SameEventOptions = DEFAULT_SAME_EVENT): EventPair[] {
  const n = units.length;
  const { vectors, df } = tfidf(units);
  const pairs: EventPair[] = [];
  for (const key of candidatePairs(units, vectors, df, options)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const undated = units[a].day === null || units[b].day === null;
    const c = cosine(vectors[a], vectors[b]);
    if (c < (undated ? options.minCosineUndated : options.minCosine)) continue;
    if (!shareMainActors(units[a], units[b], options.mainActors)) continue;
    pairs.push({ a, b, cosine: c });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
