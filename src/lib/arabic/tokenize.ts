// Word tokens with offsets into the ORIGINAL string, so mentions can point back at the
// text as displayed. Matching uses `norm`; display uses `text` / start..end.
import { normalizeArabic } from './normalize';

export type TokenType = 'ar' | 'latin' | 'num';

export interface Token {
  /** Surface text, as written. */
  text: string;
  /** normalizeArabic(text). */
  norm: string;
  start: number;
  end: number;
  type: TokenType;
}

// Arabic letters + tashkeel + tatweel + ZWNJ/ZWJ (they occur inside scraped words);
// digits with inner separators (2.3, 53.5, 1,000, ٢٫٣); Latin words (Hürriyet, A7A5).
const TOKEN_RE =
  /([\u0620-\u065F\u066E-\u06D3\u06D5-\u06ED\u06FA-\u06FF\u0670\u200C\u200D]+)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*)|([A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'\u2019]*)/g;

// News vocabulary repeats a lot: caching each distinct surface word's normal form makes
// tokenizing a corpus several times faster. Bounded so a huge corpus cannot grow it forever.
const NORM_CACHE = new Map<string, string>();
const NORM_CACHE_MAX = 200_000;
function normWord(surface: string): string {
  let n = NORM_CACHE.get(surface);
  if (n === undefined) {
    n = normalizeArabic(surface).replace(/[\u200C\u200D]/g, '');
    if (NORM_CACHE.size >= NORM_CACHE_MAX) NORM_CACHE.clear();
    NORM_CACHE.set(surface, n);
  }
  return n;
}

/** Splits text into Arabic words, Latin words and numbers; punctuation and spaces are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const surface = m[0];
    const type: TokenType = m[1] ? 'ar' : m[2] ? 'num' : 'latin';
    // A run of pure tatweel / marks is not a word.
    const norm = normWord(surface);
    if (!norm) continue;
    out.push({ text: surface, norm, start: m.index, end: m.index + surface.length, type });
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
    seen += normalizeArabic(surface[i]).replace(/[\u200C\u200D]/g, '').length;
    if (seen >= normChars) {
      // Skip marks that belong to the last counted letter.
      let j = i + 1;
      while (j < surface.length && normalizeArabic(surface[j]).length === 0) j++;
      return j;
    }
  }
  return surface.length;
}

/** Number of whitespace-separated words (ingest's thresholds and the `words` export). */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
