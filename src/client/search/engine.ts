// Browser side of search: loads Pagefind and our key context lazily (first use only),
// rewrites the reader's query with the SAME code the index was built with, and turns
// Pagefind results into plain objects with excerpts cut from the article's real text.
import { contextFromJson, aliasForms, LABELS_FILE, type SearchContextJson, type SearchLabelsJson, type SearchPlanningJson, type SearchShard } from '../../lib/search/context';
import { planQuery, type KeyContext, type QueryPlan } from '../../lib/search/keys';
import { buildExcerpt, matchRanges, segments, type Segment } from '../../lib/search/excerpt';
import { suggestActor, type Suggestion } from '../../lib/search/suggest';
import { rankQuery, type Tier } from '../../lib/search/tiers';
import { CONTEXT_FILE, FILTER_NAMES, type FilterName, type RecordMeta } from '../../lib/search/record';
import { openShardedIndex, relevanceSearches, type PagefindInstance, type ShardedIndex, type SortName } from './engine-shards';
import { withBase } from '../../lib/url';
import { foldKey } from '../../lib/search/story-facet';
import { chunkFiles, pagefindTerms, pickLanguage } from '../../lib/search/chunks';
import { sortOrderFile } from '../../lib/search/sortOrders';
import { ALL_WORDS_FILE, bucketFile, bucketsFromAll, hasWordBuckets, type AllWordsJson, type WordBucketJson } from '../../lib/search/wordBuckets';
import { BucketedWords, bucketLoader, firstReads, settle as settleOn } from '../../lib/search/bucketedContext';

/** A site path ("/search/") as a URL under this build's base. */
export const siteUrl = (sitePath: string): string => withBase(import.meta.env.BASE_URL, sitePath);
export { FILTER_NAMES, type FilterName };
export type Filters = Partial<Record<FilterName, string[]>>;
export type { SortName };

export interface Hit {
  url: string;
  title: string;
  /**
   * The title with the query's words marked. It reads the word data of every word of the title
   * (dozens of buckets): it comes with the excerpt, after the title is on screen as plain text.
   */
  titleSegments: Promise<Segment[]>;
  date: string | null;
  source: string | null;
  /**
   * Cut from the article's real text, which comes in the result's fragment with its title
   * (articleText; never rejects; empty without a text).
   */
  excerpt: Promise<Segment[]>;
  /** exact: every word; concept: the query's concept in other words; partial: some words. */
  tier: Tier;
  /** Words of the query a partial match lacks. */
  missing: string[];
  /** Same-text copies share it with their canonical article (results fold on it). */
  fold: string;
}

export interface SearchOutcome {
  plan: QueryPlan;
  total: number;
  /** Results holding every word or the query's concept (the partial matches follow them). */
  full: number;
  /** Loads hits [from, to) of the result list. */
  hits: (from: number, to: number) => Promise<Hit[]>;
  /** Counts per filter value within the current results. */
  counts: Record<string, Record<string, number>>;
  suggestion: Suggestion | null;
  /** The partial tier was left out (`partial: false`) although it would have run. */
  partialSkipped: boolean;
}

/** Options of a search. */
export interface SearchOptions {
  filters?: Filters;
  sort?: SortName;
  /** The reader is typing: the last word may be read as a prefix. */
  typing?: boolean;
  /** The words only, without the concepts they name (?exact=1). */
  exact?: boolean;
  /** false: leave out the partial tier (one search per word), for keystrokes in the header box. */
  partial?: boolean;
}

export interface Engine {
  json: SearchPlanningJson;
  /** Whatever reads the key context goes through `settle` (the word buckets it needs are fetched first). */
  settle: Settle;
  search(query: string, opts?: SearchOptions): Promise<SearchOutcome | null>;
  label(filter: FilterName, value: string): string;
  /** Counts per filter value over the whole corpus. */
  totals(): Promise<Record<string, Record<string, number>>>;
  /**
   * Facet counts for a query. Counting costs seconds at 10,000 articles, so it runs in a
   * second worker (the runtime under its own module URL) that alone loads the filter index:
   * the worker that answers keystrokes never waits for it.
   */
  counts(query: string, opts?: SearchOptions): Promise<Record<string, Record<string, number>>>;
}

/**
 * Runs a computation over the key context once the word data it reads is in: with the word tables in
 * buckets (wordBuckets.ts) it is run, the buckets it missed fetched, and run again until it misses none
 * (bucketedContext.ts `settle`), so its value is the whole data's. Reading the context outside it would see
 * only the buckets loaded so far.
 */
export type Settle = <T>(fn: (ctx: KeyContext) => T) => Promise<T>;

/** The search context (kb-search.json) and the key context read from it and its word buckets. */
export interface SearchContext {
  json: SearchPlanningJson;
  settle: Settle;
}

/**
 * What the /search/ page's HTML started before this code loaded (src/pages/search/index.astro):
 * kb-search.json and the Pagefind instance with every shard merged. Absent on other pages.
 */
interface SearchBoot {
  /** The cache tag of the entry files it fetched (engine-shards.ts `cacheTagOption`). */
  tag?: string;
  context?: Promise<SearchPlanningJson>;
  opened?: Promise<PagefindInstance>;
  /**
   * Hands Pagefind's worker the query's word-index chunk files (URLs) to fetch and the first
   * Pagefind searches (term, options) to run as soon as every shard is open; false when there is
   * no worker to hand them to.
   */
  first?: (chunks: string[], searches: Array<[string | null, object]>) => boolean;
  /** The query's word buckets by file (kb-words/…), asked for from its letters (src/lib/search/letterBuckets.ts); null: not written. */
  words?: Record<string, Promise<WordBucketJson | null>>;
}
const boot = (): SearchBoot => (globalThis as { kbSearchBoot?: SearchBoot }).kbSearchBoot ?? {};

let engine: Promise<Engine> | undefined;
let context: Promise<SearchContext> | undefined;
let labels: Promise<SearchLabelsJson> | undefined;

/**
 * A User Timing mark (`kb-search:<step>`): when the key context, the index and the ranked results
 * of a search were ready. scripts/bench/search-trace.ts reads them to tell what the first results
 * waited for; they cost nothing otherwise.
 */
function mark(step: 'context' | 'index-open' | 'ranked'): void {
  globalThis.performance?.mark?.(`kb-search:${step}`);
}

/**
 * `context` marks when the page's first plan can be made: kb-search.json in and, with the word data in
 * buckets, the query's buckets too (prefetchWordIndex); once per page.
 */
let contextMarked = false;
function markContext(): void {
  if (!contextMarked) mark('context');
  contextMarked = true;
}
/** Settles when `context` is marked: the first plan of the page's query made (prefetchWordIndex), else the file in. */
let contextReady: Promise<void> | undefined;

async function getJson<T>(file: string): Promise<T> {
  const r = await fetch(siteUrl(`/pagefind/${file}`));
  if (!r.ok) throw new Error(`search: ${file} → ${r.status}`);
  return r.json() as Promise<T>;
}

/**
 * kb-search.json alone, without Pagefind: enough to plan queries (known names, aliases, word
 * families, concepts) and to find the index's shards.
 */
export function loadSearchContext(): Promise<SearchContext> {
  const fetched = () => getJson<SearchPlanningJson>(CONTEXT_FILE);
  context ??= (boot().context?.catch(fetched) ?? fetched()).then((json): SearchContext => {
    if (hasWordBuckets(json)) {
      const words = new BucketedWords(json);
      const load = bucketLoader(words, fetchBucket, () => getJson<AllWordsJson>(ALL_WORDS_FILE).then((all) => bucketsFromAll(json, all)));
      // Buckets fetched before this file was in (prefetchWordIndex): added as they arrive, so a first plan
      // finds them in without asking the loader.
      for (const [b, got] of early) if (!words.has(b)) void got.then((j) => words.add(b, j), () => undefined);
      return { json, settle: (fn) => settleOn(words, fn, load) };
    }
    // An index written before the buckets: the whole context at once. A long task (tens of ms,
    // cold); on /search/ Pagefind's worker opens the index meanwhile without this thread.
    const ctx = contextFromJson(json);
    markContext();
    return { json, settle: async (fn) => fn(ctx) };
  });
  // A failed load may be retried (the reader focuses the box again).
  context.catch(() => (context = undefined));
  return context;
}

/**
 * Word buckets asked for before kb-search.json was in: the query's own (prefetchWordIndex). Each is
 * fetched once; the loader takes them from here.
 */
const early = new Map<string, Promise<WordBucketJson | null>>();

/** One word bucket, from `early` when it was asked for there (a failed fetch is asked for again). */
async function fetchBucket(bucket: string): Promise<WordBucketJson | null> {
  const got = early.get(bucket);
  if (!got) return fetchBucketFile(bucket);
  early.delete(bucket);
  try {
    return await got;
  } catch {
    return fetchBucketFile(bucket);
  }
}

/** One word bucket's file (null: the index wrote none of that name, so it is empty). */
async function fetchBucketFile(bucket: string): Promise<WordBucketJson | null> {
  const asked = boot().words;
  const pre = asked?.[bucketFile(bucket)];
  if (pre) {
    delete asked![bucketFile(bucket)]; // taken once; a failed one is fetched again below
    try {
      return await pre;
    } catch {
      /* fetched below */
    }
  }
  const r = await fetch(siteUrl(`/pagefind/${bucketFile(bucket)}`));
  if (r.status === 404) return null;
  if (!r.ok) throw new Error(`search: ${bucketFile(bucket)} → ${r.status}`);
  return r.json() as Promise<WordBucketJson>;
}

/**
 * kb-labels.json: names of actors (with article counts), topics and sources — for facet labels,
 * «did you mean» and the header box's completions; the first results never wait for it. An
 * index written before the split has them in kb-search.json.
 */
export function loadSearchLabels(): Promise<SearchLabelsJson> {
  labels ??= getJson<SearchLabelsJson>(LABELS_FILE).catch(async () => {
    const { json } = (await loadSearchContext()) as { json: Partial<SearchContextJson> };
    return { actors: json.actors ?? [], topics: json.topics ?? {}, topicArticles: json.topicArticles, sources: json.sources ?? {} };
  });
  labels.catch(() => (labels = undefined));
  return labels;
}

/** Planning and labels together, as the index wrote them (both loaded). */
export async function loadWholeContext(): Promise<SearchContext & { json: SearchContextJson }> {
  const [{ json, settle }, l] = await Promise.all([loadSearchContext(), loadSearchLabels()]);
  return { json: { ...json, ...l }, settle };
}

/**
 * The real paragraphs of a result: in its Pagefind fragment's meta (`p`), put there by the
 * indexer once Pagefind wrote the fragment (src/lib/search/fragment.ts), so they come with the
 * result's title, date and source — no file of their own to fetch. No text: an empty excerpt.
 */
async function articleText(meta: Partial<RecordMeta> | undefined): Promise<string[]> {
  const p = meta?.p;
  return Array.isArray(p) ? p.map(String) : [];
}

/**
 * Fetches the word-index chunk files the first search of `query` will read, in every bundle, as
 * soon as the query can be planned (kb-search.json in), so that Pagefind finds them in when the
 * index is open (src/lib/search/chunks.ts). The same searches the first results run: the words as
 * written and their concept. On /search/ Pagefind's worker fetches them itself (kept in memory,
 * inflated) and also runs the first results' Pagefind searches (relevance, no filters: the
 * words, their concept and, for two units or more, each unit alone, as rankQuery sends them) the
 * moment every shard is open, not once the page hears it is open and asks (the page's main
 * thread is busy then); elsewhere the page fetches the chunks and Pagefind's worker reads them
 * from the HTTP cache. Without `wordChunks` (an older index) no chunk is named; a miss costs a
 * request, never a result.
 */
export async function prefetchWordIndex(query: string, opts: { exact?: boolean; filters?: Filters; sort?: SortName } = {}): Promise<void> {
  const planOf = (ctx: KeyContext) => planQuery(query, ctx, { concepts: !opts.exact });
  // The query's word buckets, named from the query alone, fetched beside kb-search.json (the HTML
  // asked for it already): the first plan then waits for the slower of the two, not for one after
  // the other. A bucket the index did not write is a 404, read as empty.
  if (query.trim() && !context) {
    for (const b of firstReads(planOf)) {
      if (early.has(b)) continue;
      const got = fetchBucketFile(b);
      got.catch(() => undefined); // asked for again by the loader
      early.set(b, got);
    }
  }
  const planned = (async () => {
    const { json, settle } = await loadSearchContext();
    const plan = query.trim() ? await settle(planOf) : null;
    markContext();
    return { json, plan };
  })();
  contextReady ??= planned.then(() => undefined, () => undefined);
  const { json, plan } = await planned;
  if (!plan) return;
  const shards = json.shards?.length ? json.shards : [{ path: '', undated: false }];
  const chunks: string[] = [];
  const tables = json.wordChunks;
  const terms = pagefindTerms([plan.search, plan.concept?.search ?? ''].join(' '));
  if (tables && json.bundles && terms) {
    const lang = (globalThis.document?.documentElement.lang || 'unknown').toLowerCase();
    for (const [i, langs] of json.bundles.entries()) {
      const table = tables[pickLanguage(langs, lang)?.hash ?? ''];
      const folder = shards[i]?.path ? `${shards[i].path}/` : '';
      if (!table || shards[i] === undefined) continue;
      for (const hash of chunkFiles(table, terms)) chunks.push(siteUrl(`/pagefind/${folder}index/${hash}.pf_index`));
    }
  }
  const plain = !activeFilters(opts.filters) && (!opts.sort || opts.sort === 'relevance');
  const strings = [plan.search, plan.concept?.search ?? '', ...(plan.units.length >= 2 ? plan.units.map((u) => u.terms.join(' ')) : [])].filter(Boolean);
  const searches = plain ? [...new Set(strings)].flatMap((s) => relevanceSearches(s, shards.length > 1)) : [];
  if (boot().first?.(chunks, searches)) return;
  for (const url of chunks) void fetch(url).catch(() => undefined);
}

function activeFilters(f: Filters | undefined): Record<string, string[]> | undefined {
  const out = Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => v && v.length)) as Record<string, string[]>;
  return Object.keys(out).length ? out : undefined;
}

export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const loaded = loadSearchContext();
    // A large corpus is split into shards (one Pagefind bundle each); the first is pagefind/.
    const shards = loaded.then(({ json: j }): SearchShard[] => (j.shards?.length ? j.shards : [{ path: '', undated: false }]));
    const bundlePath = (s: SearchShard) => siteUrl(`/pagefind/${s.path ? `${s.path}/` : ''}`);
    const runtime = siteUrl('/pagefind/pagefind.js');
    // Each shard's date-order file, when the indexer moved its sorts out of the metadata.
    const lang = (globalThis.document?.documentElement.lang || 'unknown').toLowerCase();
    const orderFiles = loaded.then(({ json: j }) => (j.shards?.length ? j.shards : [{ path: '', undated: false }]).map((s, i) => {
      const hash = pickLanguage(j.bundles?.[i], lang)?.hash;
      return hash && j.sortOrders?.includes(hash) ? `${bundlePath(s)}${sortOrderFile(hash)}` : null;
    }));
    contextReady ??= loaded.then(markContext);
    const ready = contextReady;
    const [{ json, settle }, index] = await Promise.all([loaded, openShardedIndex({ moduleUrl: runtime, baseUrl: siteUrl('/'), shards, bundlePath, opened: boot().opened, cacheTag: boot().tag, orderFiles }).then(async (i) => (await ready, mark('index-open'), i))]);
    // Facet counts load the filter index, seconds of work at 10,000 articles: a second worker
    // (the same runtime under its own module URL) does it, so typing is never queued behind it.
    let facets: Promise<ShardedIndex> | undefined;
    const facetIndex = () => (facets ??= openShardedIndex({ moduleUrl: `${runtime}?facets`, baseUrl: siteUrl('/'), shards, bundlePath, loadFilters: true, cacheTag: boot().tag }));
    // Labels are fetched only when needed (facets, «did you mean»): after the first results.
    type Names = { byId: Map<string, SearchContextJson['actors'][number]>; json: SearchLabelsJson; forms: Map<string, string[]> };
    let names: Names | undefined;
    let naming: Promise<Names> | undefined;
    const named = () => (naming ??= loadSearchLabels().then((l) => (names = { byId: new Map(l.actors.map((a) => [a.id, a])), json: l, forms: aliasForms({ ...json, ...l }) })));
    return {
      json,
      settle,
      totals: async () => (await Promise.all([facetIndex().then((f) => f.filters()), named()]))[0],
      async counts(query, opts = {}) {
        const [facetsOf] = await Promise.all([facetIndex(), named()]);
        const concepts = !opts.exact;
        const { closed, open } = await settle((ctx) => ({ closed: planQuery(query, ctx, { concepts }), open: planQuery(query, ctx, { prefixLast: opts.typing, concepts }) }));
        const filters = activeFilters(opts.filters);
        if (!closed.search && !filters) return facetsOf.filters();
        // The first tier with results, in the order search ranks them: the words as written,
        // their concept, then the same with the last word as a prefix.
        let counts: Record<string, Record<string, number>> = {};
        for (const search of [closed.search, closed.concept?.search, open.prefix ? open.search : undefined, open.prefix ? open.concept?.search : undefined]) {
          if (search === undefined) continue;
          const res = await facetsOf.search(search, { filters });
          counts = res.counts;
          if (res.results.length) break;
        }
        return counts;
      },
      label(filter, value) {
        if (filter === 'actor') return names?.byId.get(value)?.name ?? value;
        if (filter === 'topic') return names?.json.topics[value] ?? value;
        if (filter === 'source') return names?.json.sources[value] ?? value;
        if (filter === 'story') return names?.json.stories?.[value] ?? value;
        return value;
      },
      async search(query, opts = {}) {
        const concepts = !opts.exact;
        const plans = await settle((ctx) => ({ closed: planQuery(query, ctx, { concepts }), open: planQuery(query, ctx, { prefixLast: opts.typing, concepts }) }));
        const filters = activeFilters(opts.filters);
        const hasFilters = !!filters;
        if (!plans.open.search && !hasFilters) return null;
        // One search string over every shard (one runtime, engine-shards.ts); the tiers
        // (src/lib/search/tiers.ts) run it for the exact words, the query's concept and, under
        // ten full matches, each word alone.
        const countsBySearch = new Map<string, Record<string, Record<string, number>>>();
        const run = async (search: string) => {
          const { results, counts } = await index.search(search, { filters, sort: opts.sort });
          countsBySearch.set(search, counts);
          return results;
        };
        const { plan, ranked, partialSkipped } = await rankQuery(plans, run, { total: json.total, partial: opts.partial });
        mark('ranked');
        const suggestion = ranked.length === 0 && query.trim() ? await named().then((n) => settle((ctx) => suggestActor(query, ctx, n.json.actors, n.forms))) : null;
        return {
          plan,
          total: ranked.length,
          full: ranked.filter((r) => r.tier !== 'partial').length,
          counts: countsBySearch.get(plan.search) ?? {},
          suggestion,
          partialSkipped,
          hits: async (from, to) => {
            // Marks and excerpts start once these hits are on screen: they read many words' buckets (all
            // of the word data, kb-words/all.json), which the first results must not wait for. A title's
            // marks alone read ~6 buckets a title (~80 KB for a first screen at 10k, one request each):
            // they are read in the excerpt's run, so one title and its text cost one fetch of the data.
            let placed!: () => void;
            const onScreen = new Promise<void>((resolve) => (placed = resolve)).then(nextPaint);
            const hits = await Promise.all(
              ranked.slice(from, to).map(async ({ result: r, tier, missing }) => {
                const d = (await r.data()) as { url: string; meta?: Partial<RecordMeta> };
                const title = String(d.meta?.title ?? d.url);
                const marked = onScreen
                  .then(() => articleText(d.meta))
                  .then((paragraphs) => settle((ctx) => ({ title: segments(title, matchRanges(title, plan, ctx)), excerpt: buildExcerpt(paragraphs, plan, ctx, 32) })));
                return {
                  url: d.url,
                  title,
                  titleSegments: marked.then((m) => m.title),
                  date: d.meta?.date ?? null,
                  source: d.meta?.source ?? null,
                  excerpt: marked.then((m) => m.excerpt),
                  tier,
                  missing,
                  fold: foldKey(d.meta, d.url),
                } satisfies Hit;
              }),
            );
            placed();
            return hits;
          },
        };
      },
    };
  })();
  return engine;
}

/** Resolves after the next paint (the caller has put its nodes in by then); a timer where there is no frame. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const raf = globalThis.requestAnimationFrame;
    if (raf && globalThis.document?.visibilityState !== 'hidden') raf(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** Result link that carries the query, so the article page can mark the matched words. */
export function hitHref(hit: Hit, query: string): string {
  const q = query.trim();
  return q ? `${hit.url}?highlight=${encodeURIComponent(q)}` : hit.url;
}
