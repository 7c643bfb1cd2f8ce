// Text features of the stories stage: normalised word tokens, their hashed word shingles
// (same text) and light stems (same event). Pure; every comparison goes through
// normalizeArabic (via the tokenizer) so spelling variants of one word meet.
import { tokenize } from '../arabic/tokenize';

/**
 * Words per shingle. Five, not four: a title and a name ("وزير الخارجية الروسي سيرغي") are
 * four words that distinct reports share all the time, so 4-shingles give unrelated reports
 * a floor of common shingles; five words in a row rarely repeat unless the text was copied,
 * and one changed word still breaks only five shingles of a few hundred.
 */
export const SHINGLE_WORDS = 5;

/** Normalised word tokens of the paragraphs (numbers and Latin words included). */
export function textTokens(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) for (const t of tokenize(p)) out.push(t.norm);
  return out;
}

/** 32-bit FNV-1a of a string: a shingle's identity (collisions are rare and only add noise). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct hashed word shingles of a token list, sorted (so two sets intersect in one
 * merge pass). A text shorter than one shingle gives one shingle of all its words.
 */
export function shingleSet(tokens: string[], size = SHINGLE_WORDS): Uint32Array {
  const words = tokens.map(hashString);
  const count = tokens.length >= size ? tokens.length - size + 1 : tokens.length ? 1 : 0;
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    // Order matters: each word's hash is rotated by its place in the shingle.
    let h = 0x9e3779b9;
    for (let k = 0; k < size && i + k < words.length; k++) {
      const w = words[i + k];
      h = Math.imul(h ^ ((w << (k * 7)) | (w >>> (32 - k * 7))), 0x01000193);
    }
    hashes[i] = h >>> 0;
  }
  const sorted = hashes.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i];
  return sorted.slice(0, n);
}

/** Size of the intersection of two sorted distinct sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Jaccard (shared / union) and containment (shared / the smaller set) of two shingle sets. */
export function overlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  if (!a.length || !b.length) return { jaccard: 0, containment: 0 };
  const shared = intersectionSize(a, b);
  return { jaccard: shared / (a.length + b.length - shared), containment: shared / Math.min(a.length, b.length) };
}

// Proclitics and the article, longest first: outlets write «والرئيس», «الرئيس» and «رئيس»
// for one word, and event similarity should not depend on which.
const PREFIXES = ['وبال', 'فبال', 'وكال', 'ولل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const MIN_STEM = 3;

/** A light stem for event similarity: the token without a leading conjunction/preposition + article. */
export function lightStem(norm: string): string {
  for (const p of PREFIXES) {
    if (norm.startsWith(p) && norm.length - p.length >= MIN_STEM) return norm.slice(p.length);
  }
  return norm;
}
