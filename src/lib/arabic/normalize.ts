// Normalisation for matching, never for display: hamza seats, alef forms, ة/ه, ى/ي, tashkeel, tatweel.
// Every stage that compares Arabic text (ingest phrase lists, actor linking, topics,
// search) goes through normalizeArabic so they agree on what "the same word" means.

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Invisible format characters that scraped text carries inside words
// (zero-width joiners, bidi marks and overrides, BOM, soft hyphen).
export const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

const LETTER_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي',
  // Hamza seats fold onto the bare hamza, so مسئول and مسؤول meet.
  'ئ': 'ء', 'ؤ': 'ء',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
  'گ': 'ك',
  'ڤ': 'ف', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
};

/** Converts Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII digits. Safe for display too. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Removes zero-width and bidi control characters (safe for display as well as matching). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Folds the spelling differences Arabic writers do not treat as meaningful:
 * alef forms, alef maqsura/yeh, teh marbuta/heh, hamza seats, tashkeel, tatweel,
 * Persian letters and digits. Latin letters are lower-cased. Length may change.
 */
export function normalizeArabic(text: string): string {
  // One pass: each fold above acts on single code units, so the text is copied run by run and
  // only a unit the folds change is replaced (most of a line is left as it is).
  // Lower-casing is a second pass over the whole text: it runs only when a unit of the text has a
  // case (Arabic letters have none; most lines hold no Latin capital).
  let out = '';
  let from = 0;
  let cased = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (foldState[c] === UNIT_KEPT) continue;
    const folded = foldUnit(c);
    if (foldState[c] === UNIT_CASED) cased = true;
    if (folded === undefined) continue;
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  const whole = from === 0 ? text : out + text.slice(from);
  return cased ? whole.toLowerCase() : whole;
}

/** The folds of normalizeArabic but lower-casing, pattern by pattern (applied to one unit at a time). */
function foldByPatterns(text: string): string {
  const out = toAsciiDigits(stripInvisible(text).replace(TASHKEEL, '').replace(TATWEEL, ''));
  return out.replace(/[أإآٱٲٳىیېۍئةۀہھؤکڪگڤپچژ]/g, (c) => LETTER_MAP[c] ?? c);
}

// Per code unit, filled on first use: unknown, kept as it is, kept but lower-cased (a letter with a
// case, or half of a surrogate pair, whose pair may have one), or replaced by FOLDED[unit] ('' = dropped).
const UNIT_KEPT = 1, UNIT_FOLDED = 2, UNIT_CASED = 3;
const foldState = new Uint8Array(0x10000);
const FOLDED = new Map<number, string>();
function foldUnit(c: number): string | undefined {
  if (foldState[c] === 0) {
    const ch = String.fromCharCode(c);
    const folded = foldByPatterns(ch);
    const cased = ch.toLowerCase() !== ch || (c >= 0xd800 && c <= 0xdfff) || folded.toLowerCase() !== folded;
    foldState[c] = cased ? UNIT_CASED : folded === ch ? UNIT_KEPT : UNIT_FOLDED;
    if (folded !== ch) FOLDED.set(c, folded);
  }
  return FOLDED.get(c);
}

/** True when the text holds at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/.test(text);
}
