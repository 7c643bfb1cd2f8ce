// Shape tests of one line, split from classify.ts (session 48, no rule changed): a spaced tag list,
// a photo credit after a slash or a ©, a dated teaser, a breadcrumb, a title bar, a dateline's place.
// Each reads the line's characters (and, for places and crumbs, the lexicon's word lists) only, so
// classifyUncached can ask them in any order.
import { hasArabic, normalizeArabic } from '../arabic/normalize';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { countWords } from '../arabic/tokenize';

const TAG_SPLIT = /\s*[،,|؛;]\s*|\s+[-–]\s+/u;

/** A tags line's value split at its commas, bars or spaced dashes; an unsplit value of ≤ 5 words is one tag. */
export function splitTags(value: string): string[] {
  const parts = TAG_SPLIT.test(value) ? value.split(TAG_SPLIT) : countWords(value) <= 5 ? [value] : [];
  return parts.map((p) => p.replace(/^#/, '').trim()).filter(Boolean);
}

/** A «)» last but for spaces: what WIRE_TAG needs, found without trying its pattern from every position. */
export function endsWithBracket(text: string): boolean {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  return text[end - 1] === ')';
}

/** Signs a spaced tag list has at least, and the words of its longest tag. */
const MIN_TAG_SIGNS = 3;
const MAX_TAG_WORDS = 5;

export function isSpacedTagList(text: string): boolean {
  if (!text.startsWith('#') || /[.!؟?،,:]/u.test(text)) return false;
  const tags = text.split('#').slice(1).map((t) => t.trim());
  return tags.length >= MIN_TAG_SIGNS && tags.every((t) => t && countWords(t) <= MAX_TAG_WORDS);
}

// «/ AA», «/ Getty Images», «/ صورة: AA (AA)»: the credit after the last slash, Latin or labelled.
const SLASHED_CREDIT = /\s\/\s*((?:(?:صورة|الصورة|تصوير)\s*[:：]\s*)?[A-Za-z][A-Za-z .&'-]{0,30}(?:\s*\([A-Za-z .]{1,20}\))?|(?:صورة|الصورة|تصوير)\s*[:：]\s*[^/.!؟?]{1,30})$/u;

export function slashedPhotoCredit(text: string): boolean {
  // The pattern needs a slash: a line without one (most prose) is not scanned position by position.
  const m = text.includes('/') ? SLASHED_CREDIT.exec(text) : null;
  if (!m || !hasArabic(m.input.slice(0, m.index))) return false;
  const before = text.slice(0, m.index).trim();
  return countWords(before) >= 4 && !/[.!؟?]["»”]?$/u.test(before);
}

export const DATED_TEASER = /(?:\.{3}|…)\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:\s*[,،]\s*[^.,،\d]{2,30})?$/u;

export const PHOTO_CREDIT_END = /[^\s©]\s*©\s*[\p{L}][\p{L}\p{M} .]{1,30}$/u;

/** Two crumbs, the first a page's home or menu word (`genericPageWords`): «الرئيسية / وطنية». */
export function isTwoCrumbs(text: string, lex: Lexicon): boolean {
  const m = /^([^.!؟?:>»›/|]{2,30}?)\s*[>»›/|]\s*([^.!؟?:>»›/|]{2,60})$/u.exec(text);
  return !!m && countWords(m[2]) <= 4 && lex.genericPageWords.has(lexKey(m[1]));
}

/**
 * What stands before a dateline's credit has a place's shape: a place the lexicon knows, or one
 * to three words with no function word. «صورة من عملية تبادل سابقة (أ.ب)» is a photo caption
 * closed by the photo agency's tag, not a dateline crediting the story to it.
 */
export function placeLike(text: string, lex: Lexicon): boolean {
  const words = text.trim().split(/\s+/);
  return lex.places.has(lexKey(text)) || (words.length <= 3 && !words.some((w) => lex.functionWords.has(normalizeArabic(w))));
}

/** «HEADLINE | SECTION | SITE»: bars only, a first part of ≥ 5 words, every other part ≤ 4 words. */
export function titleBarShape(text: string): boolean {
  const parts = text.split(/\s[|｜]\s/u);
  return parts.length >= 3 && countWords(parts[0]) >= 5 && parts.slice(1).every((p) => countWords(p) <= 4) && !/\s[>»›/]\s/u.test(text);
}
