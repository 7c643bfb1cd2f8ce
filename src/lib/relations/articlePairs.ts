// The article-level part of the relation graph: every pair of parties an article names, counted
// with the articles' dates and topics. It is most of the graph's work (a million pair counts for
// the 5,000 articles of the 3k benchmark) and adds up article by article, so a build can keep it
// (buildCorpus keeps it in the corpus cache) and add only the articles that are new. An article
// edited or removed since makes it counted again whole: a pair's first and last dates do not
// subtract (removing the article that set one needs the pair's other dates), and an update that
// edits or removes old articles is rare beside one that adds new ones.
//
// Pure and order-free: the same articles in any order give the same counts (dates by min and
// max, topics by id, whatever order they were numbered in).
import { createHash } from 'node:crypto';

/** What one article adds: its slug, date, parties (sorted, unique) and topic ids. */
export interface ArticleParties {
  slug: string;
  date?: string;
  parties: string[];
  topicIds: string[];
}

/** The counts of one unordered pair of parties. */
export interface PairCount {
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  /** By topic number (ArticlePairs.topicIds); null until an article of the pair has a topic. */
  topics: Int32Array | null;
}

/** ArticlePairs as JSON (the corpus cache holds JSON): numbers for actors, dates and topics. */
export interface KeptArticlePairs {
  /** slug → contributionKey of what the article added: an article edited or removed since shows here. */
  articles: Record<string, string>;
  actors: string[];
  dates: string[];
  topics: string[];
  /** Per pair: source and target (actor numbers), articles, first and last date (date numbers, -1: none), n, then n × (topic number, count). */
  pairs: number[];
}

/** A short hash of what an article adds to the pairs (its date, parties and topics). */
export function contributionKey(a: ArticleParties): string {
  return createHash('sha1').update(`${a.date ?? ''}\u0000${a.parties.join('\u0001')}\u0000${a.topicIds.join('\u0001')}`).digest('base64url');
}

export class ArticlePairs {
  /** Pairs by their lower party id, then the higher one. */
  readonly bySource = new Map<string, Map<string, PairCount>>();
  readonly topicIds: string[] = [];
  private readonly topicNumbers = new Map<string, number>();
  /** slug → contributionKey of the articles counted. */
  readonly articles = new Map<string, string>();

  /** Counts one article's pairs (its slug must not have been counted yet). */
  add(a: ArticleParties, key = contributionKey(a)): void {
    if (this.articles.has(a.slug)) throw new Error(`ArticlePairs: the article "${a.slug}" is counted twice`);
    this.articles.set(a.slug, key);
    const topics = a.topicIds.map((id) => this.topicNumber(id));
    const { parties: ids, date } = a;
    for (let i = 0; i < ids.length; i++) {
      let targets = this.bySource.get(ids[i]);
      if (!targets) this.bySource.set(ids[i], (targets = new Map()));
      for (let j = i + 1; j < ids.length; j++) {
        let p = targets.get(ids[j]);
        if (!p) targets.set(ids[j], (p = { articles: 0, firstDate: null, lastDate: null, topics: null }));
        p.articles++;
        if (date) {
          if (p.firstDate === null || date < p.firstDate) p.firstDate = date;
          if (p.lastDate === null || date > p.lastDate) p.lastDate = date;
        }
        if (topics.length) {
          // Sized for every topic numbered so far: a topic seen later is counted in a longer array.
          if (!p.topics || p.topics.length < this.topicIds.length) p.topics = grown(p.topics, this.topicIds.length);
          for (const t of topics) p.topics[t]++;
        }
      }
    }
  }

  private topicNumber(id: string): number {
    let n = this.topicNumbers.get(id);
    if (n === undefined) {
      this.topicNumbers.set(id, (n = this.topicIds.length));
      this.topicIds.push(id);
    }
    return n;
  }

  toJSON(): KeptArticlePairs {
    const actors: string[] = [];
    const actorNumbers = new Map<string, number>();
    const dates: string[] = [];
    const dateNumbers = new Map<string, number>();
    const number = (list: string[], numbers: Map<string, number>, s: string | null) => {
      if (s === null) return -1;
      let n = numbers.get(s);
      if (n === undefined) numbers.set(s, (n = list.push(s) - 1));
      return n;
    };
    const pairs: number[] = [];
    for (const [source, targets] of this.bySource) {
      const a = number(actors, actorNumbers, source);
      for (const [target, p] of targets) {
        pairs.push(a, number(actors, actorNumbers, target), p.articles, number(dates, dateNumbers, p.firstDate), number(dates, dateNumbers, p.lastDate));
        const at = pairs.push(0) - 1;
        if (p.topics) {
          p.topics.forEach((count, t) => {
            if (count) pairs.push(t, count);
          });
          pairs[at] = (pairs.length - at - 1) / 2;
        }
      }
    }
    return { articles: Object.fromEntries(this.articles), actors, dates, topics: [...this.topicIds], pairs };
  }

  static fromJSON(kept: KeptArticlePairs): ArticlePairs {
    const out = new ArticlePairs();
    for (const [slug, key] of Object.entries(kept.articles)) out.articles.set(slug, key);
    for (const id of kept.topics) out.topicNumber(id);
    const size = kept.topics.length;
    const { pairs, actors, dates } = kept;
    let targets: Map<string, PairCount> | undefined;
    let lastSource = -1;
    for (let i = 0; i < pairs.length; ) {
      const source = pairs[i], target = pairs[i + 1], articles = pairs[i + 2], first = pairs[i + 3], last = pairs[i + 4], n = pairs[i + 5];
      i += 6;
      let topics: Int32Array | null = null;
      if (n) {
        topics = new Int32Array(size);
        for (let k = 0; k < n; k++, i += 2) topics[pairs[i]] = pairs[i + 1];
      }
      if (source !== lastSource || !targets) {
        targets = out.bySource.get(actors[source]);
        if (!targets) out.bySource.set(actors[source], (targets = new Map()));
        lastSource = source;
      }
      targets.set(actors[target], { articles, firstDate: first < 0 ? null : dates[first], lastDate: last < 0 ? null : dates[last], topics });
    }
    return out;
  }
}

function grown(counts: Int32Array | null, size: number): Int32Array {
  const out = new Int32Array(size);
  if (counts) out.set(counts);
  return out;
}

/** How countArticlePairs got its result: the kept pairs as they were, with new articles added, or counted whole. */
export type PairsReuse = 'kept' | 'added' | 'counted';

/**
 * The pairs of `articles`: the kept ones when they counted exactly these articles as they are
 * now, plus the new articles when they counted a subset of them as they are now; otherwise every
 * article counted afresh (an edit or a removal since, or nothing kept).
 */
export function countArticlePairs(articles: ArticleParties[], kept?: KeptArticlePairs): { pairs: ArticlePairs; reuse: PairsReuse } {
  const keys = articles.map((a) => contributionKey(a));
  if (kept) {
    // A Map, not the record: a slug such as "constructor" must not read as counted.
    const counted = new Map(Object.entries(kept.articles));
    let present = 0;
    let same = true;
    for (let i = 0; i < articles.length && same; i++) {
      const was = counted.get(articles[i].slug);
      if (was === undefined) continue;
      present++;
      same = was === keys[i];
    }
    // Every kept article is still here as it was (none removed, none edited): add the new ones.
    if (same && present === counted.size) {
      const pairs = ArticlePairs.fromJSON(kept);
      let added = 0;
      articles.forEach((a, i) => {
        if (!counted.has(a.slug)) {
          pairs.add(a, keys[i]);
          added++;
        }
      });
      return { pairs, reuse: added ? 'added' : 'kept' };
    }
  }
  const pairs = new ArticlePairs();
  articles.forEach((a, i) => pairs.add(a, keys[i]));
  return { pairs, reuse: 'counted' };
}
