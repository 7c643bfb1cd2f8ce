// One record per distinct written word (`WrittenWord`), shared by every token of that spelling
// across paragraphs and articles: its normal form, and what the stages memoise about it (clitic
// readings per trie, conjunction stems, a topic lexicon's entry). A token then costs one probe of
// this table while it is scanned (no slice, no string hashing for a word seen before), and each
// stage reads its memo off the record instead of a string-keyed Map lookup of its own
// (profile, session 15: those lookups and the garbage of sliced strings led the self times).
import { conjunctionStems } from './clitics';
import { normalizeArabic } from './normalize';

export type TokenType = 'ar' | 'latin' | 'num';

/**
 * One distinct written word. Its memo slots hold what the readers (a trie, a topic lexicon, the
 * glued-name splitter) derived from it, each under its own owner key. Methods rather than imported
 * helper functions: when tsx runs the pipeline a call to another module's function is not inlined
 * (session 15: an imported hash helper made tokenizing 2.5× slower).
 */
export class WrittenWord {
  private stems: string[] | undefined = undefined;
  private memoOwners: object[] = [];
  private memoValues: unknown[] = [];
  constructor(
    /** The word as written (one string shared by all its tokens). */
    readonly text: string,
    /** normalizeArabic(text) without ZWNJ/ZWJ ('' for a run of tatweel or marks: not a word). */
    readonly norm: string,
    readonly type: TokenType,
  ) {}

  /** conjunctionStems(norm), kept: discovery and the context guards look a word up in many lists. */
  conjunctionStems(): string[] {
    return this.stems ?? (this.stems = conjunctionStems(this.norm));
  }

  /** What `owner` memoised for this word, or undefined. */
  memo(owner: object): unknown {
    const owners = this.memoOwners;
    for (let k = 0; k < owners.length; k++) if (owners[k] === owner) return this.memoValues[k];
    return undefined;
  }

  /** Stores `owner`'s memo for this word (`value` must not be undefined) and returns it. */
  remember<V>(owner: object, value: V): V {
    // A handful of readers memoise per word in one run; past MAX_MEMOS owners (tests building
    // many matchers, sharing this table across files) the oldest slot goes, so a word never
    // holds more than that and the newest owners' memos are always kept.
    if (this.memoOwners.length >= MAX_MEMOS) {
      this.memoOwners.shift();
      this.memoValues.shift();
    }
    this.memoOwners.push(owner);
    this.memoValues.push(value);
    return value;
  }
}

const MAX_MEMOS = 8;

// Open addressing over 2^18 slots; each word's code units, length and hash sit in typed arrays,
// so a probe compares numbers without touching the records or their strings. Bounded: past
// MAX_WORDS distinct spellings or MAX_UNITS code units (news vocabulary repeats, so a corpus
// reaches this only after many thousands of articles) the table starts afresh; records already
// handed out stay valid, they are only no longer shared.
const SLOT_BITS = 18;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const MAX_WORDS = 150_000;
const MAX_UNITS = 1 << 21;

/** The table of written words (one per process: the tokenizer's). A class, so its lookup is inlined. */
export class WordTable {
  /** Slot → 1 + the word's index (0: empty). */
  private slots = new Int32Array(1 << SLOT_BITS);
  private words: WrittenWord[] = [];
  private hashes = new Int32Array(MAX_WORDS);
  private offsets = new Int32Array(MAX_WORDS);
  private lengths = new Int32Array(MAX_WORDS);
  private units = new Uint16Array(MAX_UNITS);
  private unitsUsed = 0;

  /**
   * The record of text[start, end), whose hash is `hash` (folded by the tokenizer while it read
   * the word). A word seen before is found by comparing code units in place, without slicing.
   */
  find(text: string, start: number, end: number, hash: number, type: TokenType): WrittenWord {
    const len = end - start;
    const slots = this.slots, units = this.units;
    let slot = hash & SLOT_MASK;
    for (let at = slots[slot]; at !== 0; at = slots[(slot = (slot + 1) & SLOT_MASK)]) {
      const w = at - 1;
      if (this.hashes[w] !== hash || this.lengths[w] !== len) continue;
      const off = this.offsets[w];
      let k = 0;
      while (k < len && units[off + k] === text.charCodeAt(start + k)) k++;
      if (k === len) return this.words[w];
    }
    return this.add(text, start, end, hash, type, slot);
  }

  private add(text: string, start: number, end: number, hash: number, type: TokenType, slot: number): WrittenWord {
    const len = end - start;
    if (this.words.length >= MAX_WORDS || this.unitsUsed + len > MAX_UNITS) {
      this.slots.fill(0);
      this.words = [];
      this.unitsUsed = 0;
      slot = hash & SLOT_MASK;
    }
    const surface = text.slice(start, end);
    const folded = normalizeArabic(surface).replace(/[\u200C\u200D]/g, '');
    const w = new WrittenWord(surface, folded === surface ? surface : folded, type);
    const index = this.words.length;
    this.words.push(w);
    this.hashes[index] = hash;
    this.lengths[index] = len;
    this.offsets[index] = this.unitsUsed;
    for (let k = 0; k < len; k++) this.units[this.unitsUsed + k] = text.charCodeAt(start + k);
    this.unitsUsed += len;
    this.slots[slot] = index + 1;
    return w;
  }
}
