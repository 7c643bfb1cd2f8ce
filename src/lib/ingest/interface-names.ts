// Lines and names no publisher has, whatever rule proposed them (forty-fourth round, session 47, helper 13p: a fresh
// probe of real pages). Each is read by its words, from data, not by where it stands:
//
// * a language switch («English EN», «Français | FR», «Türkçe TR»): every token a language's name or code
//   (`interfaceWords.languageSwitch`) — interface text, read on a real page as the name over a staff box;
// * a stock-photo agency («Getty Images», «Shutterstock»: `stockPhotoAgencies`) — a picture's credit, read on a real
//   page in a caption's closing bracket as a dateline's outlet («… في أنقرة، 18 فبراير 2025 (Getty)»);
// * a section's head and its adjective («تقارير خاصة», «أحداث خاصة», «ملفات ساخنة»: `sectionHeads` +
//   `sectionAdjectives`) — the story's label, read on a real page as the site's short first line;
// * an export's date field glued to the page's own link («date 2025-10-21 https://sarabic.ae/…»): the field's date and the
//   link, each read as it is read on a line of its own.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { matchKey } from '../data/keys';

/** A language switch's separators: spaces, bars, slashes, dots. */
const SWITCH_SEPARATORS = /[\s|｜/•·,،]+/u;
const MAX_SWITCH_TOKENS = 4;

/** «English EN», «Français | FR», «Türkçe TR»: one to four tokens, each a language's name or code. */
export function isLanguageSwitch(text: string, lex: Pick<Lexicon, 'interfaceWords'>): boolean {
  const names = lex.interfaceWords.languageSwitch;
  if (!names?.size) return false;
  const tokens = text.split(SWITCH_SEPARATORS).filter(Boolean);
  return tokens.length >= 1 && tokens.length <= MAX_SWITCH_TOKENS && tokens.every((t) => names.has(lexKey(t)));
}

/** «Getty Images», «(Shutterstock)»: a stock-photo agency's name, brackets aside. */
export function isStockPhotoAgency(text: string, lex: Pick<Lexicon, 'stockPhotoAgencies'>): boolean {
  return !!lex.stockPhotoAgencies?.size && lex.stockPhotoAgencies.has(lexKey(text.replace(/^[\s([]+|[\s)\]]+$/gu, '')));
}

const noteWords = new WeakMap<object, { colours: Set<string>; folders: Set<string> }>();

/**
 * «أصفر · ملاحظات», «ملاحظات · أحمر», «Yellow · Notes»: a notes app's colour and folder label (`noteLabels`) — two to four
 * tokens, every one a colour or a folder's word, both kinds present (forty-fifth round, at the merge; aside45 u4549, spent).
 */
export function isNoteColourLabel(text: string, lex: Pick<Lexicon, 'data'>): boolean {
  let words = noteWords.get(lex.data as object);
  if (!words) noteWords.set(lex.data as object, (words = { colours: new Set(lex.data.noteLabels.colours.map(lexKey)), folders: new Set(lex.data.noteLabels.folders.map(lexKey)) }));
  const tokens = text.split(SWITCH_SEPARATORS).filter(Boolean).map(lexKey);
  if (tokens.length < 2 || tokens.length > MAX_SWITCH_TOKENS) return false;
  const colours = tokens.filter((t) => words!.colours.has(t)).length;
  const folders = tokens.filter((t) => words!.folders.has(t)).length;
  return colours > 0 && folders > 0 && colours + folders === tokens.length;
}

/** Keyed words («تقارير», «خاصه»): a section's head, then one or two of its adjectives and nothing else. */
export function headWithAdjectives(parts: readonly string[], heads: ReadonlySet<string> | undefined, adjectives: ReadonlySet<string> | undefined): boolean {
  return !!heads && !!adjectives?.size && parts.length >= 2 && parts.length <= 3 && heads.has(parts[0]) && parts.slice(1).every((w) => adjectives.has(w));
}

/** «تقارير خاصة», «ملفات ساخنة», «أحداث خاصة»: a section's head and its adjectives. */
export function isSectionWithAdjective(text: string, lex: Pick<Lexicon, 'sectionHeads' | 'sectionAdjectives'>): boolean {
  return headWithAdjectives(text.trim().split(/\s+/u).map(matchKey).filter(Boolean), lex.sectionHeads, lex.sectionAdjectives);
}

// «date 2025-10-21 https://…», «Date: 2025-10-21 www.…», «2025-10-21 https://…»: a Latin label (or none), an ISO date, then
// a link and nothing else.
const DATED_LINK = /^(?:[A-Za-z]{3,10}:?\s+)?(\d{4}-\d{2}-\d{2})\s+((?:https?:\/\/|www\.)\S+)$/u;

/** The date and the link of an export's date field glued to the page's own link, or undefined. */
export function datedLink(text: string): { iso: string; link: string } | undefined {
  const m = DATED_LINK.exec(text.trim());
  return m ? { iso: m[1], link: m[2] } : undefined;
}

/** The line's link, its export date field aside: «date 2025-10-21 https://x.ae/…» → «https://x.ae/…»; other lines as they are. */
export function linkPart(text: string): string {
  return datedLink(text)?.link ?? text;
}
