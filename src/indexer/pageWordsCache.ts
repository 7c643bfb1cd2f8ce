// Each article's words as the corpus plurals' first pass counts them (countPageWords, src/lib/search/corpusPlurals.ts),
// kept between index runs so that an update counts only the articles it adds or changes: the tokenizing and stemming of
// every page was 3.6–3.8 s of an update's index step at 3k (docs/scale.md «The update, session 35»).
//
// One file beside the shard state: a dictionary of the words and, per page text (a hash of its title and paragraphs,
// with the caller's key: the code and the keying context the stems depend on), its lists as word numbers in base64:
// the four of the vocabulary, then (version 2) the three of the towns' contexts (placeContexts.ts) when counted. A run keeps the entries it used; the dictionary only grows (a word no kept page uses stays until a build
// that does not read the file, as a --full build, starts it again).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageWords } from '../lib/search/corpusPlurals';

/** Bump when the file's format or what a page's count holds changes without the code key changing. */
export const PAGE_WORDS_VERSION = 2;

interface StoredFile { v: number; key: string; words: string[]; pages: Array<[string, string]> }

export class PageWordsCache {
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Page hash → its lists as word numbers (base64 of [the 4 or 7 lists' lengths, ...numbers], Uint32 LE). */
  private readonly stored = new Map<string, string>();
  private readonly used = new Map<string, string>();
  hits = 0;
  misses = 0;

  /** `file`: where the counts are kept (none: this run only); `key`: what else a count depends on; `read`: false to count every page anew (and still save). */
  constructor(private readonly file: string | undefined, private readonly key: string, read = true) {
    if (!file || !read || !existsSync(file)) return;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as StoredFile;
      if (parsed.v !== PAGE_WORDS_VERSION || parsed.key !== key) return;
      parsed.words.forEach((w, i) => { this.words.push(w); this.wordIds.set(w, i); });
      for (const [hash, ids] of parsed.pages) this.stored.set(hash, ids);
    } catch (err) {
      console.warn(`search: ${file} unreadable (${(err as Error).message}); every page's words are counted again`);
      this.words.length = 0;
      this.wordIds.clear();
      this.stored.clear();
    }
  }

  /** The page's words: kept from an earlier run when its text is the same, else counted by `count` and kept. */
  get(title: string, paragraphs: readonly string[], count: () => PageWords): PageWords {
    const hash = createHash('sha1').update(JSON.stringify([title, ...paragraphs])).digest('base64');
    const kept = this.used.get(hash) ?? this.stored.get(hash);
    if (kept !== undefined) {
      this.hits++;
      this.used.set(hash, kept);
      return this.decode(kept);
    }
    this.misses++;
    const words = count();
    this.used.set(hash, this.encode(words));
    return words;
  }

  /** Writes the entries this run used, unless they are exactly those read. */
  save(): void {
    if (!this.file) return;
    if (this.misses === 0 && this.used.size === this.stored.size) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const out: StoredFile = { v: PAGE_WORDS_VERSION, key: this.key, words: this.words, pages: [...this.used] };
    writeFileSync(`${this.file}.tmp`, JSON.stringify(out));
    renameSync(`${this.file}.tmp`, this.file);
  }

  private encode(w: PageWords): string {
    const lists = [w.stems, w.steps, w.ta, w.article, ...(w.places ? [w.places.afterPlaceWord, w.places.bareAfter, w.places.withArticle] : [])];
    // The header: the count of lists, then each one's length.
    const ids = new Uint32Array(1 + lists.length + lists.reduce((n, l) => n + l.length, 0));
    ids[0] = lists.length;
    let at = 1 + lists.length;
    lists.forEach((list, j) => {
      ids[1 + j] = list.length;
      for (const word of list) {
        let id = this.wordIds.get(word);
        if (id === undefined) this.wordIds.set(word, (id = this.words.push(word) - 1));
        ids[at++] = id;
      }
    });
    return Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength).toString('base64');
  }

  private decode(b64: string): PageWords {
    const bytes = Buffer.from(b64, 'base64');
    const ids = new Uint32Array(bytes.length / 4);
    new Uint8Array(ids.buffer).set(bytes);
    const count = ids[0];
    let at = 1 + count;
    const lists = Array.from({ length: count }, (_, j) => {
      const list = Array.from(ids.subarray(at, at + ids[1 + j]), (id) => this.words[id]);
      at += ids[1 + j];
      return list;
    });
    const [stems, steps, ta, article, afterPlaceWord, bareAfter, withArticle] = lists;
    return { stems, steps, ta, article, ...(count === 7 ? { places: { afterPlaceWord, bareAfter, withArticle } } : {}) };
  }
}

/** Where the page words of an index with this state file are kept: beside it. */
export function pageWordsFile(stateFile: string): string {
  return `${stateFile.replace(/\.json$/, '')}.words.json`;
}
