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

/** Posting lists longer than this (an actor in most articles, like روسيا) add candidates only as a last resort. */
export const MAX_POSTING = 400;
/** Articles scored per page at most; the rarest shared actors and topics are looked at first. */
export const MAX_CANDIDATES = 300;

interface RelatedIndex {
  /** Integer id of each posting key (`a:<actor>`, `t:<topic>`). */
  keyIds: Map<string, number>;
  /** Key id → indexes (into the article list) of the articles that have it, in list order. */
  postings: number[][];
  /**
   * Per article, the key ids of its actorIds then of its topics, as listed (duplicates kept:
   * each scores), all in one array: article i's are keys[keyStart[i]] … keys[keyStart[i + 1] − 1].
   * Scoring reads typed arrays only: reading each candidate's own object (its slug, its
   * arrays) was most of the time, one cache miss after another on a large heap.
   */
  keyStart: Int32Array;
  keys: Int32Array;
  /** Integer id of each slug and `via` value in the list (the same string, the same id). */
  textIds: Map<string, number>;
  /** Per article, the id of its slug and of its `via` (−1 when none). */
  slugId: Int32Array;
  viaId: Int32Array;
  /** Per article, its date as a day number (NaN when undated), and 1 when it has a date. */
  days: Float64Array;
  hasDate: Uint8Array;
  /** Scratch of relatedArticles, reused between calls: the weight of each key for the article at hand, and a stamp per article marking the candidates. */
  weight: Int32Array;
  stamp: Uint32Array;
  generation: number;
  dated: CorpusArticle[];
  datedPosition: Map<string, number>;
  /** Slug → index in the article list (where its candidates' windows are centred). */
  position: Map<string, number>;
}

const indexes = new WeakMap<CorpusArticle[], RelatedIndex>();

// Built once per article list, so every article page looks up candidates instead of
// scanning the whole corpus (that scan made a 10,000-article build quadratic); keys and
// articles are numbered so that scoring a candidate is array lookups, not string sets.
function relatedIndex(articles: CorpusArticle[]): RelatedIndex {
  let index = indexes.get(articles);
  if (index) return index;
  const keyIds = new Map<string, number>();
  const postings: number[][] = [];
  const idOf = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      keyIds.set(key, (id = postings.length));
      postings.push([]);
    }
    return id;
  };
  const textIds = new Map<string, number>();
  const textId = (text: string) => {
    let id = textIds.get(text);
    if (id === undefined) textIds.set(text, (id = textIds.size));
    return id;
  };
  const keyStart = new Int32Array(articles.length + 1);
  const keys: number[] = [];
  articles.forEach((a, i) => {
    keyStart[i] = keys.length;
    for (const id of a.actorIds) keys.push(idOf(`a:${id}`));
    for (const t of a.topics) keys.push(idOf(`t:${t.id}`));
    for (const id of new Set(a.actorIds)) postings[idOf(`a:${id}`)].push(i);
    for (const t of a.topics) postings[idOf(`t:${t.id}`)].push(i);
  });
  keyStart[articles.length] = keys.length;
  const dated = articles.filter((a) => a.date);
  index = {
    keyIds,
    postings,
    keyStart,
    keys: Int32Array.from(keys),
    textIds,
    slugId: Int32Array.from(articles, (a) => textId(a.slug)),
    viaId: Int32Array.from(articles, (a) => (a.via ? textId(a.via) : -1)),
    days: Float64Array.from(articles, (a) => (a.date ? dayNumber(a.date) : Number.NaN)),
    hasDate: Uint8Array.from(articles, (a) => (a.date ? 1 : 0)),
    weight: new Int32Array(postings.length),
    stamp: new Uint32Array(articles.length),
    generation: 0,
    dated,
    datedPosition: new Map(dated.map((a, i) => [a.slug, i])),
    position: new Map(articles.map((a, i) => [a.slug, i])),
  };
  indexes.set(articles, index);
  return index;
}

/** The first index of the ascending `list` whose value is ≥ `value` (list.length when none). */
function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Articles sharing actors (2 points each) and topics (1 point each) with `article`,
 * best first; ties go to the article closest in time, then slug. The article itself,
 * its host and the articles embedded in it are left out (they are linked separately).
 * Candidates come from the article's rarer actors and topics (see MAX_POSTING), a long list's
 * nearest the article in time.
 */
export function relatedArticles(article: CorpusArticle, articles: CorpusArticle[], limit = 5): RelatedArticle[] {
  if (limit <= 0) return [];
  const index = relatedIndex(articles);
  const { weight, stamp, keyStart, keys: keyList, slugId, viaId } = index;
  const actors = new Set(article.actorIds);
  const topics = new Set(article.topics.map((t) => t.id));
  // Left out: the article itself, its host, its embedded articles (by slug), and the articles
  // it hosts (their via is its slug). A slug no article of the list has matches none (−2).
  const idOfText = (text: string) => index.textIds.get(text) ?? -2;
  const skip = Int32Array.from([article.slug, ...(article.via ? [article.via] : []), ...article.embedded], idOfText);
  const self = idOfText(article.slug);
  // A key no article has adds no candidate and scores nothing: left out.
  const keys: number[] = [];
  for (const [prefix, ids, points] of [['a:', actors, 2], ['t:', topics, 1]] as const) {
    for (const id of ids) {
      const k = index.keyIds.get(prefix + id);
      if (k === undefined) continue;
      keys.push(k);
      weight[k] = points;
    }
  }
  // Rarest first (a stable sort: equal lengths keep actors before topics).
  const lists = keys.map((k) => index.postings[k]).sort((a, b) => a.length - b.length);
  if (++index.generation === 0xffffffff) {
    stamp.fill(0);
    index.generation = 1;
  }
  const generation = index.generation;
  const candidates: number[] = [];
  const at = index.position.get(article.slug) ?? 0;
  for (const list of lists) {
    if (candidates.length >= MAX_CANDIDATES || (list.length > MAX_POSTING && candidates.length >= limit)) break;
    // A list longer than MAX_POSTING gives the entries nearest the article in corpus order
    // (closest in time, which wins ties), nearest first, alternating newer and older: a window
    // that new articles of the newest day do not move for older articles (their related lists
    // stay put on a daily update; the newest entries first moved every list that was cut).
    let older = lowerBound(list, at);
    let newer = older - 1;
    for (let taken = 0, n = Math.min(list.length, MAX_POSTING); taken < n && candidates.length < MAX_CANDIDATES; taken++) {
      const takeNewer = newer >= 0 && (older >= list.length || taken % 2 === 1);
      const i = takeNewer ? list[newer--] : list[older++];
      if (stamp[i] === generation) continue;
      stamp[i] = generation;
      candidates.push(i);
    }
  }
  // Only the best `limit` are kept while scoring (a page asks for 5–10 of up to 300
  // candidates): no array per candidate and no sort of them all, the same order as sorting
  // every candidate by (score, closeness in time, slug).
  const best: { i: number; score: number; gap: number }[] = [];
  // The slugs are read only on a tie of score and gap.
  const before = (score: number, gap: number, i: number, b: (typeof best)[number]) =>
    score !== b.score ? score > b.score : gap !== b.gap ? gap < b.gap : articles[i].slug < articles[b.i].slug;
  const day = article.date ? dayNumber(article.date) : undefined;
  for (const i of candidates) {
    if (skip.includes(slugId[i]) || viaId[i] === self) continue;
    let score = 0;
    for (let k = keyStart[i], end = keyStart[i + 1]; k < end; k++) score += weight[keyList[k]];
    if (score <= 0) continue;
    // Days apart; an undated article is infinitely far from any other.
    const gap = day === undefined || !index.hasDate[i] ? Number.POSITIVE_INFINITY : Math.abs(day - index.days[i]);
    if (best.length === limit && !before(score, gap, i, best[best.length - 1])) continue;
    let at = best.length;
    while (at > 0 && before(score, gap, i, best[at - 1])) at--;
    best.splice(at, 0, { i, score, gap });
    if (best.length > limit) best.pop();
  }
  for (const k of keys) weight[k] = 0;
  return best.map(({ i, score }) => ({
    article: articles[i],
    sharedActors: articles[i].actorIds.filter((id) => actors.has(id)),
    sharedTopics: articles[i].topics.map((t) => t.id).filter((id) => topics.has(id)),
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

// Each article's distinct actors that have a page, made once per build (per actor map) rather
// than once per listing that holds the article: an actor page lists co-mentioned actors over
// all of its articles, so a frequent article was deduplicated hundreds of times (docs/scale.md).
const actorSets = new WeakMap<Corpus['actors'], WeakMap<CorpusArticle, readonly string[]>>();

function pagedActorsOf(article: CorpusArticle, actors: Corpus['actors']): readonly string[] {
  let byArticle = actorSets.get(actors);
  if (!byArticle) actorSets.set(actors, (byArticle = new WeakMap()));
  let ids = byArticle.get(article);
  if (!ids) byArticle.set(article, (ids = [...new Set(article.actorIds)].filter((id) => actors.has(id))));
  return ids;
}

/** Actors appearing in the most of the given articles (each article counts once per actor). */
export function actorsIn(slugs: string[], corpus: Pick<Corpus, 'bySlug' | 'actors'>, limit = 12, exclude?: string): Count[] {
  const counts = new Map<string, number>();
  for (const slug of slugs) {
    const article = corpus.bySlug.get(slug);
    if (!article) continue;
    for (const id of pagedActorsOf(article, corpus.actors)) {
      if (id !== exclude) counts.set(id, (counts.get(id) ?? 0) + 1);
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
