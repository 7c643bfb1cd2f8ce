// A trie over normalised tokens, built once per dictionary/lexicon and scanned once per
// paragraph: the cost of linking does not grow with the number of names (no regex per alias).
// The first token of a phrase is clitic-aware (وبوتين, بالكرملين, وللناتو); the following
// tokens must match exactly, and the text between them must be a plain separator.
import { cliticReadings, MIN_STEM, type CliticReading } from './clitics';
import type { Token } from './tokenize';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Token index of the first token (inclusive) and after the last one (exclusive). */
  from: number;
  to: number;
  /** Clitic prefix stripped from the first token ('' when read as written). */
  prefix: string;
  /** Normalised first-token reading that matched (may be ال + stem). */
  reading: string;
  values: T[];
}

// Between two tokens of one phrase: spaces, or a glued «.» (جيه.دي) or hyphen.
const SEPARATOR = /^(?:[\s\u00A0]+|\.|[\s\u00A0]*[-\u2010\u2011][\s\u00A0]*)$/;
// The same, with quotation marks around a word of the phrase allowed (topic phrases: مقاتلات «إف-16»).
const QUOTED_SEPARATOR = /^(?:[\s\u00A0«»"“”]+|\.|[\s\u00A0«»"“”]*[-\u2010\u2011][\s\u00A0«»"“”]*)$/;

/** Drops the article from a normalised word (الامنيه → امنيه); for loose phrase matching. */
export const stripArticle = (norm: string): string => (norm.startsWith('ال') && norm.length >= 5 ? norm.slice(2) : norm);

/** A clitic reading of a token that starts a phrase, with the trie node it starts at. */
interface StartReading<T> extends CliticReading {
  node: Node<T>;
}

// Shared by every token that starts no phrase (most of them); never mutated.
const NO_MATCHES: PhraseMatch<never>[] = [];

/** Tokens k-1 and k are words of one phrase: only a separator between them. */
function separated(tokens: Token[], k: number, text: string, sep = SEPARATOR): boolean {
  const from = tokens[k - 1].end, to = tokens[k].start;
  // One plain space, by far the most common gap, matches every separator: no slice, no regex.
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  return sep.test(text.slice(from, to));
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  private size = 0;

  /**
   * `canon` maps every normalised token (of phrases and of text) to its matching key;
   * identity for names, stripArticle for topic phrases (ضمانات أمنية = الضمانات الأمنية).
   */
  private readonly canon: (norm: string) => string;
  /** Clitic readings per normalised token (they depend on this trie's known words). */
  private readonly readingCache = new Map<string, StartReading<T>[]>();
  /**
   * This trie's key for the readings it memoises on a token's WrittenWord (one slot lookup per
   * token instead of a Map lookup by string); replaced on insert, so a word's old readings go stale.
   */
  private memoKey: object = {};
  constructor(canon: (norm: string) => string = (n) => n) {
    this.canon = canon;
  }

  /** Adds a phrase (normalised tokens) carrying `value`. Empty phrases are ignored. */
  insert(tokens: string[], value: T): void {
    if (tokens.length === 0) return;
    this.readingCache.clear();
    this.memoKey = {};
    let node = this.root;
    for (const raw of tokens) {
      const t = this.canon(raw);
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  get phraseCount(): number {
    return this.size;
  }

  /** True when some phrase starts with this normalised token (a "known word": never stripped). */
  hasFirst(norm: string): boolean {
    return this.root.next.has(this.canon(norm));
  }

  /**
   * Longest phrase starting at tokens[i]. Readings of the first token are tried in order
   * (as written first); a longer match wins, and on equal length the earlier reading wins.
   */
  matchAt(tokens: Token[], i: number, text: string, minStem = MIN_STEM): PhraseMatch<T> | null {
    const readings = minStem === MIN_STEM ? this.tokenReadings(tokens[i]) : this.readingsOf(tokens[i].norm, minStem);
    let best: PhraseMatch<T> | null = null;
    for (const r of readings) {
      const start = r.node;
      if (!start) continue;
      let node: Node<T> = start;
      let j = i + 1;
      let lastTo = node.values.length ? j : -1;
      let lastNode = node;
      while (j < tokens.length) {
        if (!separated(tokens, j, text)) break;
        const child: Node<T> | undefined = node.next.get(this.canon(tokens[j].norm));
        if (!child) break;
        node = child;
        j++;
        if (node.values.length) {
          lastTo = j;
          lastNode = node;
        }
      }
      if (lastTo < 0) continue;
      if (!best || lastTo > best.to) {
        best = { from: i, to: lastTo, prefix: r.prefix, reading: r.stem, values: lastNode.values };
      }
    }
    return best;
  }

  /**
   * Every phrase starting at tokens[i], longest first (one entry per phrase end and reading).
   * For lexicons whose phrases may nest across owners (a topic's «قمة» inside NATO's «قمة الناتو»).
   * With `skipNumbers`, numbers between the words of a phrase are passed over («تبادل 300 أسير»);
   * with `quotes`, quotation marks around a word of the phrase do not break it («مقاتلات «إف-16»»).
   */
  matchesAt(tokens: Token[], i: number, text: string, opts: { skipNumbers?: boolean; minStem?: number; quotes?: boolean } = {}): PhraseMatch<T>[] {
    const minStem = opts.minStem ?? MIN_STEM;
    const readings = minStem === MIN_STEM ? this.tokenReadings(tokens[i]) : this.readingsOf(tokens[i].norm, minStem);
    if (!readings.length) return NO_MATCHES;
    const out: PhraseMatch<T>[] = [];
    const sep = opts.quotes ? QUOTED_SEPARATOR : SEPARATOR;
    for (const r of readings) {
      let node: Node<T> | undefined = r.node;
      let j = i + 1;
      while (node) {
        if (node.values.length) out.push({ from: i, to: j, prefix: r.prefix, reading: r.stem, values: node.values });
        let k = j;
        if (k >= tokens.length || !separated(tokens, k, text, sep)) break;
        let next = node.next.get(this.canon(tokens[k].norm));
        // A number that is the phrase's own next word («إف-16») matches; other numbers are passed over.
        if (!next && opts.skipNumbers && tokens[k].type === 'num') {
          while (k < tokens.length && tokens[k].type === 'num' && separated(tokens, k, text, sep)) k++;
          if (k >= tokens.length || !separated(tokens, k, text, sep)) break;
          next = node.next.get(this.canon(tokens[k].norm));
        }
        node = next;
        j = k + 1;
      }
    }
    return out.length > 1 ? out.sort((a, b) => b.to - a.to) : out;
  }

  /** readingsOf(token.norm), memoised on the token's WrittenWord. */
  private tokenReadings(token: Token): StartReading<T>[] {
    const word = token.word;
    return (word.memo(this.memoKey) as StartReading<T>[] | undefined) ?? word.remember(this.memoKey, this.readingsOf(token.norm, MIN_STEM));
  }

  /** The readings of a token that start some phrase, each with its first trie node (cached per word). */
  private readingsOf(norm: string, minStem: number): StartReading<T>[] {
    const key = minStem === MIN_STEM ? norm : `${minStem}:${norm}`;
    let r = this.readingCache.get(key);
    if (!r) {
      // Most tokens start no phrase under any reading: remember that as [] cheaply.
      r = [];
      for (const x of cliticReadings(norm, { isKnown: (n) => this.hasFirst(n), minStem })) {
        const node = this.root.next.get(this.canon(x.stem));
        if (node) r.push({ prefix: x.prefix, stem: x.stem, node });
      }
      if (this.readingCache.size >= 200_000) this.readingCache.clear();
      this.readingCache.set(key, r);
    }
    return r;
  }

  /** Left-to-right, longest-first, non-overlapping matches over a token list of `text`. */
  scan(tokens: Token[], text: string, minStem = MIN_STEM): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i, text, minStem);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
