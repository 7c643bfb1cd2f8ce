// The site's own credit closed by a separator, where no place vouches for it (forty-third round, session 46:
// a probe of real pages read with the spent real-page asides — five sites print it):
//
// * alone on the line right over the lead: «NAME :», «NAME 2030 /», «NAME :-» (two words or more) (dateline-stub.ts asks it
//   after the lead's grammar found nothing). A line that is only a name and a closing separator, the story
//   under it, is the lead's credit broken onto its own line — prose, a headline or a caption never ends so.
// * glued to the lead by «:-» or by a dash spaced before and glued after («NAME:- قال …», «NAME -قال …»):
//   prose and headlines never print those separators (`GLUED_SEPARATOR`, used by dateline-shapes.ts).
//
// Not a credit: a place (the place alone is the dateline's), a reporter (a given name first), a label, a
// section or a credit word (`labelShaped`), a byline or date word, the lead's own subject («وزارة المالية :»
// over «أعلنت وزارة المالية …»). Read by grammar only: a weak outlet (0.45, dateline-signals.ts).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Dateline } from './dateline';
import type { NameLookup } from './names';
import { isCreditWord } from './names';
import { labelShaped, labelWords } from './story-label';
import { definiteSiteWord } from './lead-credit';
import { normalizeArabic } from '../arabic/normalize';

/**
 * Two or three words, or a word and a number («مدار 360»), then «:», «:-», «/» and nothing else. One word alone
 * («بحري :» over a Sudanese lead) is a town the places data does not know as often as a site's name — unless it is
 * definite and no listed town (`definiteStub`, below).
 */
const SEPARATOR_STUB = /^([\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,}){1,2}|[\p{L}\p{M}]{2,}(?: [\p{L}\p{M}]{2,})? [0-9]{1,4})\s*(?::\s*[-–—ـ]?|\/)$/u;

/** One definite word and a colon («الوميض:», «الثورة :»): the grammar of the stub, one word long (`definiteSiteWord`). */
const DEFINITE_STUB = /^(ال[\p{L}\p{M}]{3,})\s*:\s*[-–—ـ]?$/u;

/**
 * «الوميض:» alone over the lead: one word is a site's name only when it is definite and no town the data lists
 * (content/dateline-towns.yaml closes the definite-article towns; any other one word is as often a town: «بحري :»).
 */
function definiteStub(stub: string, lex: Lexicon): RegExpExecArray | null {
  const m = DEFINITE_STUB.exec(stub);
  return m && definiteSiteWord(m[1], lex) ? m : null;
}

/**
 * «NAME:- …», «NAME:-…», «NAME -قال …»: the separators of a credit glued to the lead that no sentence
 * holds — a colon with a dash after it, or a dash with a space before it and the next word glued after it.
 */
export const GLUED_SEPARATOR = String.raw`\s*:[-–—ـ]\s*|\s[-–—ـ](?=[\p{L}"«“])`;

const MIN_LEAD_WORDS = 8;

const stem = (w: string) => normalizeArabic(w).replace(/^(?:و|ف|ب|ل)(?=ال)/u, '').replace(/^ال/u, '').replace(/(?:ية|يه|ي|ة|ه)$/u, '');

/** Every word of the name is among the lead's first twelve: the story's subject, not its credit. */
function leadHoldsName(name: string, lead: string): boolean {
  const words = name.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).map(stem);
  const first = lead.split(/\s+/).slice(0, 12).map((w) => stem(w.replace(/[^\p{L}\p{M}]/gu, '')));
  return words.length > 0 && words.every((w) => first.includes(w));
}

/** Is `name` (one to three words) a site's name by its shape — not a label, a person, a place or a word of prose? */
export function nameNotLabel(name: string, lex: Lexicon, lookup: NameLookup): boolean {
  const words = name.split(/\s+/);
  const keys = words.map(lexKey);
  if (lex.places.has(lexKey(name)) || lex.places.has(keys[0]) || lookup(name) || lex.exact.has(lexKey(name))) return false;
  // A metadata label closed by its colon («آخر تحديث :», «تاريخ النشر :», «مصدر الخبر :») introduces a value, not a site.
  if (Object.values(lex.labels).some((set) => set.has(lexKey(name)))) return false;
  if (lex.givenNames.has(keys[0]) || isCreditWord(words[0], lookup)) return false;
  if (words.some((w) => lex.functionWords.has(normalizeArabic(w))) || keys.some((k) => lex.bylines.has(k) || lex.dates.lineWords.has(k))) return false;
  if (lex.leadVerbs.has(normalizeArabic(words[0])) || lex.lineContinuations.has(keys[0])) return false;
  return !labelShaped(name, labelWords(lex));
}

/**
 * The site's credit alone on the line over the lead (`stub`), closed by a colon, «:-» or a slash: the
 * outlet, read by grammar only. `undefined` when the stub is no such line, the page prints it on another line too
 * (`printedAgain`), or the name fails a check above.
 */
export function separatorStub(stub: string, lead: string, lex: Lexicon, lookup: NameLookup, printedAgain: (text: string) => boolean = () => false): Dateline | undefined {
  const definite = definiteStub(stub, lex);
  const m = definite ?? SEPARATOR_STUB.exec(stub);
  // «حسابات الوسيط:» over the headline and again over the lead: a kicker printed twice, no credit (aside9 u397).
  if (!m || printedAgain(stub)) return undefined;
  const name = m[1];
  if (lead.trim().split(/\s+/).length < MIN_LEAD_WORDS || !/^[\p{L}"«“]/u.test(lead.trim())) return undefined;
  // One definite word is label-shaped by design («الاقتصاد»): `definiteSiteWord` has asked the label lists instead.
  if (!(definite ? !lookup(name) && !lex.givenNames.has(lexKey(name)) : nameNotLabel(name, lex, lookup)) || leadHoldsName(name, lead)) return undefined;
  return { place: '', outlet: { name, kind: 'outlet' }, end: 0, evidence: 'grammar' };
}
