// Reuse of per-article results between builds (docs/architecture.md «Builds»): the expensive
// per-article steps of buildCorpus (discovery candidates, linking, topics, quotes, the relations
// each sentence states) are looked up by the article's content hash and a fingerprint of what
// the step depends on (curated data, the actors the corpus discovered, the code version), so a
// build after adding ten articles computes ten articles' worth. The corpus-wide steps
// (discovery thresholds, the graph, stories) still run over every article, from these results.
//
// Pure: the cache is a map in memory; reading and writing it is the caller's business
// (src/astro/corpus.ts keeps it under .cache/corpus/). Values must survive JSON (plain data).
import { createHash } from 'node:crypto';

export interface CorpusCache {
  get(stage: string, key: string): unknown;
  set(stage: string, key: string, value: unknown): void;
  /**
   * The entry's JSON text, unparsed and read only when the returned function is called
   * (JsonCorpusCache); without it the value is read and stringified.
   */
  peek?(stage: string, key: string): (() => string) | undefined;
  /**
   * `get`, with the entry's JSON text beside the value (JsonCorpusCache): a key over the value
   * hashes that text instead of stringifying the value again.
   */
  getWithText?(stage: string, key: string): { value: unknown; text: string } | undefined;
}

/**
 * The stages whose entries most builds never parse (an article's mentions: ~113 MB at 10k pages,
 * parsed only for the pages an update renders). Their files are read as bytes, each entry
 * decoded from UTF-8 only when asked (src/astro/corpusCacheFiles.ts).
 */
export const ON_DEMAND_STAGES: ReadonlySet<string> = new Set(['linkMentions']);

/** An entry as saved: its JSON text, or its UTF-8 bytes not decoded yet (an on-demand stage). */
export type SavedEntry = string | Buffer;
const textOf = (entry: SavedEntry): string => (typeof entry === 'string' ? entry : entry.toString('utf8'));

/** A short hash of plain data (JSON), for cache keys. */
export function keyOf(...parts: unknown[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(typeof p === 'string' ? p : JSON.stringify(p) ?? 'undefined').update('\0');
  return h.digest('base64url');
}

/** An entry's JSON text, read when called: the cache's `peek`, or its value read and stringified. */
export function peekText(cache: CorpusCache, stage: string, key: string): (() => string) | undefined {
  if (cache.peek) return cache.peek(stage, key);
  const value = cache.get(stage, key);
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return () => text;
}

/** `compute()`, or its result from an earlier build under the same stage and key. */
export function memo<T>(cache: CorpusCache | undefined, stage: string, key: string, compute: () => T): T {
  if (!cache) return compute();
  const hit = cache.get(stage, key);
  if (hit !== undefined) return hit as T;
  const value = compute();
  cache.set(stage, key, value);
  return value;
}

/**
 * `memo`, with the result's JSON text (what `keyOf` would stringify it to: a key part given as
 * this text hashes the same as the value). The saved text is what `set` wrote, JSON.stringify of
 * the value, and JSON.parse then JSON.stringify gives that text back.
 */
export function memoWithText<T>(cache: CorpusCache | undefined, stage: string, key: string, compute: () => T): { value: T; text: string } {
  const hit = cache?.getWithText ? cache.getWithText(stage, key) : undefined;
  if (hit) return { value: hit.value as T, text: hit.text };
  const value = cache && !cache.getWithText ? memo(cache, stage, key, compute) : compute();
  if (cache?.getWithText) cache.set(stage, key, value);
  return { value, text: JSON.stringify(value) };
}

/**
 * A cache held as JSON text per entry, so a hit is exactly what a reload from disk gives (a
 * value that JSON would change — a Map, an undefined field — shows up in the tests as a
 * difference, not only after a restart). `used()` lists the entries this build read or
 * wrote: saving only those drops the results of removed articles.
 */
export class JsonCorpusCache implements CorpusCache {
  private readonly entries: Map<string, Map<string, SavedEntry>>;
  private readonly touched = new Map<string, Set<string>>();
  private readonly computed = new Map<string, Set<string>>();
  hits = 0;
  misses = 0;

  /**
   * `saved`: stage → key → JSON text, as `used()` gives it, or as Maps (what a load from disk
   * builds, without an object of ~17,000 keys per stage in between; an entry may be its UTF-8 bytes).
   */
  constructor(saved: Record<string, Record<string, string>> | Map<string, Map<string, SavedEntry>> = {}) {
    this.entries = saved instanceof Map ? saved : new Map(Object.entries(saved).map(([stage, m]) => [stage, new Map(Object.entries(m))]));
  }

  get(stage: string, key: string): unknown {
    return this.getWithText(stage, key)?.value;
  }

  getWithText(stage: string, key: string): { value: unknown; text: string } | undefined {
    const entry = this.entries.get(stage)?.get(key);
    let value: unknown;
    let text = '';
    try {
      if (entry !== undefined) value = JSON.parse((text = textOf(entry)));
    } catch {
      // A damaged line (a build killed mid-write, a hand edit) is a miss: the result is
      // computed again and the good entry replaces it when the cache is saved.
      value = undefined;
    }
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.touch(stage, key);
    return { value, text };
  }

  /**
   * The JSON text of an entry, unparsed (kept for the save like a read): a result that most
   * builds never look at (an article's mentions) is decoded and parsed only by the page that
   * needs it.
   */
  peek(stage: string, key: string): (() => string) | undefined {
    const entry = this.entries.get(stage)?.get(key);
    if (entry === undefined) return undefined;
    this.touch(stage, key);
    return () => textOf(entry);
  }

  set(stage: string, key: string, value: unknown): void {
    let m = this.entries.get(stage);
    if (!m) this.entries.set(stage, (m = new Map()));
    m.set(key, JSON.stringify(value));
    this.touch(stage, key);
    let c = this.computed.get(stage);
    if (!c) this.computed.set(stage, (c = new Set()));
    c.add(key);
  }

  /** The keys of a stage this build computed (not read from the saved entries). */
  computedKeys(stage: string): ReadonlySet<string> {
    return this.computed.get(stage) ?? new Set();
  }

  private touch(stage: string, key: string) {
    let s = this.touched.get(stage);
    if (!s) this.touched.set(stage, (s = new Set()));
    s.add(key);
  }

  /** stage → key → JSON text, only the entries this build used (what to save). */
  used(): Record<string, Record<string, string>> {
    return Object.fromEntries(this.usedEntries().map(([stage, keys, json]) => [stage, Object.fromEntries(keys.map((k) => [k, json(k)]))]));
  }

  /** The same as `used()` without building its objects: per stage (in name order) the keys sorted, and their JSON text. */
  usedEntries(): Array<[stage: string, keys: string[], json: (key: string) => string]> {
    return [...this.touched]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([stage, keys]) => {
        const m = this.entries.get(stage)!;
        return [stage, [...keys].sort(), (k: string) => textOf(m.get(k)!)];
      });
  }
}
