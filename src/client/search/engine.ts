// Browser side of search: loads Pagefind and our key context lazily (first use only),
// rewrites the reader's query with the SAME code the index was built with, and turns
// Pagefind results into plain objects with excerpts cut from the article's real text.
import { contextFromJson, aliasForms, type SearchContextJson, type SearchShard } from '../../lib/search/context';
import { planQuery, type KeyContext, type QueryPlan } from '../../lib/search/keys';
import { buildExcerpt, matchRanges, segments, type Segment } from '../../lib/search/excerpt';
import { suggestActor, type Suggestion } from '../../lib/search/suggest';
import { CONTEXT_FILE, FILTER_NAMES, SORT_FIELDS, TEXT_DIR, TEXT_EXT, type ArticleTextFile, type FilterName, type RecordMeta } from '../../lib/search/record';
import { withBase } from '../../lib/url';

/** A site path ("/search/") as a URL under this build's base. */
export const siteUrl = (sitePath: string): string => withBase(import.meta.env.BASE_URL, sitePath);
export { FILTER_NAMES, type FilterName };
export type Filters = Partial<Record<FilterName, string[]>>;
export type SortName = 'relevance' | 'date' | 'oldest';

export interface Hit {
  url: string;
  title: string;
  titleSegments: Segment[];
  date: string | null;
  source: string | null;
  excerpt: Segment[];
}

export interface SearchOutcome {
  plan: QueryPlan;
  total: number;
  /** Loads hits [from, to) of the result list. */
  hits: (from: number, to: number) => Promise<Hit[]>;
  /** Counts per filter value within the current results. */
  counts: Record<string, Record<string, number>>;
  suggestion: Suggestion | null;
}

export interface Engine {
  json: SearchContextJson;
  ctx: KeyContext;
  search(query: string, opts?: { filters?: Filters; sort?: SortName; typing?: boolean }): Promise<SearchOutcome | null>;
  label(filter: FilterName, value: string): string;
  /** Counts per filter value over the whole corpus. */
  totals(): Promise<Record<string, Record<string, number>>>;
  /**
   * Facet counts for a query. Counting costs seconds at 10,000 articles, so it runs in a
   * second Pagefind instance (its own module URL) that alone loads the filter index: the
   * instance that answers keystrokes never pays for it.
   */
  counts(query: string, opts?: { filters?: Filters; sort?: SortName; typing?: boolean }): Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<Engine> | undefined;

/**
 * The real paragraphs of a result (pagefind/kb-text/<k>.kbt, gzipped JSON written by
 * src/indexer/write.ts), fetched only for the hits shown. A host that already
 * decompressed it (or a missing file) is handled; no text means an empty excerpt.
 */
async function articleText(key: string | undefined): Promise<string[]> {
  if (!key) return [];
  try {
    const res = await fetch(siteUrl(`/pagefind/${TEXT_DIR}/${encodeURIComponent(key)}${TEXT_EXT}`));
    if (!res.ok) return [];
    const bytes = new Uint8Array(await res.arrayBuffer());
    let json: string;
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      json = await new Response(stream).text();
    } else json = new TextDecoder().decode(bytes);
    const p = (JSON.parse(json) as Partial<ArticleTextFile> | null)?.p;
    return Array.isArray(p) ? p.map(String) : [];
  } catch {
    return [];
  }
}

function activeFilters(f: Filters | undefined): Record<string, string[]> | undefined {
  const out = Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => v && v.length)) as Record<string, string[]>;
  return Object.keys(out).length ? out : undefined;
}

/** Sums per-filter value counts of several shards. */
function sumCounts(parts: Array<Record<string, Record<string, number>> | undefined>): Record<string, Record<string, number>> {
  if (parts.length === 1) return parts[0] ?? {};
  const out: Record<string, Record<string, number>> = {};
  for (const part of parts)
    for (const [f, values] of Object.entries(part ?? {})) {
      const into = (out[f] ??= {});
      for (const [v, n] of Object.entries(values)) into[v] = (into[v] ?? 0) + n;
    }
  return out;
}

/**
 * One result list from the shards' (docs/search.md): by score for relevance; for a date sort
 * the shards are date ranges, so their lists are concatenated in range order (reversed for
 * oldest first), the undated shard always last. With one shard this is Pagefind's own list.
 */
function mergeResults(parts: any[], shards: SearchShard[], sort: SortName | undefined): any[] {
  const lists = parts.map((p) => (p?.results ?? []) as any[]);
  if (lists.length === 1) return lists[0];
  if (!sort || sort === 'relevance') return lists.flat().sort((a, b) => b.score - a.score);
  const dated = shards.map((_shard, i) => i).filter((i) => !shards[i].undated);
  const undated = shards.map((_shard, i) => i).filter((i) => shards[i].undated);
  if (sort === 'oldest') dated.reverse();
  return [...dated, ...undated].flatMap((i) => lists[i]);
}

/**
 * Pagefind ignores a query term its index lacks. One index lacking a term is right (a typo
 * must not empty the results), but a shard lacking a term that another shard has would add
 * pages the whole corpus's index would not return. Such shards must answer nothing: true
 * for each shard to leave out. Only multi-word queries over several shards pay for this.
 */
async function shardsLackingTerms(pfs: any[], search: string): Promise<boolean[]> {
  const terms = search.split(/\s+/).filter(Boolean);
  if (pfs.length < 2 || terms.length < 2) return pfs.map(() => false);
  const has = await Promise.all(pfs.map((pf) => Promise.all(terms.map(async (t) => ((await pf.search(t))?.results?.length ?? 0) > 0))));
  const anywhere = terms.map((_, i) => has.some((h) => h[i]));
  return has.map((h) => h.some((found, i) => anywhere[i] && !found));
}

/** Each shard's answer, with those that lack a term the others have left empty. */
async function searchShards(pfs: any[], search: string, options: object): Promise<any[]> {
  const [parts, lacking] = await Promise.all([
    Promise.all(pfs.map((pf) => pf.search(search || null, options))),
    shardsLackingTerms(pfs, search),
  ]);
  return parts.map((p, i) => (lacking[i] ? { results: [], filters: {} } : p));
}

export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const bundle = (s: SearchShard, facets = false) => siteUrl(`/pagefind/${s.path ? `${s.path}/` : ''}pagefind.js${facets ? '?facets' : ''}`);
    const open = async (url: string) => {
      const pf = await import(/* @vite-ignore */ url);
      await pf.options({ baseUrl: siteUrl('/') });
      return pf;
    };
    const [main, json] = await Promise.all([
      open(bundle({ path: '', undated: false })),
      fetch(siteUrl(`/pagefind/${CONTEXT_FILE}`)).then((r) => r.json() as Promise<SearchContextJson>),
    ]);
    // A large corpus is split into shards (one Pagefind bundle each); the first is pagefind/.
    const shards: SearchShard[] = json.shards?.length ? json.shards : [{ path: '', undated: false }];
    const instances = [main, ...(await Promise.all(shards.slice(1).map((s) => open(bundle(s)))))];
    const ctx = contextFromJson(json);
    let facets: Promise<any[]> | undefined;
    const facetIndex = () =>
      (facets ??= Promise.all(
        shards.map(async (s) => {
          const pf = await open(bundle(s, true));
          await pf.filters();
          return pf;
        }),
      ));
    const byId = new Map(json.actors.map((a) => [a.id, a]));
    const forms = aliasForms(json);
    const allFilters = async () => sumCounts(await Promise.all((await facetIndex()).map((pf) => pf.filters())));
    return {
      json,
      ctx,
      totals: allFilters,
      async counts(query, opts = {}) {
        const pfs = await facetIndex();
        const plan = planQuery(query, ctx, { prefixLast: opts.typing });
        const filters = activeFilters(opts.filters);
        if (!plan.search && !filters) return allFilters();
        const parts = await searchShards(pfs, plan.search, { filters });
        return sumCounts(parts.map((res) => res?.filters ?? {}));
      },
      label(filter, value) {
        if (filter === 'actor') return byId.get(value)?.name ?? value;
        if (filter === 'topic') return json.topics[value] ?? value;
        if (filter === 'source') return json.sources[value] ?? value;
        return value;
      },
      async search(query, opts = {}) {
        const plan = planQuery(query, ctx, { prefixLast: opts.typing });
        const filters = activeFilters(opts.filters);
        const hasFilters = !!filters;
        if (!plan.search && !hasFilters) return null;
        const sort = opts.sort === 'date' ? { [SORT_FIELDS.newest]: 'desc' } : opts.sort === 'oldest' ? { [SORT_FIELDS.oldest]: 'asc' } : undefined;
        const parts = await searchShards(instances, plan.search, { filters: hasFilters ? filters : undefined, sort });
        const results = mergeResults(parts, shards, opts.sort);
        const suggestion = results.length === 0 && query.trim() ? suggestActor(query, ctx, json.actors, forms) : null;
        return {
          plan,
          total: results.length,
          counts: sumCounts(parts.map((res) => res?.filters ?? {})),
          suggestion,
          hits: (from, to) =>
            Promise.all(
              results.slice(from, to).map(async (r) => {
                const d = (await r.data()) as { url: string; meta?: Partial<RecordMeta> };
                const paragraphs = await articleText(d.meta?.k);
                const title = String(d.meta?.title ?? d.url);
                return {
                  url: d.url,
                  title,
                  titleSegments: segments(title, matchRanges(title, plan, ctx)),
                  date: d.meta?.date ?? null,
                  source: d.meta?.source ?? null,
                  excerpt: buildExcerpt(paragraphs, plan, ctx, 32),
                } satisfies Hit;
              }),
            ),
        };
      },
    };
  })();
  return engine;
}

/** Result link that carries the query, so the article page can mark the matched words. */
export function hitHref(hit: Hit, query: string): string {
  const q = query.trim();
  return q ? `${hit.url}?highlight=${encodeURIComponent(q)}` : hit.url;
}
