// A date's role by the words around it (thirty-sixth round): the listed labels («تاريخ النشر», «آخر تحديث») name
// two roles in a few fixed phrasings; outlets print the same roles in many more («حُرّر بتاريخ», «أُضيف في», «منشور:»,
// «آخر تعديل:», «تم تحديثه في …», «تاريخ الإنشاء:»). A word of the line is read by its stem — clitics and a pronoun
// ending dropped, diacritics folded — against `dateRoles` (content/boilerplate.yaml): a publishing verb or noun
// makes the date the story's, an updating or editing one a later date. A line printing both, split by a bar or a
// slash («… | عُدّل في …», «تم تحديثه في … / نُشر لأول مرة في …»), gives the published part's date whatever its order.
import { lexKey } from './boilerplate';

export interface DateRoles { published: ReadonlySet<string>; updated: ReadonlySet<string>; other: ReadonlySet<string> }
/** «other»: a comment's, a print's or a save's date («4 تعليقات على الخبر المنشور بتاريخ …»), left to their readers. */
export type DateRole = 'published' | 'updated' | 'other';

/** «… | …», «… / …», «… · …», «… — …»: a spaced bar, slash, dot or long dash between a line's dated parts (a hyphen
 * is left: «10:40 - 12 آذار» joins a time to its date). */
const PARTS = /\s+[|｜/·•—–]\s+/u;
/** «والتحديث», «بالنشر», «لنشر»: a conjunction or preposition and the article before the stem. */
const PREFIX = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u;
/** «تحديثه», «نشرها», «عدلت»: a pronoun or a feminine ending after the stem. */
const SUFFIX = /(?:ه|ها|ت)$/u;

/** The forms a word may be listed under: as printed, without its clitics, without its ending, without both. */
function forms(word: string): string[] {
  const bare = word.replace(PREFIX, '');
  return [word, bare, word.replace(SUFFIX, ''), bare.replace(SUFFIX, '')].filter((w) => w.length >= 3);
}

/** The role the words of a part name: a comment's, print's or save's word first, else published or updated if only one is named. */
export function roleOf(text: string, roles: DateRoles): DateRole | undefined {
  let published = false;
  let updated = false;
  let other = false;
  for (const token of lexKey(text).split(' ')) {
    if (/[0-9٠-٩]/u.test(token)) continue;
    const w = token.replace(/[^\p{L}]/gu, '');
    if (!w) continue;
    const f = forms(w);
    if (f.some((x) => roles.published.has(x))) published = true;
    if (f.some((x) => roles.updated.has(x))) updated = true;
    if (f.some((x) => roles.other.has(x))) other = true;
  }
  if (other) return 'other';
  return published === updated ? undefined : published ? 'published' : 'updated';
}

/**
 * A date line whose role its own words name, else undefined (the listed labels and the plain date line decide).
 * Every dated part must be a date line by itself (`isDateLine`): prose that mentions an update is never read here.
 * Priority as classify.ts gives it: 0 published, 1 a plain date, 2 updated.
 */
export function dateByRole(text: string, roles: DateRoles, parse: (s: string) => string | undefined, isDateLine: (s: string) => boolean): { value: string; priority: number } | undefined {
  const parts = text.split(PARTS).map((p) => p.trim()).filter(Boolean);
  // Only a part naming a published or updated role can make the answer: a line whose parts name neither (most
  // dated lines) is answered before any part is parsed (the words are read faster than the dates).
  const named = parts.map((part) => roleOf(part, roles));
  if (!named.some((r) => r === 'published' || r === 'updated')) return undefined;
  const dated: Array<{ value: string; role?: DateRole }> = [];
  for (const [i, part] of parts.entries()) {
    const value = parse(part);
    if (!value) continue;
    if (!isDateLine(part)) return undefined;
    dated.push({ value, role: named[i] });
  }
  if (!dated.length || !dated.some((d) => d.role) || dated.some((d) => d.role === 'other')) return undefined;
  const published = dated.find((d) => d.role === 'published');
  if (published) return { value: published.value, priority: 0 };
  const plain = dated.find((d) => !d.role);
  return plain ? { value: plain.value, priority: 1 } : { value: dated[0].value, priority: 2 };
}
