// An agency's short code made of its name's initials (forty-fifth round, helper 13s; aside44 u4388 read «جيبوتي (وجا) -» on the
// Djibouti agency's own site as an agency «وجا»): Arabic wires are credited by the first letters of their names' words, the article
// dropped — «واس» (وكالة الأنباء السعودية), «واج» (وكالة الأنباء الجزائرية), «بنا» (أنباء البحرين), «وجا» (وكالة جيبوتي للأنباء).
// The lists hold the codes they have seen; a code they do not hold is still read when its letters spell, in order, the initials of
// the page's own agency name or of exactly one listed agency's name — never a guess among several.
import type { Source } from '../data/schemas/sources';
import { normalizeArabic } from '../arabic/normalize';

/** A code: one word of three to five Arabic letters (two-letter words are too often prose). */
const CODE = /^[\u0621-\u064A]{3,5}$/u;
/** The article (and «لل», «بال») a name's word drops before its initial is taken. */
const ARTICLE = /^(?:ال|لل|بال|وال)(?=[\u0621-\u064A]{2,})/u;

/** The initials of a name of two words or more, folded («وكالة جيبوتي للأنباء» → «وجا»), or undefined. */
export function initialsOf(name: string): string | undefined {
  const words = normalizeArabic(name).replace(/[()«»"]/gu, ' ').split(/\s+/u).filter((w) => /^[\u0621-\u064A]+$/u.test(w));
  if (words.length < 2) return undefined;
  return words.map((w) => w.replace(ARTICLE, '')[0]).join('');
}

/** Whether `text` reads as an initials code at all (cheap gate before any comparison). */
export function isInitialsShape(text: string): boolean {
  return CODE.test(text.trim());
}

/** Whether the code spells the initials of `name`. */
export function spellsInitials(code: string, name: string): boolean {
  return isInitialsShape(code) && initialsOf(name) === normalizeArabic(code.trim());
}

/** Listed agencies by their names' initials; a code two agencies share is left out. Memoised per sources list. */
const byInitials = new WeakMap<readonly Source[], Map<string, string | null>>();
function agencyInitials(sources: readonly Source[]): Map<string, string | null> {
  let map = byInitials.get(sources);
  if (!map) {
    map = new Map();
    for (const s of sources) {
      if (s.kind !== 'agency') continue;
      for (const name of [s.name, ...(s.aliases ?? [])]) {
        const code = initialsOf(name);
        if (!code || code.length < 3) continue;
        const seen = map.get(code);
        map.set(code, seen === undefined || seen === s.name ? s.name : null);
      }
    }
    byInitials.set(sources, map);
  }
  return map;
}

/** The listed agency whose name's initials the code spells (its listed name), when exactly one does. */
export function agencyByInitials(code: string, sources: readonly Source[]): string | undefined {
  if (!isInitialsShape(code)) return undefined;
  return agencyInitials(sources).get(normalizeArabic(code.trim())) ?? undefined;
}
