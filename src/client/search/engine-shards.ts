// One Pagefind runtime for every shard of the index. A large corpus is written as several
// Pagefind bundles (pagefind/, pagefind/shard-N/; docs/search.md «Shards»); they are all opened
// from ONE module (pagefind/pagefind.js), so the page loads one runtime, one worker and one
// WebAssembly module whatever the number of shards.
//
// - Relevance, when every shard holds every query word: one instance with the other bundles
//   merged in (Pagefind's mergeIndex: no second runtime, no second wasm). Pagefind merges the
//   bundles' results by score, as one index would.
// - A date order, or a multi-word query some shard lacks a word of: one instance per shard
//   (createInstance: same module and worker; each fetches its bundle's wasm file once) and our
//   own merge. Under a sort Pagefind scores a result by its position in ITS bundle's sorted
//   list, so a merged date sort would interleave bundles; the shards are date ranges, so their
//   lists are concatenated in range order instead.
import type { SearchShard } from '../../lib/search/context';
import { SORT_FIELDS } from '../../lib/search/record';

export type SortName = 'relevance' | 'date' | 'oldest';
export type Counts = Record<string, Record<string, number>>;

/** The part of a Pagefind result we use (its data() is loaded only for the hits shown). */
export interface PagefindHit {
  /** Pagefind's result id (unique within a bundle; the tiers join results by it). */
  id: string;
  score: number;
  data: () => Promise<unknown>;
}
interface PagefindResponse {
  results: PagefindHit[];
  filters?: Counts;
}
/** A Pagefind instance (`createInstance` of the 1.x JS API). */
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options?: object): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse | null>;
  filters(): Promise<Counts>;
}
interface PagefindModule {
  createInstance(options: object): PagefindInstance;
}

export interface ShardedIndex {
  /** `term` is a planned query (space-separated keys); '' with filters lists by filters only. */
  search(term: string, opts?: { filters?: Record<string, string[]> | undefined; sort?: SortName }): Promise<{ results: PagefindHit[]; counts: Counts }>;
  /** Counts per filter value over the whole corpus. */
  filters(): Promise<Counts>;
}

/** Sums per-filter value counts of several shards. */
export function sumCounts(parts: Array<Counts | undefined>): Counts {
  if (parts.length === 1) return parts[0] ?? {};
  const out: Counts = {};
  for (const part of parts)
    for (const [f, values] of Object.entries(part ?? {})) {
      const into = (out[f] ??= {});
      for (const [v, n] of Object.entries(values)) into[v] = (into[v] ?? 0) + n;
    }
  return out;
}

/**
 * One result list from several shards' lists (lists[i] is shards[i]'s): by score for
 * relevance; for a date sort the shards' lists are concatenated in range order (dated shards
 * newest range first, reversed for oldest first), undated shards always last.
 */
export function mergeShardResults<T extends { score: number }>(lists: T[][], shards: SearchShard[], sort: SortName | undefined): T[] {
  if (lists.length === 1) return lists[0];
  if (!sort || sort === 'relevance') return lists.flat().sort((a, b) => b.score - a.score);
  const dated = shards.map((_shard, i) => i).filter((i) => !shards[i].undated);
  const undated = shards.map((_shard, i) => i).filter((i) => shards[i].undated);
  if (sort === 'oldest') dated.reverse();
  return [...dated, ...undated].flatMap((i) => lists[i] ?? []);
}

/**
 * Pagefind's sort option. One bundle holds dated and undated articles, so «oldest» needs its own
 * key that puts undated ones last; a sharded index has dated and undated shards, so its dated
 * shards sort both ways on the date alone and its undated shards carry no sort key
 * (src/indexer: smaller metadata for the reader to fetch).
 */
export function sortOption(sort: SortName | undefined, sharded: boolean): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'date') return { [SORT_FIELDS.newest]: 'desc' };
  if (sort === 'oldest') return sharded ? { [SORT_FIELDS.newest]: 'asc' } : { [SORT_FIELDS.oldest]: 'asc' };
  return undefined;
}

/**
 * Pagefind ignores a query word its index lacks. One index lacking a word is right (a typo
 * must not empty the results), but a shard lacking a word another shard holds would add pages
 * the whole corpus's index would not return; such shards must answer nothing. `has[s][t]`:
 * shard s holds term t. Returns, per shard, whether to leave it out.
 */
export function shardsToLeaveOut(has: boolean[][]): boolean[] {
  const terms = has[0]?.length ?? 0;
  const anywhere = Array.from({ length: terms }, (_, t) => has.some((h) => h[t]));
  return has.map((h) => h.some((found, t) => anywhere[t] && !found));
}

/**
 * Opens the index's shards from one Pagefind module. `bundlePath(s)` is a shard's bundle
 * folder URL (ending in /). With `loadFilters` every instance loads its filter index before
 * it answers (facet counts; slow at 10,000 articles, so keep it off for the results).
 */
export function openShardedIndex(opts: { moduleUrl: string; baseUrl: string; shards: SearchShard[] | Promise<SearchShard[]>; bundlePath: (s: SearchShard) => string; loadFilters?: boolean }): Promise<ShardedIndex> {
  return (async () => {
    const [pf, shards] = await Promise.all([import(/* @vite-ignore */ opts.moduleUrl) as Promise<PagefindModule>, opts.shards]);
    const open = async (bundles: SearchShard[]): Promise<PagefindInstance> => {
      const instance = pf.createInstance({ basePath: opts.bundlePath(bundles[0]), baseUrl: opts.baseUrl });
      await instance.init();
      // Sent together: the worker appends merged bundles in call order, so the order holds.
      await Promise.all(bundles.slice(1).map((s) => instance.mergeIndex(opts.bundlePath(s), { baseUrl: opts.baseUrl })));
      if (opts.loadFilters) await instance.filters();
      return instance;
    };
    const merged = open(shards);
    // One instance per shard, opened on first need (a date order, a multi-word query).
    let single: Array<Promise<PagefindInstance>> | undefined;
    const perShard = () => (single ??= shards.map((s) => open([s])));
    await merged;

    /** Per shard: leave it out (it lacks a word of the query that another shard holds)? */
    async function leftOut(term: string): Promise<boolean[]> {
      const terms = term.split(/\s+/).filter(Boolean);
      if (shards.length < 2 || terms.length < 2) return shards.map(() => false);
      const has = await Promise.all(
        perShard().map(async (p) => {
          const instance = await p;
          return Promise.all(terms.map(async (t) => ((await instance.search(t))?.results?.length ?? 0) > 0));
        }),
      );
      return shardsToLeaveOut(has);
    }

    return {
      async filters() {
        return (await merged).filters();
      },
      async search(term, o = {}) {
        const options = { filters: o.filters, sort: sortOption(o.sort, shards.length > 1) };
        const query = term || null;
        const relevance = !o.sort || o.sort === 'relevance';
        const excluded = leftOut(term);
        if (relevance) {
          // The merged answer is right unless a shard must be left out: ask both at once.
          const [res, out] = await Promise.all([(await merged).search(query, options), excluded]);
          if (!out.includes(true)) return { results: res?.results ?? [], counts: res?.filters ?? {} };
        } else if (shards.length === 1) {
          const res = await (await merged).search(query, options);
          return { results: res?.results ?? [], counts: res?.filters ?? {} };
        }
        const out = await excluded;
        const parts = await Promise.all(perShard().map(async (p, i) => (out[i] ? null : (await p).search(query, options))));
        return {
          results: mergeShardResults(parts.map((p) => p?.results ?? []), shards, o.sort),
          counts: sumCounts(parts.map((p) => p?.filters ?? {})),
        };
      },
    };
  })();
}
