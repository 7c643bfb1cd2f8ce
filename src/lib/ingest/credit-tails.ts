// The credit lines a story's foot and head print, read for the wires they name (metadata.ts; moved out of it in the
// thirty-second round, unchanged): «ع.ش/ ح.ز (أ ف ب، رويترز)», «فرانس24/ أ ف ب», «مع معلومات من …», «بواسطة … مع أ ف ب».
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import type { NameLookup } from './names';
import { creditNames } from './credits';

// «… (رويترز)», «… (رويترز).»: a full stop may follow the closing tag.
export const CREDIT_TAIL = /\(([^()]{2,40})\)\s*\.?\s*$/u;

/** «ع.ش/ ح.ز (أ ف ب، رویترز)», «--(بترا)»: editor initials or dashes, then the wires. */
export function creditLine(l: ClassifiedLine): string | undefined {
  const m = CREDIT_TAIL.exec(l.text);
  if (!m || l.words > 10) return undefined;
  const before = l.text.slice(0, m.index);
  return /[\p{L}]{3,}/u.test(before.replace(/[.\/]/g, ' ')) ? undefined : m[1];
}

// Desk or editor initials: «ق.د», «ع.م», «ح.ز».
const INITIALS = /^[\p{L}]{1,2}(?:\.[\p{L}]{1,2})+\.?$/u;

/**
 * «فرانس24/ أ ف ب»: a short line of two or three names joined by separators, every one known;
 * «ق.د / وأج»: desk initials, then the names.
 */
export function namesLine(l: ClassifiedLine, names: NameLookup): string | undefined {
  if (l.words > 8 || !/[/\-–—ـ]/.test(l.text)) return undefined;
  const parts = creditNames(l.text);
  const named = parts.filter((p) => !INITIALS.test(p));
  const initialled = named.length < parts.length && named.length >= 1;
  return (initialled || (parts.length >= 2 && parts.length <= 3)) && named.length <= 3 && named.every((p) => names(p)) ? named.join('، ') : undefined;
}

/** «مع معلومات من وكالة الصحافة الفرنسية»: the names after a credit phrase (`creditPhrases`). */
export function phraseCredit(l: ClassifiedLine, lex: Lexicon): string | undefined {
  if (l.words > 10) return undefined;
  const phrase = lex.creditPhrases.find((p) => l.key.startsWith(`${p} `));
  return phrase ? l.text.trim().split(/\s+/).slice(phrase.split(' ').length).join(' ') : undefined;
}

/** «بواسطة يورونيوز عربي مع أ ف ب»: the names after a byline label, when the line opens with one. */
export function bylineCredit(l: ClassifiedLine, lex: Lexicon): string | undefined {
  if (l.kind === 'byline') return l.value;
  const [first, ...rest] = l.key.split(' ');
  return rest.length && lex.bylines.has(first) ? l.text.slice(l.text.indexOf(' ') + 1) : undefined;
}
