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
const days = new Map<string, number>();
function dayNumber(date: string): number {
  let d = days.get(date);
  if (d === undefined) days.set(date, (d = Date.parse(date) / dayMs));
  return d;
}
function dayGap(a?: string, b?: string): number {
  if (!a || !b) return Number.POSITIVE_INFINITY;
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/** Posting lists longer than this (an actor in most articles, like روسيا) add candidates only as a last resort. */
export const MAX_POSTING = 400;
/** Articles scored per page at most; the rarest shared actors and topics are looked at first. */
export const MAX_CANDIDATES = 300;

interface RelatedIndex {
  byKey: Map<string, CorpusArticle[]>;
  dated: CorpusArticle[];
  datedPosition: Map<string, number>;
}

const indexes = new WeakMap<CorpusArticle[], RelatedIndex>();

// Built once per article list, so every article page looks up candidates instead of
// scanning the whole corpus (that scan made a 10,000-article build quadratic).
function relatedIndex(articles: CorpusArticle[]): RelatedIndex {
  let index = indexes.get(articles);
  if (index) return index;
  const byKey = new Map<string, CorpusArticle[]>();
  const add = (key: string, a: CorpusArticle) => {
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  };
  for (const a of articles) {
    for (const id of new Set(a.actorIds)) add(`a:${id}`, a);
    for (const t of a.topics) add(`t:${t.id}`, a);
  }
  const dated = articles.filter((a) => a.date);
  index = {
    byKey,
    dated,
    datedPosition: new Map(dated.map((a, i) => [a.slug, i])),
  };
  indexes.set(articles, index);
  return index;
}

/**
 * Articles sharing actors (2 points each) and topics (1 point each) with `article`,
 * best first; ties go to the article closest in time, then slug. The article itself,
 * its host and the articles embedded in it are left out (they are linked separately).
 * Candidates come from the article's rarer actors and topics (see MAX_POSTING).
 */
export function relatedArticles(article: CorpusArticle, articles: CorpusArticle[], limit = 5): RelatedArticle[] {
  const index = relatedIndex(articles);
  const actors = new Set(article.actorIds);
  const topics = new Set(article.topics.map((t) => t.id));
  const skip = new Set([article.slug, ...(article.via ? [article.via] : []), ...article.embedded]);
  const lists = [...[...actors].map((id) => `a:${id}`), ...[...topics].map((id) => `t:${id}`)]
    .map((key) => index.byKey.get(key) ?? [])
    .sort((a, b) => a.length - b.length);
  const candidates = new Set<CorpusArticle>();
  for (const list of lists) {
    if (candidates.size >= MAX_CANDIDATES || (list.length > MAX_POSTING && candidates.size >= limit)) break;
    for (const other of list.length > MAX_POSTING ? list.slice(0, MAX_POSTING) : list) {
      candidates.add(other);
      if (candidates.size >= MAX_CANDIDATES) break;
    }
  }
  // Only the best `limit` are kept while scoring (a page asks for 5–10 of up to 300
  // candidates): no array per candidate and no sort of them all, the same order as sorting
  // every candidate by (score, closeness in time, slug).
  if (limit <= 0) return [];
  const best: { other: CorpusArticle; score: number; gap: number }[] = [];
  const before = (a: (typeof best)[number], b: (typeof best)[number]) =>
    a.score !== b.score ? a.score > b.score : a.gap !== b.gap ? a.gap < b.gap : a.other.slug < b.other.slug;
  for (const other of candidates) {
    if (skip.has(other.slug) || other.via === article.slug) continue;
    let score = 0;
    for (const id of other.actorIds) if (actors.has(id)) score += 2;
    for (const t of other.topics) if (topics.has(t.id)) score += 1;
    if (score <= 0) continue;
    const c = { other, score, gap: dayGap(article.date, other.date) };
    if (best.length === limit && !before(c, best[best.length - 1])) continue;
    let at = best.length;
    while (at > 0 && before(c, best[at - 1])) at--;
    best.splice(at, 0, c);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other, score }) => ({
    article: other,
    sharedActors: other.actorIds.filter((id) => actors.has(id)),
    sharedTopics: other.topics.map((t) => t.id).filter((id) => topics.has(id)),
    score,
  }));
}

/** Previous (older) and next (newer) dated articles around `article` in corpus order. */
export function neighbours(article: CorpusArticle, articles: CorpusArticle[]): { older?: CorpusArticle; newer?: CorpusArticle } {
  if (!article.date) return {};
  const { dated, datedPosition } = relatedIndex(articles);
  const i = datedPosition.get(article.slug);
  if (i === undefined) return {};
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

const quoteIndex = new WeakMap<Corpus['quotes'], Map<string, Corpus['quotes']>>();

/** What an actor said (speaker quotes), in corpus order; indexed once per build. */
export function quotesOf(corpus: Pick<Corpus, 'quotes'>, actorId: string): Corpus['quotes'] {
  let index = quoteIndex.get(corpus.quotes);
  if (!index) {
    index = new Map();
    for (const q of corpus.quotes) {
      const list = index.get(q.actorId);
      if (list) list.push(q);
      else index.set(q.actorId, [q]);
    }
    quoteIndex.set(corpus.quotes, index);
  }
  return index.get(actorId) ?? [];
}
