// Cross-links computed from the Corpus: related articles, co-mentioned actors, the
// actors most present in a set of articles. Pure; pages only render the results.
import type { Corpus, CorpusArticle } from '../corpus/types';

export interface RelatedArticle {
  article: CorpusArticle;
  sharedActors: string[];
  sharedTopics: string[];
  score: number;
}

const dayMs = 86_400_000;
function dayGap(a?: string, b?: string): number {
  if (!a || !b) return Number.POSITIVE_INFINITY;
  return Math.abs(Date.parse(a) - Date.parse(b)) / dayMs;
}

/**
 * Articles sharing actors (2 points each) and topics (1 point each) with `article`,
 * best first; ties go to the article closest in time, then slug. The article itself,
 * its host and the articles embedded in it are left out (they are linked separately).
 */
export function relatedArticles(article: CorpusArticle, articles: CorpusArticle[], limit = 5): RelatedArticle[] {
  const actors = new Set(article.actorIds);
  const topics = new Set(article.topics.map((t) => t.id));
  const skip = new Set([article.slug, ...(article.via ? [article.via] : []), ...article.embedded]);
  const scored: RelatedArticle[] = [];
  for (const other of articles) {
    if (skip.has(other.slug) || other.via === article.slug) continue;
    const sharedActors = other.actorIds.filter((id) => actors.has(id));
    const sharedTopics = other.topics.map((t) => t.id).filter((id) => topics.has(id));
    const score = sharedActors.length * 2 + sharedTopics.length;
    if (score > 0) scored.push({ article: other, sharedActors, sharedTopics, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        dayGap(article.date, a.article.date) - dayGap(article.date, b.article.date) ||
        (a.article.slug < b.article.slug ? -1 : 1),
    )
    .slice(0, limit);
}

/** Previous (older) and next (newer) dated articles around `article` in corpus order. */
export function neighbours(article: CorpusArticle, articles: CorpusArticle[]): { older?: CorpusArticle; newer?: CorpusArticle } {
  if (!article.date) return {};
  const dated = articles.filter((a) => a.date);
  const i = dated.findIndex((a) => a.slug === article.slug);
  if (i < 0) return {};
  // corpus.articles is newest first: the next index is older.
  return { newer: dated[i - 1], older: dated[i + 1] };
}

export interface Count<T = string> {
  id: T;
  count: number;
}

function topCounts(counts: Map<string, number>, limit: number): Count[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

/** Actors appearing in the most of the given articles (each article counts once per actor). */
export function actorsIn(slugs: string[], corpus: Pick<Corpus, 'bySlug' | 'actors'>, limit = 12, exclude?: string): Count[] {
  const counts = new Map<string, number>();
  for (const slug of slugs) {
    for (const id of new Set(corpus.bySlug.get(slug)?.actorIds ?? [])) {
      if (id === exclude || !corpus.actors.has(id)) continue;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return topCounts(counts, limit);
}

/** Topics assigned to the most of the given articles. */
export function topicsIn(slugs: string[], corpus: Pick<Corpus, 'bySlug'>, limit = 8): Count[] {
  const counts = new Map<string, number>();
  for (const slug of slugs) {
    for (const t of corpus.bySlug.get(slug)?.topics ?? []) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
  }
  return topCounts(counts, limit);
}

/** The actors most often mentioned in the same articles as `actorId`. */
export function coMentionedActors(actorId: string, corpus: Pick<Corpus, 'bySlug' | 'actors' | 'actorArticles'>, limit = 10): Count[] {
  return actorsIn(corpus.actorArticles.get(actorId) ?? [], corpus, limit, actorId);
}
