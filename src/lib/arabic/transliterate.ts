// A deliberately simple Arabic → Latin transliteration for discovered people: it only has
// to give a readable English label and a stable ASCII id (discovered-hakan-fidan).
// Arabic script omits short vowels, so و/ي between consonants are read as o/i.
import { normalizeArabic } from './normalize';

const CONSONANTS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh',
  'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
  'ه': 'h', 'ء': '',
};
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي']);

function transliterateWord(word: string): string {
  const w = normalizeArabic(word).replace(/[^\u0621-\u064A]/g, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i], prev = w[i - 1], next = w[i + 1];
    if (c === 'ا') out += i === w.length - 1 && prev === 'ي' ? 'a' : 'a';
    else if (c === 'و') out += i === 0 || (next && VOWEL_LETTERS.has(next) && next !== 'و') ? 'w' : 'o';
    else if (c === 'ي') out += i === 0 || (next && (next === 'ا' || next === 'و')) || prev === 'ي' ? 'y' : 'i';
    // Final ه is usually a feminine/vowel ending: زاخاروفه → zakharova-ish, دراجونه → dragone.
    else if (c === 'ه' && i === w.length - 1 && i > 1) out += prev === 'ا' ? 'h' : 'e';
    else out += CONSONANTS[c] ?? '';
  }
  return out.replace(/(.)\1{2,}/g, '$1$1');
}

/** Latin rendering of an Arabic name, words capitalised: غويدو كروسيتو → "Ghwido Krosito". */
export function transliterate(name: string): string {
  return name
    .split(/[\s.\-،,]+/)
    .map(transliterateWord)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/** ASCII slug of a transliterated name: "Hakan Fidan" → "hakan-fidan". */
export function asciiSlug(latin: string): string {
  return latin
    .normalize('NFKD')
    .replace(/[^\x00-\x7F]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
