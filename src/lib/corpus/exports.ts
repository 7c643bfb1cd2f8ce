// Machine-readable exports published beside the pages (formats: docs/architecture.md).
import type { Corpus, CorpusArticle } from './types';
import type { RelationGraph, TopicHit } from '../types';
import { storyPath } from '../url';

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

/** `url` is the site path joined to the deployment base (and site origin when known). */
export function exportArticles(corpus: Corpus, toUrl: (sitePath: string) => string): ArticleExport[] {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.name]));
  const copies = copiesOf(corpus);
  return corpus.articles.map((a) => ({
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
    articles: corpus.actorArticles.get(actor.id) ?? [],
  }));
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

/** One row per article with its actors and topics, for people who work in spreadsheets. */
export function exportArticlesCsv(corpus: Corpus, toUrl: (sitePath: string) => string): string {
  const header = ['slug', 'url', 'title', 'date', 'source', 'agency', 'via', 'actor_ids', 'actor_names', 'topic_ids', 'words', 'url_original'];
  const rows = corpus.articles.map((a: CorpusArticle) =>
    [
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
    ].map(csvCell).join(','),
  );
  // A BOM so spreadsheet programs open the Arabic as UTF-8.
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * graph.json's text (the whole RelationGraph, compact) in pieces of about `chunkChars`
 * characters whose concatenation is JSON.stringify(graph): at 100,000 articles the whole text
 * would pass V8's longest string (~512 MB), so /data/graph.json.gz is compressed piece by piece.
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
 * A JSON array as UTF-8 bytes, encoded in pieces: the same bytes as JSON.stringify(items), but
 * never one JS string, which V8 caps at ~512 M characters (articles.json reaches it near
 * 120,000 articles: 74.6 M characters at 16,600).
 */
export function jsonArrayBytes(items: readonly unknown[], chunkChars = 1 << 22): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let buf = '[';
  for (let i = 0; i < items.length; i++) {
    buf += (i ? ',' : '') + JSON.stringify(items[i]);
    if (buf.length >= chunkChars) { pieces.push(encoder.encode(buf)); buf = ''; }
  }
  pieces.push(encoder.encode(buf + ']'));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) { out.set(p, at); at += p.length; }
  return out;
}
