// Machine-readable exports published beside the pages (formats: docs/architecture.md).
import type { Corpus, CorpusArticle } from './types';
import type { RelationGraph, TopicHit } from '../types';
import { storyPath } from '../url';
import { compareArticles } from './buildCorpus';

export interface ArticleExport {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  source: string | null;
  agency: string | null;
  raw: string;
  via: string | null;
  /** The saved web page's own URL (canonical), when the article came from one. */
  url_original?: string | null;
  actors: { id: string; name: string; type: string; en: string }[];
  /** Each topic with its evidence: the lexicon phrase, where it was found, the words as written. */
  topics: { id: string; name: string; evidence?: TopicHit[] }[];
  paragraphs: string[];
  /** Id of the story (same event across outlets) the article belongs to; null when alone. */
  story?: string | null;
  /** Slug of the canonical article when this one is a copy of its text; null otherwise (and for the canonical). */
  same_text_as?: string | null;
}

/**
 * `url` is the site path joined to the deployment base (and site origin when known).
 * `articles` is a slice of the corpus's (one part of the export, below); all of them by default.
 */
export function exportArticles(corpus: Corpus, toUrl: (sitePath: string) => string, articles: readonly CorpusArticle[] = corpus.articles): ArticleExport[] {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.name]));
  const copies = copiesOf(corpus);
  return articles.map((a) => ({
    slug: a.slug,
    url: toUrl(a.url),
    title: a.title,
    date: a.date ?? null,
    source: a.source ?? null,
    agency: a.agency ?? null,
    raw: a.raw,
    via: a.via ?? null,
    url_original: a.url_original ?? null,
    actors: a.actorIds.flatMap((id) => {
      const actor = corpus.actors.get(id);
      return actor ? [{ id, name: actor.name, type: actor.type, en: actor.en }] : [];
    }),
    topics: a.topics.map((t) => ({ id: t.id, name: topicNames.get(t.id) ?? t.id, evidence: t.evidence ?? [] })),
    paragraphs: a.paragraphs,
    story: corpus.stories.storyOf.get(a.slug) ?? null,
    same_text_as: copies.get(a.slug) ?? null,
  }));
}

/**
 * The articles export is published in parts of at most this many articles, each compressed: one
 * file of every article passes the per-file limit of static hosts (Cloudflare Pages: 25 MiB)
 * near 20,000 articles even compressed, and a whole-corpus string V8's (~512 MB) near 120,000.
 * ~0.6 KB per article in Brotli (synthetic articles): a part is ~1.2 MB. The size is what a
 * daily update writes again (the newest dated part and the newest undated part, each up to this
 * size): 10,000 until session 20 made an update at 10k write all 16,900 rows (docs/scale.md «The
 * Astro part of a daily update, session 20»).
 */
export const ARTICLES_PER_PART = 2_000;

/** What a part of the articles export is published as: its rows in JSON or CSV, and its articles per actor. */
export type ArticlePartKind = 'json' | 'csv' | 'actors';

/** Site path of part `n` (see `ArticlePart.n`) of the articles export. */
export function articlePartPath(n: string, kind: ArticlePartKind): string {
  return `/data/articles/${articlePartFile(n, kind)}`;
}

/** File name of part `n`, relative to the parts' index (/data/articles/index.json). */
export function articlePartFile(n: string, kind: ArticlePartKind): string {
  // JSON in Brotli, CSV in gzip (src/astro/exports.ts).
  return kind === 'actors' ? `part-${n}.actors.json.br` : kind === 'json' ? `part-${n}.json.br` : `part-${n}.csv.gz`;
}

/** What the parts' layout reads of an article. */
export interface PartArticle { slug: string; date?: string | null; via?: string | null }

export interface ArticlePart<T> {
  /**
   * The part's name in its file names: `<n>` for a part of dated articles, `undated-<n>` for one
   * of undated articles, each numbered from its oldest part (1).
   */
  n: string;
  articles: T[];
}

/**
 * The export's order: the dated articles in site order (newest first), then the undated ones by
 * their host page's date (an embedded article's `via`), newest first, those without a dated host
 * last, each in slug order. The search indexer needs newest first and undated last
 * (src/indexer/write.ts); within the undated the host's date places a day's embedded articles
 * beside each other at the newest end, where a daily update adds them. `articles` is in site order.
 */
export function exportOrder<T extends PartArticle>(articles: readonly T[]): { dated: T[]; undated: T[] } {
  const dateOf = new Map(articles.map((a) => [a.slug, a.date]));
  const hostDate = (a: T) => (a.via ? dateOf.get(a.via) ?? undefined : undefined);
  const undated = articles.filter((a) => !a.date).map((a) => ({ a, key: { slug: a.slug, date: hostDate(a) } }));
  undated.sort((x, y) => compareArticles(x.key, y.key));
  return { dated: articles.filter((a) => a.date), undated: undated.map((u) => u.a) };
}

/** `list` cut into parts of `size` counted from its oldest (last) end, the newest part first. */
function cutFromOldest<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  const first = list.length % size || size;
  for (let i = 0; i < list.length; i = i === 0 ? first : i + size) out.push(list.slice(i, i === 0 ? first : i + size));
  return out;
}

/**
 * The articles in the export's order (`exportOrder`) cut into parts of `size`, the dated and the
 * undated apart, each counted from its oldest end: every part but the newest of each is full, so
 * a day's new articles (dated, or embedded in a page of the day) change the newest part of each
 * and the older parts keep their bytes (a host that uploads by content skips them; an incremental
 * build does not write them again). Newest dated part first, the oldest undated part last.
 */
export function articleParts<T extends PartArticle>(articles: readonly T[], size = ARTICLES_PER_PART): ArticlePart<T>[] {
  const { dated, undated } = exportOrder(articles);
  const named = (parts: T[][], prefix: string) => parts.map((p, i) => ({ n: `${prefix}${parts.length - i}`, articles: p }));
  return [...named(cutFromOldest(dated, size), ''), ...named(cutFromOldest(undated, size), 'undated-')];
}

export interface ArticlePartsIndex {
  /** Articles in all parts. */
  articles: number;
  per_part: number;
  /** In the export's order (newest dated part first, then the undated parts); `json`, `csv` and `actors` (each actor's articles in the part) are file names beside this index; `from`/`to` the oldest and newest dates in the part. */
  parts: { json: string; csv: string; actors: string; articles: number; from: string | null; to: string | null }[];
}

/** /data/articles/index.json: what the parts of the articles export are (docs/architecture.md «Exports»). */
export function articlePartsIndex<T extends PartArticle>(parts: readonly ArticlePart<T>[], size = ARTICLES_PER_PART): ArticlePartsIndex {
  return {
    articles: parts.reduce((n, p) => n + p.articles.length, 0),
    per_part: size,
    parts: parts.map(({ n, articles }) => {
      const dates = articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
      return { json: articlePartFile(n, 'json'), csv: articlePartFile(n, 'csv'), actors: articlePartFile(n, 'actors'), articles: articles.length, from: dates[0] ?? null, to: dates.at(-1) ?? null };
    }),
  };
}

/** slug → canonical slug, for every copy that is not itself the canonical. */
function copiesOf(corpus: Corpus): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of corpus.stories.groups) for (const m of g.members) if (m !== g.canonical) out.set(m, g.canonical);
  return out;
}

export interface StoryExport {
  id: string;
  url: string;
  title: string;
  founder: string;
  first_date: string | null;
  last_date: string | null;
  outlets: string[];
  actors: string[];
  topics: string[];
  /** Every article, oldest first (undated last), with the canonical slug of its text when it is a copy. */
  articles: { slug: string; title: string; date: string | null; source: string | null; same_text_as: string | null }[];
  /** The same-text groups inside the story: canonical first. */
  same_text: { id: string; canonical: string; members: string[] }[];
}

/** The stories, newest first (docs/architecture.md «Exports»). */
export function exportStories(corpus: Corpus, toUrl: (sitePath: string) => string): StoryExport[] {
  const groups = new Map(corpus.stories.groups.map((g) => [g.id, g]));
  const copies = copiesOf(corpus);
  return corpus.stories.stories.map((s) => ({
    id: s.id,
    url: toUrl(storyPath(s.id)),
    title: s.title,
    founder: s.founder,
    first_date: s.firstDate,
    last_date: s.lastDate,
    outlets: s.outlets,
    actors: s.actorIds,
    topics: s.topicIds,
    articles: s.articles.map((slug) => {
      const a = corpus.bySlug.get(slug);
      return { slug, title: a?.title ?? slug, date: a?.date ?? null, source: a?.source ?? null, same_text_as: copies.get(slug) ?? null };
    }),
    same_text: s.sameText.flatMap((id) => {
      const g = groups.get(id);
      return g ? [{ id: g.id, canonical: g.canonical, members: g.members }] : [];
    }),
  }));
}

/**
 * /data/actors.json.br: every actor, with how many articles name it. The articles themselves
 * are listed per part of the articles export (`actorArticlesOfPart`): one whole-corpus list of
 * every actor's articles would grow with the corpus (~40 MB gzipped at 166,000 articles, past
 * a static host's 25 MiB per file), while the actors do not.
 */
export function exportActors(corpus: Corpus, toUrl: (sitePath: string) => string) {
  return [...corpus.actors.values()].map((actor) => ({
    id: actor.id,
    type: actor.type,
    name: actor.name,
    en: actor.en,
    aliases: actor.aliases,
    role: actor.role ?? null,
    affiliation: actor.affiliation ?? null,
    wikidata: actor.wikidata ?? null,
    discovered: actor.discovered ?? false,
    url: toUrl(`/actors/${actor.id}/`),
    article_count: corpus.actorArticles.get(actor.id)?.length ?? 0,
  }));
}

/**
 * part-<n>.actors.json.br: actor id → the slugs of the part's articles that name the actor, in
 * site order, for the actors named in the part (in the order of actors.json.br). Bounded by the
 * part's size whatever the corpus, and, like the part, unchanged by newer articles.
 */
export function actorArticlesOfPart(corpus: Corpus, part: readonly CorpusArticle[]): Record<string, string[]> {
  const byActor = new Map<string, string[]>([...corpus.actors.keys()].map((id) => [id, []]));
  for (const a of part) for (const id of new Set(a.actorIds)) byActor.get(id)?.push(a.slug);
  return Object.fromEntries([...byActor].filter(([, slugs]) => slugs.length > 0));
}

export function exportTopics(corpus: Corpus, toUrl: (sitePath: string) => string) {
  return corpus.topics.map((t) => ({
    id: t.id,
    name: t.name,
    en: t.en,
    url: toUrl(`/topics/${t.id}/`),
    articles: corpus.topicArticles.get(t.id) ?? [],
  }));
}

function csvCell(value: string): string {
  // Cells starting with = + - @ would run as formulas in a spreadsheet: quote them inert.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_HEADER = ['slug', 'url', 'title', 'date', 'source', 'agency', 'via', 'actor_ids', 'actor_names', 'topic_ids', 'words', 'url_original'];

/** The cells of the CSV export's rows, one row per article (of `articles`, all by default). */
export function articlesCsvRows(corpus: Corpus, toUrl: (sitePath: string) => string, articles: readonly CorpusArticle[] = corpus.articles): string[][] {
  return articles.map((a: CorpusArticle) => [
    a.slug,
    toUrl(a.url),
    a.title,
    a.date ?? '',
    a.source ?? '',
    a.agency ?? '',
    a.via ?? '',
    a.actorIds.join(' '),
    a.actorIds.map((id) => corpus.actors.get(id)?.name ?? id).join('؛ '),
    a.topics.map((t) => t.id).join(' '),
    String(a.words),
    a.url_original ?? '',
  ]);
}

/** CSV text (header, then the rows) for people who work in spreadsheets. */
export function csvText(rows: readonly string[][]): string {
  // A BOM so spreadsheet programs open the Arabic as UTF-8.
  return `\uFEFF${[CSV_HEADER.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n')}\r\n`;
}

/** One row per article with its actors and topics, as one CSV text. */
export function exportArticlesCsv(corpus: Corpus, toUrl: (sitePath: string) => string): string {
  return csvText(articlesCsvRows(corpus, toUrl));
}

/**
 * graph.json's text (the whole RelationGraph, compact) in pieces of about `chunkChars`
 * characters whose concatenation is JSON.stringify(graph): at 100,000 articles the whole text
 * would pass V8's longest string (~512 MB), so /data/graph.json.br is compressed piece by piece.
 */
export function* graphJsonParts(graph: RelationGraph, chunkChars = 1 << 20): Generator<string> {
  let buf = '{"nodes":[';
  const items = (list: unknown[]) => function* () {
    for (let i = 0; i < list.length; i++) {
      buf += (i ? ',' : '') + JSON.stringify(list[i]);
      if (buf.length >= chunkChars) { yield buf; buf = ''; }
    }
  };
  yield* items(graph.nodes)();
  buf += '],"edges":[';
  yield* items(graph.edges)();
  buf += ']}';
  yield buf;
}

/**
 * A JSON array's text in pieces of about `chunkChars` characters whose concatenation is
 * JSON.stringify(items): never one JS string, which V8 caps at ~512 M characters (the articles
 * export reached 74.6 M characters at 16,600 articles), and never the whole text in memory when
 * the pieces are compressed as they come.
 */
export function* jsonArrayParts(items: readonly unknown[], chunkChars = 1 << 20): Generator<string> {
  let buf = '[';
  for (let i = 0; i < items.length; i++) {
    buf += (i ? ',' : '') + JSON.stringify(items[i]);
    if (buf.length >= chunkChars) { yield buf; buf = ''; }
  }
  yield `${buf}]`;
}
