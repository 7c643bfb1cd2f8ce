// «دكا (بي إس إس) - دعت …» (thirty-ninth round, at the merge): a wire no list knows, in brackets after a place no list
// knows either, read by the dateline's grammar alone. Each part must stand where a dateline's does and nowhere prose
// puts it: one or two bare words opening the lead (no article: «الوزير (السابق) -» is a person's title), a name of one
// to three words in brackets (none a function word, none with the article: «(في تصريح)», «(السابق)» are asides, and
// none a place: «(تتارستان)» is a region), a dash, then a lead's verb (`leadVerbs`, or its feminine «دعت» / «أكدت»).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';

const WORD = /^[\u0621-\u064A]{2,}$/u;

/** The lead's first word is a wire lead's verb, masculine or feminine («دعا» / «دعت», «أكد» / «أكدت»). */
export function opensWithLeadVerb(rest: string, lex: Lexicon): boolean {
  const first = normalizeArabic(/^\s*([\p{L}\p{M}]+)/u.exec(rest)?.[1] ?? '');
  if (!first) return false;
  if (lex.leadVerbs.has(first)) return true;
  if (!first.endsWith('ت') || first.length < 3) return false;
  const stem = first.slice(0, -1);
  return lex.leadVerbs.has(stem) || lex.leadVerbs.has(`${stem}ا`) || lex.leadVerbs.has(normalizeArabic(`${stem}ى`));
}

/** `place (credit) - rest` is a dateline with an unlisted wire, by its grammar (see above). */
export function wireByGrammar(place: string, credit: string, rest: string, lex: Lexicon): boolean {
  const placeWords = place.trim().split(/\s+/);
  const creditWords = credit.trim().split(/\s+/);
  if (placeWords.length > 2 || creditWords.length > 3) return false;
  const bare = (w: string) => WORD.test(w) && !w.startsWith('ال') && !lex.functionWords.has(normalizeArabic(w));
  // «(كيه إن إيه)»: a Latin acronym spelled letter by letter, two or three short words, may hold a letter's name that
  // is also a particle («إن»); a longer word beside it («(في تصريح)») makes the brackets prose.
  const spelled = creditWords.length >= 2 && creditWords.every((w) => WORD.test(w) && w.length <= 3 && !w.startsWith('ال'));
  if (!placeWords.every(bare) || !(spelled || creditWords.every(bare))) return false;
  if (lex.givenNames.has(lexKey(placeWords[0])) || lex.places.has(lexKey(credit))) return false;
  if (locatesPlace(credit, lex)) return false;
  return rest.trim().split(/\s+/).length >= 5 && opensWithLeadVerb(rest, lex);
}

/**
 * «لندن - كوبر - وزيرة الخارجية البريطانية - أعلنت …»: after an unknown name between dashes, a phrase closed by a
 * third dash and then a lead's verb is the name's appositive — the name is the lead's subject, not a wire (fortieth round).
 */
export function appositiveFollows(rest: string, lex: Lexicon): boolean {
  const m = /^([^-–—ـ.،:()]{3,60}?)\s[-–—ـ]\s+/u.exec(rest);
  return !!m && m[1].trim().split(/\s+/).length <= 6 && opensWithLeadVerb(rest.slice(m[0].length), lex);
}

/**
 * «خاركيف (شرق أوكرانيا) -», «صور (جنوب لبنان) -»: two or three words in brackets after the place, one of them a place
 * the data knows, are where the place lies, not a wire (forty-third round: the bracket-wire grammar read «شرق أوكرانيا»
 * as an unlisted agency). The caller asks only for a bracket no list names («(روسيا اليوم)» is a channel).
 */
export function locatesPlace(credit: string, lex: Lexicon): boolean {
  const words = credit.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => WORD.test(w) && !lex.functionWords.has(normalizeArabic(w)))) return false;
  const countries = countryKeys(lex);
  // Any word, or the words from it to the end («شمال جنوب السودان»), a place or a country the data lists.
  return words.some((_, i) => { const k = lexKey(words.slice(i).join(' ')); return lex.places.has(k) || countries.has(k) || lex.places.has(lexKey(words[i])); });
}

const countrySets = new WeakMap<object, Set<string>>();
function countryKeys(lex: Lexicon): Set<string> {
  let set = countrySets.get(lex.data as object);
  if (!set) { set = new Set((lex.data.datelineCountries ?? []).map(lexKey)); countrySets.set(lex.data as object, set); }
  return set;
}
