// Glue of the build-time stages: linking, discovery, topics, sources, relations.
// Pure: it takes the articles and the curated data, returns the Corpus the pages render.
import type { ArticleDoc, Actor, Topic, TopicId } from '../types';
import type { Corpus, CorpusArticle, SourceRef } from './types';
import { articlePath } from '../site/url';

export interface CorpusInput {
  articles: ArticleDoc[];
  actors: Actor[];
  topics: Topic[];
  sources: SourceRef[];
}

/** Newest first; undated articles last, in slug order, so lists are stable across builds. */
export function compareArticles(a: { date?: string; slug: string }, b: { date?: string; slug: string }): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
}

export function buildCorpus(input: CorpusInput): Corpus {
  const articles: CorpusArticle[] = [...input.articles].sort(compareArticles).map((doc) => ({
    ...doc,
    url: articlePath(doc.slug),
    sentences: [],
    mentions: [],
    actorIds: [],
    topics: [],
    embedded: [],
    words: countWords(doc.paragraphs),
  }));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  for (const a of articles) {
    if (a.via) bySlug.get(a.via)?.embedded.push(a.slug);
  }
  return {
    articles,
    bySlug,
    actors: new Map(),
    actorArticles: new Map(),
    topics: input.topics,
    topicArticles: new Map<TopicId, string[]>(),
    sources: new Map(input.sources.map((s) => [s.id, s])),
    sourceArticles: new Map(),
    quotes: [],
    graph: { nodes: [], edges: [] },
    candidates: [],
  };
}
