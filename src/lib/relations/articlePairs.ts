// The article-level part of the relation graph: every pair of parties an article names, counted
// with the articles' dates and topics (1.05 million pair counts over 127,000 pairs for the 5,129
// articles of the 3k benchmark). It adds up article by article, so a build can keep it (buildCorpus
// keeps it in the corpus cache) and add only the articles that are new. An article
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

/** ArticlePairs as JSON (the corpus cache holds JSON): numbers for actors, dates and topics. */
export interface KeptArticlePairs {
  /** slug → contributionKey of what the article added: an article edited or removed since shows here. */
  articles: Record<string, string>;
  actors: string[];
  dates: string[];
  topics: string[];
  /** Int32 per pair, base64: source and target (actor numbers), articles, first and last date (date numbers, -1: none). */
  pairs: string;
  /** Int32 per pair, base64: n, then n × (topic number as in `topics`, count): the topics it counted. */
  topicCounts: string;
}

/** A short hash of what an article adds to the pairs (its date, parties and topics). */
export function contributionKey(a: ArticleParties): string {
  return createHash('sha1').update(`${a.date ?? ''}\u0000${a.parties.join('\u0001')}\u0000${a.topicIds.join('\u0001')}`).digest('base64url');
}

const FIELDS = 5; // source, target, articles, first date, last date

const toBase64 = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const fromBase64 = (s: string) => {
  const bytes = Buffer.from(s, 'base64');
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/**
 * The counts in typed arrays, one slot per pair (no object per pair: 130,000 pairs at 3k), found
 * through one Map per lower party; dates and topics by number. Counting them is a few array
 * writes per pair of an article, and the whole is a few buffers as JSON.
 */
export class ArticlePairs {
  readonly actorIds: string[] = [];
  private readonly actorNumbers = new Map<string, number>();
  private readonly dates: string[] = [];
  private readonly dateNumbers = new Map<string, number>();
  readonly topicIds: string[] = [];
  private readonly topicNumbers = new Map<string, number>();
  /** By lower party number: higher party number → slot. */
  private readonly slotsOf: Array<Map<number, number>> = [];
  /** Per slot, FIELDS numbers (see KeptArticlePairs.pairs). */
  private fields: Int32Array = new Int32Array(FIELDS * 1024);
  /** Per slot, one count per topic (`stride` of them: topics numbered so far, rounded up). */
  private topics: Int32Array = new Int32Array(0);
  private stride = 0;
  size = 0;
  /** slug → contributionKey of the articles counted. */
  readonly articles = new Map<string, string>();

  /** Counts one article's pairs (its slug must not have been counted yet). */
  add(a: ArticleParties, key = contributionKey(a)): void {
    if (this.articles.has(a.slug)) throw new Error(`ArticlePairs: the article "${a.slug}" is counted twice`);
    this.articles.set(a.slug, key);
    const topics = a.topicIds.map((id) => this.topicNumber(id));
    const ids = a.parties.map((id) => this.actorNumber(id));
    const date = a.date ? this.dateNumber(a.date) : -1;
    const day = a.date ?? '';
    for (let i = 0; i < ids.length; i++) {
      const slots = (this.slotsOf[ids[i]] ??= new Map());
      for (let j = i + 1; j < ids.length; j++) {
        let slot = slots.get(ids[j]);
        if (slot === undefined) slots.set(ids[j], (slot = this.newSlot(ids[i], ids[j])));
        const fields = this.fields;
        const at = slot * FIELDS;
        fields[at + 2]++;
        if (date >= 0) {
          if (fields[at + 3] < 0 || day < this.dates[fields[at + 3]]) fields[at + 3] = date;
          if (fields[at + 4] < 0 || day > this.dates[fields[at + 4]]) fields[at + 4] = date;
        }
        for (const t of topics) this.topics[slot * this.stride + t]++;
      }
    }
  }

  /** Every pair: its lower and higher party ids and its slot (for the accessors below). */
  forEachPair(fn: (source: string, target: string, slot: number) => void): void {
    for (let slot = 0; slot < this.size; slot++) fn(this.actorIds[this.fields[slot * FIELDS]], this.actorIds[this.fields[slot * FIELDS + 1]], slot);
  }

  articlesOf(slot: number): number {
    return this.fields[slot * FIELDS + 2];
  }

  firstDateOf(slot: number): string | null {
    const d = this.fields[slot * FIELDS + 3];
    return d < 0 ? null : this.dates[d];
  }

  lastDateOf(slot: number): string | null {
    const d = this.fields[slot * FIELDS + 4];
    return d < 0 ? null : this.dates[d];
  }

  /** The pair's count of each topic, by number (topicIds); a view, not a copy. */
  topicsOf(slot: number): Int32Array {
    return this.topics.subarray(slot * this.stride, slot * this.stride + this.topicIds.length);
  }

  /** Rows the arrays hold (both grow together). */
  private get capacity(): number {
    return this.fields.length / FIELDS;
  }

  private newSlot(source: number, target: number): number {
    const slot = this.size++;
    if (this.size > this.capacity) {
      this.fields = grown(this.fields, this.capacity * 2 * FIELDS, FIELDS, FIELDS);
      this.topics = grown(this.topics, this.capacity * this.stride, this.stride, this.stride);
    }
    const at = slot * FIELDS;
    this.fields[at] = source;
    this.fields[at + 1] = target;
    this.fields[at + 2] = 0;
    this.fields[at + 3] = -1;
    this.fields[at + 4] = -1;
    return slot;
  }

  private actorNumber(id: string): number {
    let n = this.actorNumbers.get(id);
    if (n === undefined) this.actorNumbers.set(id, (n = this.actorIds.push(id) - 1));
    return n;
  }

  private dateNumber(date: string): number {
    let n = this.dateNumbers.get(date);
    if (n === undefined) this.dateNumbers.set(date, (n = this.dates.push(date) - 1));
    return n;
  }

  private topicNumber(id: string): number {
    let n = this.topicNumbers.get(id);
    if (n === undefined) {
      this.topicNumbers.set(id, (n = this.topicIds.push(id) - 1));
      // A topic past the stride: every slot's counts move to a wider row (a handful of times a build).
      if (this.topicIds.length > this.stride) {
        const stride = Math.max(8, this.stride * 2);
        this.topics = grown(this.topics, this.capacity * stride, this.stride, stride);
        this.stride = stride;
      }
    }
    return n;
  }

  toJSON(): KeptArticlePairs {
    // Most pairs count one or two of the topics: only those are written. Straight into an Int32Array
    // (a number array and a subarray per pair cost ~1 s at 10k pages, where it is saved on every update).
    let counts: Int32Array = new Int32Array(this.size * 4 + 16);
    let end = 0;
    const topics = this.topicIds.length;
    for (let slot = 0; slot < this.size; slot++) {
      while (end + 1 + 2 * topics > counts.length) counts = grown(counts, counts.length * 2, 1, 1);
      const at = end++;
      for (let t = 0, row = slot * this.stride; t < topics; t++) {
        const n = this.topics[row + t];
        if (n) {
          counts[end++] = t;
          counts[end++] = n;
        }
      }
      counts[at] = (end - at - 1) / 2;
    }
    return {
      articles: Object.fromEntries(this.articles),
      actors: [...this.actorIds],
      dates: [...this.dates],
      topics: [...this.topicIds],
      pairs: toBase64(this.fields.subarray(0, this.size * FIELDS)),
      topicCounts: toBase64(counts.subarray(0, end)),
    };
  }

  static fromJSON(kept: KeptArticlePairs): ArticlePairs {
    const out = new ArticlePairs();
    for (const [slug, key] of Object.entries(kept.articles)) out.articles.set(slug, key);
    for (const id of kept.actors) out.actorNumber(id);
    for (const d of kept.dates) out.dateNumber(d);
    for (const id of kept.topics) out.topicNumber(id);
    const fields = fromBase64(kept.pairs);
    const size = fields.length / FIELDS;
    out.fields = grown(fields, Math.max(1024, size * 2) * FIELDS, FIELDS, FIELDS);
    out.topics = new Int32Array(out.capacity * out.stride);
    const counts = fromBase64(kept.topicCounts);
    for (let slot = 0, i = 0; slot < size; slot++) {
      const n = counts[i++];
      for (let k = 0; k < n; k++, i += 2) out.topics[slot * out.stride + counts[i]] = counts[i + 1];
    }
    out.size = size;
    for (let slot = 0; slot < size; slot++) (out.slotsOf[fields[slot * FIELDS]] ??= new Map()).set(fields[slot * FIELDS + 1], slot);
    return out;
  }
}

/** `rows` rows of `from` numbers each, copied into a larger array with `to` numbers a row. */
function grown(counts: Int32Array, length: number, from: number, to: number): Int32Array {
  const out = new Int32Array(length);
  if (from === to) out.set(counts.subarray(0, Math.min(counts.length, length)));
  else for (let r = 0; from > 0 && r < Math.min(counts.length / from, length / to); r++) out.set(counts.subarray(r * from, (r + 1) * from), r * to);
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

/**
 * The articles added to kept pairs since they were last saved whole: the kept pairs stay as they
 * were saved (the corpus cache moves their file over instead of writing 13.7 MB again at 3k pages),
 * and these are counted into them on every build until they are a few per cent of the corpus.
 */
export interface KeptPairsAdded {
  /** How many articles the kept pairs counted when these were first added to them. */
  base: number;
  articles: ArticleParties[];
}

/** Added articles kept apart until they pass this share of the corpus (or this many, below). */
const ADDED_SHARE = 0.02;
const ADDED_MIN = 64;

/** What a build saves back of the pairs: each part only when it changed. */
export interface PairsToSave {
  /** The pairs whole (counted, or the added articles folded in). */
  base?: KeptArticlePairs;
  added?: KeptPairsAdded;
}

const folded = (pairs: ArticlePairs): PairsToSave => ({ base: pairs.toJSON(), added: { base: pairs.articles.size, articles: [] } });

/**
 * countArticlePairs over kept pairs and the articles added to them since (`added`, counted only
 * when it was made for these kept pairs): the same counts, and what to save back. `limit`: how
 * many added articles are kept apart before they are folded in.
 */
export function countArticlePairsAdded(articles: ArticleParties[], kept?: KeptArticlePairs, added?: KeptPairsAdded, limit = Math.max(ADDED_MIN, articles.length * ADDED_SHARE)): { pairs: ArticlePairs; reuse: PairsReuse; save: PairsToSave } {
  const keys = articles.map((a) => contributionKey(a));
  const whole = () => {
    const pairs = new ArticlePairs();
    articles.forEach((a, i) => pairs.add(a, keys[i]));
    return { pairs, reuse: 'counted' as const, save: folded(pairs) };
  };
  if (!kept) return whole();
  // A Map, not the record: a slug such as "constructor" must not read as counted.
  const counted = new Map(Object.entries(kept.articles));
  const baseSize = counted.size;
  const before = added?.base === baseSize ? added.articles : [];
  for (const a of before) {
    if (counted.has(a.slug)) return whole();
    counted.set(a.slug, contributionKey(a));
  }
  // Every counted article is still here as it was (none removed, none edited): add the new ones.
  const fresh: number[] = [];
  let present = 0;
  for (let i = 0; i < articles.length; i++) {
    const was = counted.get(articles[i].slug);
    if (was === undefined) fresh.push(i);
    else if (was !== keys[i]) return whole();
    else present++;
  }
  if (present !== counted.size) return whole();
  const pairs = ArticlePairs.fromJSON(kept);
  for (const a of before) pairs.add(a);
  for (const i of fresh) pairs.add(articles[i], keys[i]);
  if (!fresh.length) return { pairs, reuse: 'kept', save: {} };
  const list = [...before, ...fresh.map((i) => articles[i])];
  // Folded in once the list passes its share: each build counts it again from the entry.
  if (list.length > limit) return { pairs, reuse: 'added', save: folded(pairs) };
  return { pairs, reuse: 'added', save: { added: { base: baseSize, articles: list } } };
}
