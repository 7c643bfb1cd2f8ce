// Two dateline shapes a real-page probe showed the grammar misses (fortieth round, session 43):
//
// * «بغداد،العراق-أعلن …», «البصرة، العراق – …», «الرياض، المملكة العربية السعودية –»: a known city, a
//   comma and its country (`datelineCountries`), then a dash or a colon — glued to the lead or spaced.
//   Both names must be known (the city by `datelinePlaces`, the country by its list): two cities
//   («واشنطن، موسكو –» opening a headline) or a word of prose never pass.
// * «المعلومة/بغداد..», «نبض الجنوب/ البصرة.. أعلنت …», «منارة الخبر/ عدن:»: a name no list knows, a
//   slash and a known place closed by «..» or «:» — the site's own credit (the known-name form, «الغد
//   برس/ البصرة..», is `reverseDateline`'s). A reporter (a given name first), a section label
//   («محليات/بغداد..») before the slash is no outlet: the place is kept alone; a place («صنعاء/عدن») makes no dateline.
// Tried only after every other grammar found nothing (dateline.ts), and cheap: each opens with one regex.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Dateline } from './dateline';
import { normalizeArabic } from '../arabic/normalize';

const NAME = String.raw`[\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){0,2}`;
const CITY_COUNTRY = new RegExp(String.raw`^(${NAME})\s*[،,]\s*(${NAME})\s*(?:[-–—]+|:)\s*(?=[\p{L}"«“])`, 'u');
const NAME_SLASH_PLACE = new RegExp(String.raw`^(${NAME})\s*/\s*(${NAME})\s*(?:\.{2,}|…|:)\s*`, 'u');
const MIN_STORY_WORDS = 3;

function storyAfter(text: string, end: number): boolean {
  const rest = text.slice(end).trim();
  return !rest || rest.split(/\s+/).length >= MIN_STORY_WORDS;
}

/** «CITY،COUNTRY-» / «CITY، COUNTRY –» / «CITY،COUNTRY:» opening the lead (or alone on its line). */
export function cityAndCountry(text: string, lex: Lexicon): Dateline | undefined {
  const m = CITY_COUNTRY.exec(text);
  if (!m) return undefined;
  const countries = new Set((lex.data.datelineCountries ?? []).map(lexKey));
  if (!lex.places.has(lexKey(m[1])) || !countries.has(lexKey(m[2]))) return undefined;
  if (text.slice(m[0].length).trim().split(/\s+/).length < MIN_STORY_WORDS) return undefined;
  return { place: m[1], end: m[0].length, evidence: 'known' };
}

/** «NAME/PLACE..» or «NAME/ PLACE:», NAME unknown to every list: the site's credit and its place. */
export function nameSlashPlace(text: string, lex: Lexicon): Dateline | undefined {
  const m = NAME_SLASH_PLACE.exec(text);
  // «موسكو/ كييف:» — two places, a headline's pair or a route — is no credit and no dateline.
  if (!m || !lex.places.has(lexKey(m[2])) || lex.places.has(lexKey(m[1])) || !storyAfter(text, m[0].length)) return undefined;
  const rest = text.slice(m[0].length).trim();
  const end = rest ? text.length - text.slice(m[0].length).trimStart().length : text.length;
  const words = m[1].split(/\s+/);
  const keys = words.map(lexKey);
  const notAName = lex.names(m[1]) !== undefined || lex.givenNames.has(keys[0])
    || words.some((w) => lex.functionWords.has(normalizeArabic(w)))
    || keys.some((w) => lex.dates.lineWords.has(w) || lex.bylines.has(w))
    || (lex.data.sectionLabels ?? []).some((s) => lexKey(s) === lexKey(m[1])) || lex.exact.has(lexKey(m[1]));
  if (notAName) return { place: m[2], end, evidence: 'grammar' };
  return { place: m[2], outlet: { name: m[1], kind: 'outlet' }, end, evidence: 'grammar' };
}
