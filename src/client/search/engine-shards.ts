// One Pagefind runtime for every shard of the index. A large corpus is written as several
// Pagefind bundles (pagefind/, pagefind/shard-N/; docs/search.md «Shards»); they are all opened
// from ONE module (pagefind/pagefind.js) into ONE instance (mergeIndex), so the page loads one
// runtime, one worker and one WebAssembly module whatever the number of shards.
//
// Each bundle is merged with a synthetic filter naming its shard (Pagefind's `mergeFilter`,
// held in memory: no file to fetch). With it the one instance answers what used to need an
// instance per shard (each fetching its bundle's 60 KB wasm file):
// - which shards hold each word of a multi-word query (the shard filter's counts);
// - a date order: under a sort Pagefind scores a result by its position in ITS bundle's sorted
//   list, so a merged date sort would interleave bundles; instead each shard is searched alone
//   (filtered to it) and, the shards being date ranges, their lists are concatenated in order.
//   A shard whose sort order the indexer moved out of its metadata (its `kb-order.<hash>.json`,
//   src/lib/search/sortOrders.ts) is searched by relevance and ordered by that file, as Pagefind's
//   sort would order it.
import type { SearchShard } from '../../lib/search/context';
import { SORT_FIELDS } from '../../lib/search/record';
import { sortHits, type SortOrders } from '../../lib/search/sortOrders';

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
  /** Counts over the results before the search's filters (Pagefind's `totalFilters`). */
  totalFilters?: Counts;
}
/** A Pagefind instance (`createInstance` of the 1.x JS API). */
export interface PagefindInstance {
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

/** The synthetic filter that names a result's shard (never shown: stripped from counts). */
export const SHARD_FILTER = 'kb_shard';

/** A filter no page has: a search with it returns no result, only the counts (`totalFilters`). */
export const COUNTS_ONLY = { [SHARD_FILTER]: { any: ['none'] } };

/**
 * The Pagefind searches (term, options) that `search(term)` sends for a relevance order without
 * filters: the term, and on a sharded index each of its words counted alone (`leftOut`). The
 * /search/ page has its worker run them as soon as the index is open (engine.ts
 * `prefetchWordIndex`), and answers `search`'s messages with the same term and options from them.
 */
export function relevanceSearches(term: string, sharded: boolean): Array<[string | null, object]> {
  const words = term.split(/\s+/).filter(Boolean);
  return [[term || null, {}], ...(sharded && words.length >= 2 ? words.map((t): [string, object] => [t, { filters: COUNTS_ONLY }]) : [])];
}

/** Counts without the synthetic shard filter. */
function withoutShard(counts: Counts | undefined): Counts {
  const { [SHARD_FILTER]: _shard, ...rest } = counts ?? {};
  return rest;
}

/** Per shard (by index), whether the shard filter's counts say it holds any result. */
export function shardsWithResults(counts: Counts | undefined, shards: number): boolean[] {
  return Array.from({ length: shards }, (_, i) => (counts?.[SHARD_FILTER]?.[String(i)] ?? 0) > 0);
}

/**
 * Pagefind asks for a bundle's entry file with `?ts=<now>`, a new URL each time, unless given a
 * tag. The /search/ page fetches every bundle's entry and metadata early under one tag of its own
 * (src/pages/search/index.astro); given the same tag, Pagefind's worker finds them in the cache.
 */
function cacheTagOption(cacheTag: string | undefined): { metaCacheTag?: string } {
  return cacheTag ? { metaCacheTag: cacheTag } : {};
}

/**
 * The instance of the first bundle, named shard 0 by the shard filter (also when it is the only
 * one: the filter costs nothing and the instance can open before the shard list is known).
 * src/pages/search/index.astro opens the same from the page's HTML: keep the options alike.
 */
export async function openPrimary(moduleUrl: string, bundlePath: string, baseUrl: string, cacheTag?: string): Promise<PagefindInstance> {
  const pf = (await import(/* @vite-ignore */ moduleUrl)) as PagefindModule;
  const instance = pf.createInstance({ basePath: bundlePath, baseUrl, mergeFilter: { [SHARD_FILTER]: '0' }, ...cacheTagOption(cacheTag) });
  await instance.init();
  return instance;
}

/** Options of shard i's mergeIndex (src/pages/search/index.astro sends the same). */
export function mergeOptions(i: number, baseUrl: string, cacheTag?: string): object {
  return { baseUrl, mergeFilter: { [SHARD_FILTER]: String(i) }, ...cacheTagOption(cacheTag) };
}

/**
 * Opens the index's shards from one Pagefind module into one instance. `bundlePath(s)` is a
 * shard's bundle folder URL (ending in /). With `loadFilters` the instance loads its filter index
 * before it answers (facet counts; slow at 10,000 articles, so keep it off for the results).
 */
export function openShardedIndex(opts: {
  moduleUrl: string;
  baseUrl: string;
  shards: SearchShard[] | Promise<SearchShard[]>;
  bundlePath: (s: SearchShard) => string;
  loadFilters?: boolean;
  /**
   * The instance with every shard merged, already opened (the /search/ page opens it from its
   * HTML, src/pages/search/index.astro); if it failed, the index is opened here.
   */
  opened?: Promise<PagefindInstance>;
  /** The tag of entry files the page fetched early (`metaCacheTag`): the same URLs, from the cache. */
  cacheTag?: string;
  /** Per shard, the URL of its sort-order file, or null when its sorts are in its metadata. */
  orderFiles?: Promise<Array<string | null>>;
}): Promise<ShardedIndex> {
  return (async () => {
    const openHere = async () => {
      // The first bundle (pagefind/) opens before the shard list is known: it is always there.
      const [instance, shards] = await Promise.all([openPrimary(opts.moduleUrl, opts.bundlePath({ path: '', undated: false }), opts.baseUrl, opts.cacheTag), opts.shards]);
      // Sent together: the worker appends merged bundles in call order, so the order holds.
      await Promise.all(shards.slice(1).map((s, i) => instance.mergeIndex(opts.bundlePath(s), mergeOptions(i + 1, opts.baseUrl, opts.cacheTag))));
      return instance;
    };
    const [instance, shards, orderFiles] = await Promise.all([opts.opened?.catch(openHere) ?? openHere(), opts.shards, opts.orderFiles]);
    const sharded = shards.length > 1;
    // Fetched once, on the first date order that needs it (never on the way to relevance results).
    const orders = new Map<string, Promise<SortOrders>>();
    const orderOf = (i: number): Promise<SortOrders> | null => {
      const url = orderFiles?.[i];
      if (!url) return null;
      let got = orders.get(url);
      if (!got) {
        got = fetch(url).then((r) => {
          if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
          return r.json() as Promise<SortOrders>;
        });
        got.catch(() => orders.delete(url)); // a failed fetch is tried again by the next search
        orders.set(url, got);
      }
      return got;
    };
    /** Shard i's answer under a sort: from its order file when it has one, else Pagefind's sort. */
    const sortedIn = async (i: number, query: string | null, filters: Record<string, string[]> | undefined, sort: Record<string, 'asc' | 'desc'>) => {
      const order = orderOf(i);
      const shardFilters = onlyShards(filters, [i]);
      if (!order) return instance.search(query, { filters: shardFilters, sort });
      const [res, lists] = await Promise.all([instance.search(query, { filters: shardFilters }), order]);
      const [key, direction] = Object.entries(sort)[0];
      const list = lists[key];
      if (!res || !list) return res; // Pagefind too ignores a sort key its bundle lacks
      return { ...res, results: sortHits(res.results, list, direction) };
    };
    if (opts.loadFilters) await instance.filters();

    /**
     * Per shard: leave it out (it lacks a word of the query that another shard holds)? Each word
     * is searched with a filter no page has: Pagefind still counts the shard filter over the
     * word's pages (`totalFilters`) but scores and returns none of them, several times cheaper
     * for a frequent word (a result list of thousands was built and sent only to be counted).
     */
    async function leftOut(term: string): Promise<boolean[]> {
      const terms = term.split(/\s+/).filter(Boolean);
      if (!sharded || terms.length < 2) return shards.map(() => false);
      const perTerm = await Promise.all(terms.map(async (t) => shardsWithResults((await instance.search(t, { filters: COUNTS_ONLY }))?.totalFilters, shards.length)));
      return shardsToLeaveOut(shards.map((_s, i) => perTerm.map((held) => held[i])));
    }
    // Several values of one filter must all hold by default; a page is in one shard: `any`.
    const onlyShards = (filters: Record<string, string[]> | undefined, ids: number[]) => ({ ...filters, [SHARD_FILTER]: { any: ids.map(String) } });

    return {
      async filters() {
        return withoutShard(await instance.filters());
      },
      async search(term, o = {}) {
        const sort = sortOption(o.sort, sharded);
        const query = term || null;
        const relevance = !o.sort || o.sort === 'relevance';
        if (!sharded) {
          const res = await instance.search(query, { filters: o.filters, sort });
          return { results: res?.results ?? [], counts: res?.filters ?? {} };
        }
        const excluded = leftOut(term);
        if (relevance) {
          // The merged answer is right unless a shard must be left out: ask both at once.
          const [res, out] = await Promise.all([instance.search(query, { filters: o.filters }), excluded]);
          if (!out.includes(true)) return { results: res?.results ?? [], counts: withoutShard(res?.filters) };
          const kept = await instance.search(query, { filters: onlyShards(o.filters, shards.flatMap((_s, i) => (out[i] ? [] : [i]))) });
          return { results: kept?.results ?? [], counts: withoutShard(kept?.filters) };
        }
        const out = await excluded;
        const parts = await Promise.all(shards.map((_s, i) => (out[i] ? null : sort ? sortedIn(i, query, o.filters, sort) : instance.search(query, { filters: onlyShards(o.filters, [i]) }))));
        return {
          results: mergeShardResults(parts.map((p) => p?.results ?? []), shards, o.sort),
          counts: withoutShard(sumCounts(parts.map((p) => p?.filters ?? {}))),
        };
      },
    };
  })();
}
