// Browser side of search: loads Pagefind and our key context lazily (first use only),
// rewrites the reader's query with the SAME code the index was built with, and turns
// Pagefind results into plain objects with excerpts cut from the article's real text.
import { contextFromJson, aliasForms, type SearchContextJson } from '../../lib/search/context';
import { planQuery, type KeyContext, type QueryPlan } from '../../lib/search/keys';
import { buildExcerpt, matchRanges, segments, type Segment } from '../../lib/search/excerpt';
import { suggestActor, type Suggestion } from '../../lib/search/suggest';
import { PARAGRAPH_SEPARATOR } from '../../lib/search/record';

export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
export const FILTER_NAMES = ['actor', 'topic', 'source', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
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

function activeFilters(f: Filters | undefined): Record<string, string[]> | undefined {
  const out = Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => v && v.length)) as Record<string, string[]>;
  return Object.keys(out).length ? out : undefined;
}

export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [pagefind, json] = await Promise.all([
      import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`),
      fetch(`${BASE}pagefind/kb-search.json`).then((r) => r.json() as Promise<SearchContextJson>),
    ]);
    await pagefind.options({ baseUrl: BASE });
    const ctx = contextFromJson(json);
    let facets: Promise<any> | undefined;
    const facetIndex = () =>
      (facets ??= (async () => {
        const pf = await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js?facets`);
        await pf.options({ baseUrl: BASE });
        await pf.filters();
        return pf;
      })());
    const byId = new Map(json.actors.map((a) => [a.id, a]));
    const forms = aliasForms(json);
    return {
      json,
      ctx,
      totals: async () => (await facetIndex()).filters(),
      async counts(query, opts = {}) {
        const pf = await facetIndex();
        const plan = planQuery(query, ctx, { prefixLast: opts.typing });
        const filters = activeFilters(opts.filters);
        if (!plan.search && !filters) return pf.filters();
        const res = await pf.search(plan.search || null, { filters });
        return res?.filters ?? {};
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
        const sort = opts.sort === 'date' ? { date: 'desc' } : opts.sort === 'oldest' ? { oldest: 'asc' } : undefined;
        const res = await pagefind.search(plan.search || null, { filters: hasFilters ? filters : undefined, sort });
        const results: any[] = res?.results ?? [];
        const suggestion = results.length === 0 && query.trim() ? suggestActor(query, ctx, json.actors, forms) : null;
        return {
          plan,
          total: results.length,
          counts: res?.filters ?? {},
          suggestion,
          hits: (from, to) =>
            Promise.all(
              results.slice(from, to).map(async (r) => {
                const d = await r.data();
                const paragraphs = String(d.meta?.text ?? '').split(PARAGRAPH_SEPARATOR);
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
