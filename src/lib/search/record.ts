// What Pagefind indexes for one article: a small synthetic HTML page (never served) whose
// body is the key stream — title in <h1> (weighted), paragraphs in <p> — with filters,
// sort keys and the real text as metadata outside the indexed body.
//
// This file is also the contract with the browser (src/client/search/engine.ts): the filter
// names, the meta fields of a record, the sort fields, the text files and the context file
// are declared here once and imported by both sides.
import type { CorpusArticle } from '../corpus/types';
import { indexKeys, type KeyContext } from './keys';
import { topicConceptKeys, type TopicConcepts } from './topicConcepts';

/** The search context (SearchContextJson, ./context.ts) beside the Pagefind bundle: pagefind/kb-search.json. */
export const CONTEXT_FILE = 'kb-search.json';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Sort keys: newest first puts undated articles last, and so does oldest first. */
export const UNDATED_DESC = '0000-00-00';
export const UNDATED_ASC = '9999-12-31';

/**
 * The article's real text (its paragraphs, for excerpts and highlights) goes into the result's
 * Pagefind fragment, as meta `p`, once Pagefind has written it (fragment.ts): it arrives with the
 * result's title. The record's meta `k` (textKey) names whose text a fragment gets; it was the
 * name of a file of its own per article before (pagefind/kb-text/<k>.kbt, issue 18).
 *
 * The key of an article's text: its slug when file-safe, else a stable hash of it.
 */
export function textKey(a: { slug: string }): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(a.slug)) return a.slug;
  let h = 0x811c9dc5;
  for (let i = 0; i < a.slug.length; i++) h = Math.imul(h ^ a.slug.charCodeAt(i), 0x01000193) >>> 0;
  return `h${h.toString(36)}-${a.slug.length}`;
}

/** The article's text as the indexer keeps it between runs (gzipped in the record cache). */
export function textJson(a: { paragraphs: string[] }): string {
  const file: ArticleTextFile = { p: a.paragraphs };
  return JSON.stringify(file);
}

/** The facets of the search page, in the order it shows them. */
export const FILTER_NAMES = ['actor', 'topic', 'source', 'year', 'story'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type RecordFilters = Record<FilterName, string[]>;

/** Pagefind meta fields of a record: what a result shows without loading the article. */
export interface RecordMeta {
  title: string;
  /** The key of the article's text file (textKey). */
  k: string;
  date?: string;
  source?: string;
  /** A same-text copy: the text key of its canonical article, which results fold under (story-facet.ts). */
  g?: string;
  /** The article's paragraphs: not indexed, put into the fragment after Pagefind wrote it (fragment.ts). */
  p?: string[];
}

/** Pagefind sort fields of a record: `date` newest first, `oldest` oldest first (undated last in both). */
export const SORT_FIELDS = { newest: 'date', oldest: 'oldest' } as const;

/** An article's text (textJson): its paragraphs. */
export interface ArticleTextFile {
  p: string[];
}

/**
 * What one record needs, whichever way the article was read (the corpus in tests and
 * benchmarks, the site's own export dist/data/articles/part-<n>.json.br in the build).
 */
export interface SearchDoc {
  slug: string;
  url: string;
  title: string;
  date?: string | null;
  /** Source name as displayed. */
  source?: string | null;
  paragraphs: string[];
  filters: RecordFilters;
  /** Slug of the canonical article when this one is a same-text copy of it. */
  sameTextAs?: string | null;
}

/** `story` and `sameTextAs` come from the corpus's story index (corpusDocs). */
export function docFromArticle(a: CorpusArticle, stories: { story?: string; sameTextAs?: string } = {}): SearchDoc {
  return { slug: a.slug, url: a.url, title: a.title, date: a.date, source: a.source, paragraphs: a.paragraphs, filters: articleFilters(a, stories.story), sameTextAs: stories.sameTextAs ?? null };
}

export function articleFilters(a: CorpusArticle, story?: string): RecordFilters {
  const source = a.outlet?.id ?? a.source;
  return {
    actor: [...a.actorIds],
    topic: a.topics.map((t) => t.id),
    source: source ? [source] : [],
    year: a.date ? [a.date.slice(0, 4)] : [],
    story: story ? [story] : [],
  };
}

function filterSpans(filters: RecordFilters): string {
  return Object.entries(filters)
    .flatMap(([name, values]) => values.map((v: string) => `<span data-pagefind-filter="${name}">${escapeHtml(v)}</span>`))
    .join('');
}

function metaSpans(a: SearchDoc): string {
  // The real text is NOT a meta field here: in Pagefind's service it doubled the peak memory and
  // the indexing time. It is put into the written fragment afterwards, by `k` (fragment.ts).
  const meta: RecordMeta = { title: a.title, k: textKey(a) };
  if (a.date) meta.date = a.date;
  if (a.source) meta.source = a.source;
  if (a.sameTextAs) meta.g = textKey({ slug: a.sameTextAs });
  return Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${k}">${escapeHtml(v)}</span>`).join('');
}

/**
 * Which sort keys a record carries. One bundle mixes dated and undated articles: `date`
 * (undated = 0000-00-00) and `oldest` (undated = 9999-12-31) keep undated ones last both
 * ways. A sharded index has dated shards, sorted both ways by `date` alone, and undated
 * shards that need no key: each key costs the reader metadata to download.
 */
export type RecordSorts = 'both' | 'date' | 'none';

function sortSpans(a: SearchDoc, sorts: RecordSorts): string {
  if (sorts === 'none') return '';
  const newest = `<span data-pagefind-sort="${SORT_FIELDS.newest}">${a.date ?? UNDATED_DESC}</span>`;
  return sorts === 'date' ? newest : newest + `<span data-pagefind-sort="${SORT_FIELDS.oldest}">${a.date ?? UNDATED_ASC}</span>`;
}

/** Pagefind weight of the concepts an article's topics carry (a word of the text weighs 1). */
export const TOPIC_CONCEPT_WEIGHT = 0.25;

/**
 * The indexed body of the keyed record (title and paragraphs as search keys): the costly part
 * of a record, which the indexer keeps between runs by the article's hash (src/indexer/recordCache.ts).
 */
export function keyedRecordBody(a: Pick<SearchDoc, 'title' | 'paragraphs'> & { filters?: Pick<RecordFilters, 'topic'> }, ctx: KeyContext, topicConcepts?: TopicConcepts): string {
  const weak: string[] = [];
  const title = indexKeys(a.title, ctx, weak).join(' ');
  const body = a.paragraphs.map((p) => `<p>${indexKeys(p, ctx, weak).join(' ')}</p>`).join('');
  // The concepts of the article's assigned topics (topicConcepts.ts), once, after its text, at a
  // low weight: within the concept tier a page whose text says the concept comes first. The
  // keys words had before their hamza reading (keys.ts hamzaReading: الألغاز → غاز) sit there
  // too: «الغاز» still reaches a page of riddles, but after every page that says gas.
  const carried = topicConcepts && a.filters ? topicConceptKeys(a.filters.topic, topicConcepts) : [];
  const low = [...carried, ...new Set(weak)];
  return `<h1 data-pagefind-weight="7">${title}</h1>${body}${low.length ? `<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">${low.join(' ')}</p>` : ''}`;
}

/** The keyed record: what the site's search uses. `body`: keyedRecordBody(a, ctx, …), when already made. */
export function keyedRecordHtml(a: SearchDoc, ctx: KeyContext, sorts: RecordSorts = 'both', body = keyedRecordBody(a, ctx)): string {
  return (
    `<!doctype html><html lang="ar"><body>` +
    `<main data-pagefind-body>${body}</main>` +
    `<footer>${metaSpans(a)}${filterSpans(a.filters)}${sortSpans(a, sorts)}</footer>` +
    `</body></html>`
  );
}

/** The indexed body of the plain record. */
export function plainRecordBody(a: Pick<SearchDoc, 'title' | 'paragraphs'>): string {
  const body = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return `<h1>${escapeHtml(a.title)}</h1>${body}`;
}

/** The same article as plain Pagefind would see it (baseline for measurements). `body`: plainRecordBody(a), when already made. */
export function plainRecordHtml(a: SearchDoc, sorts: RecordSorts = 'both', body = plainRecordBody(a)): string {
  return (
    `<!doctype html><html lang="ar"><body>` +
    `<main data-pagefind-body>${body}</main>` +
    `<footer>${filterSpans(a.filters)}${sortSpans(a, sorts)}</footer>` +
    `</body></html>`
  );
}
