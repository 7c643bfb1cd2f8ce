// Word tokens with offsets into the ORIGINAL string, so mentions can point back at the
// text as displayed. Matching uses `norm`; display uses `text` / start..end.
import { normalizeArabic } from './normalize';
import { WordTable, type TokenType, type WrittenWord } from './word-table';

export type { TokenType, WrittenWord } from './word-table';

export interface Token {
  /** Surface text, as written. */
  text: string;
  /** normalizeArabic(text). */
  norm: string;
  start: number;
  end: number;
  type: TokenType;
  /** The record shared by every token of this spelling (./word-table): the stages' per-word memos. */
  word: WrittenWord;
}

// Arabic letters + tashkeel + tatweel + ZWNJ/ZWJ (they occur inside scraped words);
// digits with inner separators (2.3, 53.5, 1,000, ٢٫٣); Latin words (Hürriyet, A7A5).
/** The token classes as one pattern (the reference the scan below is tested against). */
export const TOKEN_RE =
  /([\u0620-\u065F\u066E-\u06D3\u06D5-\u06ED\u06FA-\u06FF\u0670\u200C\u200D]+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*)|([A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'\u2019]*)/g;

// What a UTF-16 code unit can be in a token: the classes of TOKEN_RE, read code by code. One
// pass over the code units with no match object per word tokenizes ~25 % faster than the
// pattern (the linker, the discoverer and topics tokenize every paragraph).
const isArabicUnit = (c: number) =>
  (c >= 0x0620 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06d5 && c <= 0x06ed) || (c >= 0x06fa && c <= 0x06ff) || c === 0x0670 || c === 0x200c || c === 0x200d;
const isDigitUnit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
const isLatinStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
// FNV-1a over the word's code units, kept to 30 bits so V8 holds it as a small integer; defined
// here, not imported, so it is inlined into the scan (word-table.ts).
const HASH_SEED = 0x011c9dc5;
const hashUnit = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193) & 0x3fffffff;
const isLatinUnit = (c: number) => isLatinStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2019;

/** Every distinct spelling the tokenizer has read, with the stages' memos (word-table.ts). */
const WORDS = new WordTable();

/** Splits text into Arabic words, Latin words and numbers; punctuation and spaces are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let type: TokenType;
    const start = i;
    // The word's hash is folded while it is read, so the word table finds a known spelling
    // without slicing it.
    let h = hashUnit(HASH_SEED, c);
    if (isArabicUnit(c)) {
      type = 'ar';
      while (++i < n) {
        const u = text.charCodeAt(i);
        if (!isArabicUnit(u)) break;
        h = hashUnit(h, u);
      }
    } else if (isDigitUnit(c)) {
      type = 'num';
      while (++i < n) {
        const u = text.charCodeAt(i);
        if (!isDigitUnit(u)) break;
        h = hashUnit(h, u);
      }
      // Inner separators only between digits: 2.3, 1,000, ٢٫٣.
      while (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isDigitUnit(text.charCodeAt(i + 1))) {
        h = hashUnit(hashUnit(h, text.charCodeAt(i)), text.charCodeAt(i + 1));
        i++;
        while (++i < n) {
          const u = text.charCodeAt(i);
          if (!isDigitUnit(u)) break;
          h = hashUnit(h, u);
        }
      }
    } else if (isLatinStart(c)) {
      type = 'latin';
      while (++i < n) {
        const u = text.charCodeAt(i);
        if (!isLatinUnit(u)) break;
        h = hashUnit(h, u);
      }
    } else {
      i++;
      continue;
    }
    const word = WORDS.find(text, start, i, h, type);
    // A run of pure tatweel / marks is not a word.
    if (!word.norm) continue;
    out.push({ text: word.text, norm: word.norm, start, end: i, type, word });
  }
  return out;
}

/** Normalised tokens of a phrase (dictionary name, topic phrase). «.» inside names separates tokens. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/**
 * Offset into `surface` after the first `normChars` characters of its normalised form.
 * Needed because tashkeel/tatweel vanish in normalisation, so a 2-letter clitic may
 * span more surface characters.
 */
export function surfaceOffset(surface: string, normChars: number): number {
  if (normChars <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < surface.length; i++) {
    seen += normalizedLength(surface.charCodeAt(i));
    if (seen >= normChars) {
      // Skip marks that belong to the last counted letter.
      let j = i + 1;
      while (j < surface.length && normalizedLength(surface.charCodeAt(j)) === 0) j++;
      return j;
    }
  }
  return surface.length;
}

// How many characters one code unit becomes once normalised (0 for tashkeel, tatweel, ZWNJ):
// computed once per code unit, since the linker asks for every hit that carries a clitic.
const NORMALIZED_LENGTH = new Int8Array(0x10000).fill(-1);
function normalizedLength(code: number): number {
  let n = NORMALIZED_LENGTH[code];
  if (n < 0) NORMALIZED_LENGTH[code] = n = normalizeArabic(String.fromCharCode(code)).replace(/[\u200C\u200D]/g, '').length;
  return n;
}

/** Number of whitespace-separated words (ingest's thresholds and the `words` export). */
export function countWords(text: string): number {
  // The runs of `/\S+/g`, counted in one pass without building the array of words (ingest counts
  // every line, topics every paragraph).
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A code unit `\s` matches: ECMAScript's WhiteSpace (Zs included) and LineTerminator. */
function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
