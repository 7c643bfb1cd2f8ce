// A site's own credit opening the lead, in shapes real pages print and the dateline grammar did not
// read (twenty-fifth round, a sixth probe of real pages): the name closed by a colon and echoed as
// the story's first glued word («NAME : HEAD_يبدأ …»), and an unknown name before a known place and
// a full date («NAME – كييف – 24 أبريل 2022- …»). Pure: the lead's text and the lexicon in, a
// Dateline (offsets into the printed text) out.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Dateline } from './dateline';
import type { NameLookup, NamedSource } from './names';
import type { Signal } from './credits';
import type { PageLine } from './site-name';

// A separator between the parts of a credit: a dash of any length, a tatweel, a slash or a pipe.
const SEP = '\\s*[-–—ـ/|]+\\s*';
// NAME SEP PLACE SEP DATE SEP (built once: every line of a page is parsed for a dateline).
// NAME SEP PLACE DATE SEP, the place and the date side by side (a comma, «في» or a space between them).
const NAME_THEN_PLACE_DAY = new RegExp(`^([\\p{L}\\p{M}0-9]{2,}(?: [\\p{L}\\p{M}0-9]{2,}){0,3})${SEP}([^-–—ـ/|]{8,60}?)\\s*[-–—ـ/|]+\\s*(?=[\\p{L}"«“])`, 'u');
const NAME_PLACE_DATE = new RegExp(`^([\\p{L}\\p{M}0-9]{2,}(?: [\\p{L}\\p{M}0-9]{2,}){0,2})${SEP}([\\p{L}\\p{M}]{2,}(?: [\\p{L}\\p{M}]{2,})?)${SEP}([^-–—ـ/|]{6,30}?)\\s*[-–—ـ/|:]+\\s*(?=[\\p{L}"«“])`, 'u');

/**
 * «نيروز الإخبارية : نيروز_يبدأ …»: after a colon credit, the name's first word glued to the story by
 * an underscore or a dash (the reader has turned underscores into dashes) is the credit's echo —
 * a tag the site prints before its stories — never the story's first word. Returns the new end.
 */
export function echoedCredit(text: string, end: number, name: string): number {
  const head = lexKey(name.trim().split(/\s+/)[0] ?? '');
  const m = /^([\p{L}\p{M}]{2,})[-–—ـ_]+(?=[\p{L}"«“])/u.exec(text.slice(end));
  return m && head && lexKey(m[1]) === head ? end + m[0].length : end;
}

/**
 * «بوابة أوكرانيا – كييف – 24 أبريل 2022- رغم …»: one to three name-like words, a separator, a place
 * the places data knows, a separator, a full date (its year printed) and a separator, then the
 * story. The known place and the full date vouch for the shape, so the unknown name opening it is
 * the credit — the site's own, as a reverse dateline's («شفق نيوز- بغداد») is; read by grammar only.
 * The place and the date may stand with no separator between them («NAME – كييف 11 مايو 2024 –»,
 * «NAME – بغداد، 3 مايو 2028 –», «NAME – الكويت في السبت 14 فبراير 2026 10:10 مساءً -»: forty-fifth
 * round, real pages), and the name may be a writer's («كتب NAME - …», a given name first): the place
 * and the date are then read, and no outlet.
 */
export function nameBeforePlaceAndDate(text: string, lex: Lexicon): Dateline | undefined {
  return nameBeforePlaceDated(text, lex) ?? writerBeforePlace(text, lex);
}

// «محمود سالم - القاهرة - تستضيف …»: a writer's two or three words, a separator, a place, a separator, the story.
const WRITER_PLACE = new RegExp(`^([\\p{L}\\p{M}]{2,}(?: [\\p{L}\\p{M}]{2,}){1,3})\\s+[-–—ـ]+\\s+([\\p{L}\\p{M}]{2,}(?: [\\p{L}\\p{M}]{2,})?)\\s+[-–—ـ]+\\s*(?=[\\p{L}"«“])`, 'u');

/**
 * «أحمد جودة - القاهرة - صرح …»: the same writer's dateline with no date (an aggregator's copy under its frame, forty-seventh
 * round, 13c: a real tune pool's page). The writer vouches only by a given name opening the words (or a byline word before
 * them), the place only by the places data: the place is read, no outlet. Not a name the lists know, nor words the
 * lists read as places, labels or function words.
 */
function writerBeforePlace(text: string, lex: Lexicon): Dateline | undefined {
  const m = WRITER_PLACE.exec(text);
  if (!m || !lex.places.has(lexKey(m[2])) || lex.names(m[1])) return undefined;
  const words = m[1].split(' ').map(lexKey);
  const rest = lex.bylines.has(words[0]) ? words.slice(1) : words;
  if (rest.length < 2 || rest.length > 3 || !lex.givenNames.has(rest[0])) return undefined;
  if (rest.some((w) => lex.functionWords.has(w) || lex.places.has(w) || lex.dates.lineWords.has(w))) return undefined;
  if (text.slice(m[0].length).trim().split(/\s+/).length < 3) return undefined;
  return { place: m[2], end: m[0].length, evidence: 'grammar' };
}

function nameBeforePlaceDated(text: string, lex: Lexicon): Dateline | undefined {
  const m = NAME_PLACE_DATE.exec(text);
  const joined = m ? undefined : NAME_THEN_PLACE_DAY.exec(text);
  const found = m ? { name: m[1], place: m[2], date: m[3], end: m[0].length } : joined ? placeThenDate(joined[2], lex) && { name: joined[1], ...placeThenDate(joined[2], lex)!, end: joined[0].length } : undefined;
  if (!found) return undefined;
  const { name, place, date, end } = found;
  const words = name.split(' ').map(lexKey);
  if (!lex.places.has(lexKey(place)) || lex.places.has(lexKey(name)) || lex.names(name)) return undefined;
  // The date must be whole: a year-less «24 أبريل» is a day, not a date that vouches.
  if (!/\d{4}/u.test(date) || !lex.dates.parse(date)) return undefined;
  if (text.slice(end).trim().split(/\s+/).length < 3) return undefined;
  // «كتب ناصر المحيسن -», «شهد محمد -»: a writer signs the dateline (a byline word first, or a given
  // name among the words); the site is not named.
  const writer = lex.bylines.has(words[0]) || words.some((w) => lex.givenNames.has(w));
  const rest = lex.bylines.has(words[0]) ? words.slice(1) : words;
  if (rest.some((w) => lex.functionWords.has(w) || lex.bylines.has(w) || lex.dates.lineWords.has(w))) return undefined;
  if (writer && (!joined || rest.length < 1 || rest.length > 3)) return undefined;
  if (!writer && words.length > 3) return undefined;
  return { place, date: date.trim(), ...(writer ? {} : { outlet: { name, kind: 'outlet' as const } }), end, evidence: 'grammar' };
}

/**
 * «كييف 11 مايو 2024», «بغداد، 3 مايو 2028», «الكويت في السبت 14 فبراير 2026 10:10 مساءً»: a known place
 * of one or two words, then (after a comma or «في», or nothing) a date whose every word is a figure, a
 * clock time, a month's name or a date line's word (a weekday, «مساءً»). Anything else is the story's.
 */
function placeThenDate(body: string, lex: Lexicon): { place: string; date: string } | undefined {
  const words = body.trim().split(/\s+/);
  for (const size of [2, 1]) {
    const place = words.slice(0, size).join(' ').replace(/[،,]$/u, '');
    if (words.length <= size || !lex.places.has(lexKey(place))) continue;
    let rest = words.slice(size);
    if (rest[0] === '،' || rest[0] === ',' || lexKey(rest[0]) === lexKey('في')) rest = rest.slice(1);
    const dateWord = (w: string) => /^[0-9٠-٩]{1,4}(?:[:/.][0-9٠-٩]{1,4})*[،,]?$/u.test(w) || lex.dates.isMonthName(w.replace(/[،,]$/u, ''))
      || lex.dates.lineWords.has(lexKey(w.replace(/[،,]$/u, '')));
    if (rest.length && rest.every(dateWord)) return { place, date: rest.join(' ') };
  }
  return undefined;
}

// A bare domain («worldnews-sy.net»): a site's own address printed after its name.
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/iu;

/**
 * «الترا فلسطين | ترجمة فريق التحرير», «اخبار سوريا والعالم/ worldnews-sy.net»: a line of its own
 * above the story, NAME SEPARATOR REST, where REST only says how the story was made — credit words
 * (`creditWords`: «ترجمة», «خاص», «متابعات») and newsroom signatures (`staffCredits`) — or is the
 * site's own domain. The name is the site signing its story (twenty-fifth round, real pages). One to
 * four words, no place, label, date word or name the lists read as something else.
 */
export function ownCreditLines(lines: readonly PageLine[], start: number, lex: Lexicon): Signal[] {
  const out: Signal[] = [];
  for (const l of lines.slice(0, start + 1)) {
    // A domain alone («eipss-eg.org») is an address, not a name and its credit.
    if (l.kind === 'blank' || l.words > 8 || DOMAIN.test(l.text.trim())) continue;
    // A spaced tatweel separates as a dash does («ألترا عراق ـ فريق التحرير»: forty-fourth round, a real page).
    const m = /^([\p{L}\p{M}0-9 ]{2,40}?)(?:\s*[|/–—-]\s*|\s+ـ+\s+)(\S.{1,40})$/u.exec(l.text.trim());
    if (!m) continue;
    const name = m[1].trim();
    const rest = m[2].trim();
    const words = name.split(/\s+/);
    if (words.length > 4 || !/\p{Script=Arabic}/u.test(name) || lex.places.has(lexKey(name)) || lex.exact.has(lexKey(name)) || lex.names(name)) continue;
    if (words.some((w) => lex.bylines.has(lexKey(w)) || lex.dates.lineWords.has(lexKey(w)) || lex.givenNames.has(lexKey(w)))) continue;
    if (!DOMAIN.test(rest) && !madeOfCredits(rest, lex)) continue;
    out.push({ field: 'outlet', value: name, confidence: 0.72, rule: 'own credit line (NAME | credit words or its domain)', line: l.index + 1 });
  }
  return out;
}

/** «ترجمة فريق التحرير», «خاص», «قسم الأخبار»: every word a credit word or part of a newsroom signature. */
function madeOfCredits(rest: string, lex: Lexicon): boolean {
  let left = ` ${lexKey(rest)} `;
  for (const staff of [...lex.staffCredits].sort((a, b) => b.length - a.length)) left = left.split(` ${staff} `).join(' ');
  const words = left.trim().split(/\s+/).filter(Boolean);
  return words.every((w) => { const n = lex.names(w); return !!n && n.kind === 'generic' && !n.wires; });
}

/**
 * «( أردو بوینت نتورك ۔ / سبوتنيك - 29 نوفمبر 2021ء) اكد …»: round brackets opening the lead that hold
 * a credit chain — parts set off by slashes, a wire the lists know and a full date among them — then
 * the story. The wire is the agency and the date the dateline's; a remaining name of one to four
 * words is the copying site's own (by grammar). The wire and the date together vouch for the shape.
 */
export function bracketedCredits(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = /^\(\s*([^()\n]{4,90}?)\s*\)\s*[-–—ـ:]?\s*(?=[\p{L}"«“])/u.exec(text);
  // «۔», the Urdu full stop, closes a name as a space does.
  const parts = m ? m[1].replace(/۔/gu, ' ').split(/\s*\/\s*/u).map((p) => p.trim()).filter(Boolean) : [];
  if (parts.length < 2) return undefined;
  let agency: NamedSource | undefined;
  let outlet: NamedSource | undefined;
  let date: string | undefined;
  for (const part of parts) {
    // «سبوتنيك - 29 نوفمبر 2021ء»: a name and its date in one part; «ء» after a year is the Urdu era mark.
    const [head, ...tail] = part.split(/\s+[-–—]\s+/u);
    const when = tail.join(' ').replace(/(\d{4})\s*ء/u, '$1').trim();
    if (when) {
      if (!lex.dates.parse(when)) return undefined;
      date = when;
    }
    const known = lookup(head);
    const asDate = head.replace(/(\d{4})\s*ء/u, '$1');
    if (known?.kind === 'agency') agency ??= known;
    else if (known?.kind === 'outlet') outlet ??= known;
    else if (/\d{4}/u.test(asDate) && lex.dates.parse(asDate)) date ??= asDate;
    else if (!known && head.split(/\s+/).length <= 4 && /\p{L}{2}/u.test(head) && !lex.places.has(lexKey(head))) outlet ??= { name: head, kind: 'outlet' };
    else return undefined;
  }
  if (!agency || !date || text.slice(m![0].length).trim().split(/\s+/).length < 3) return undefined;
  return { place: '', agency, ...(outlet ? { outlet } : {}), date, end: m![0].length, evidence: 'known' };
}

// «وكالة … للأنباء (اوا) - الخدمة الدولية: …»: a name that calls itself an agency, its code in
// brackets, a separator, a desk (`datelineDesks`) closed by a colon or none.
const AGENCY_SELF_CREDIT = /^((?:ال)?وكال[ةه]\s[\p{L}\p{M} ]{2,40}?(?:للأنباء|للانباء|الإخبارية|الاخبارية))\s*\(([^()\n]{2,12})\)\s*[-–—ـ]+\s*(?:([\p{L}\p{M} ]{2,25}?)\s*:)?\s*(?=[\p{L}"«“])/u;

/**
 * An agency signing its own story: its full name, its code in brackets and its desk opening the
 * lead (an agency's international service copying its wire). The name is the outlet and the agency
 * (the README's convention for an agency's own site whose dateline credits itself).
 */
export function agencySelfCredit(text: string, lex: Lexicon): Dateline | undefined {
  if (!/^(?:ال)?وكال/u.test(text)) return undefined;
  const m = AGENCY_SELF_CREDIT.exec(text);
  if (!m || (m[3] && !lex.places.has(lexKey(m[3])))) return undefined;
  if (text.slice(m[0].length).trim().split(/\s+/).length < 3) return undefined;
  const self: NamedSource = { name: m[1].trim(), kind: 'agency' };
  return { place: '', agency: self, outlet: { ...self, kind: 'outlet' }, end: m[0].length, evidence: 'grammar' };
}
