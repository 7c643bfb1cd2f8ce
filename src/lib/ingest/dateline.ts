// Datelines by grammar: PLACE [في DATE] SEPARATOR CREDIT [SEPARATOR], where the separator is
// `-`, `–`, `—`, `ـ` (tatweel), `/ … /`, `( … )`, `«…»` or `:`, at the start of the lead or
// on a line of its own («موسكو في 4 أبريل /أ ش أ/ قال …», «أنقرة/ الأناضول», «عمان 18 آب
// (بترا)- …», «عواصم: «الخليج»، وكالات»), the reverse «OUTLET- PLACE» («شفق نيوز- بغداد»), and
// a place with no credit («الجزائر - …» for a known place, or any place with a full date).
// The credit is recognised from the source names (sources.yaml + lexicon); an unknown credit
// counts only when the grammar is unambiguous (paired delimiters or a closing separator) and a
// known place or a date vouches for the line.
import type { NameLookup, NamedSource } from './names';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';

export interface Dateline {
  place: string;
  /** The printed date part, when the dateline carries one («في 4 أبريل»). */
  date?: string;
  agency?: NamedSource;
  outlet?: NamedSource;
  /** «وكالات»: generic wires, no agency to name. */
  generic?: NamedSource;
  /** Offset where the story starts (= text.length for a dateline on its own line). */
  end: number;
  /** 'known' when the credit is a known name, 'grammar' when only the shape vouches. */
  evidence: 'known' | 'grammar';
}

const MAX_PREFIX = 90;
// Letters with their marks: a credit or place may carry a short vowel («العُمانية»).
const LETTER_WORD = /^[\p{L}\p{M}]{2,}$/u;
const DIGIT = /[0-9٠-٩]/;
// A pipe separates too («بنغازي | عين ليبيا»).
const OPENERS = '-–—ـ/:|';
// After the credit: «--», «//», «::» («سيدني :: الناس نيوز ::»), «..», «-» (or a run of them, «ــ»), «:», «.», «|», a colon or full
// stop with a dash («:-», «:–», «-:»), or nothing — the whole run of separators closes it.
const CLOSER = /^\s*(?:--|\/\/|::|\.\.|[:.][-–—ـ]|[-–—ـ][:.]|[-–—ـ]+|[:.|])?\s*/u;
// «بروكسل - ANF ناقش …»: a Latin abbreviation followed by Arabic is closed by the change of script.
const LATIN_ABBREVIATION = /^[A-Z]{2,6}$/;

/** The place: 1–4 words of letters (commas allowed: «دبي، الإمارات العربية المتحدة»). */
function placeOf(prefix: string): { place: string; date?: string } | undefined {
  // A separator before a bracketed credit («موسكو - (ومع) -») or glued to the place before
  // its date («طهران/ 26 تشرين الثاني/ نوفمبر/ إرنا-») belongs to the grammar, not the place.
  // A colon or a comma may set the date off too («كمبالا: 23 ديسمبر 2025: …», «باكو، 23 ديسمبر، …»).
  const trimmed = prefix.trim().replace(/\s*(?:::|[-–—ـ/:|،,])$/u, '').replace(/^([\p{L}\p{M} ،,]+?)\s*[/:]\s*(?=[0-9٠-٩])/u, '$1 ');
  if (!trimmed) return undefined;
  const tokens = trimmed.split(/\s+/);
  let n = 0;
  while (n < tokens.length && LETTER_WORD.test(tokens[n].replace(/[،,]$/, '')) && tokens[n] !== 'في') n++;
  if (n === 0 || n > 4) return undefined;
  const place = tokens.slice(0, n).join(' ').replace(/[،,]$/, '');
  const rest = tokens.slice(n).join(' ').trim();
  if (!rest) return { place };
  // Whatever follows the place must be a date: it holds a digit and no sentence punctuation.
  if (!DIGIT.test(rest) || /[.!؟?«»"]/.test(rest) || rest.split(/\s+/).length > 12) return undefined;
  return { place, date: rest.replace(/^[-–—ـ]\s*/, '').replace(/\s*[-–—ـ/،,]$/, '').trim() };
}

/** «لندن - موسكو»: two or three known places joined by dashes (a story filed from several). */
function joinedPlaces(prefix: string, isPlace: (p: string) => boolean): { place: string; date?: string } | undefined {
  const trimmed = prefix.trim().replace(/\s*[-–—ـ/:]$/u, '');
  const parts = trimmed.split(/\s*[-–—ـ]\s*/u);
  return parts.length >= 2 && parts.length <= 3 && parts.every(isPlace) ? { place: trimmed } : undefined;
}

interface CreditSpan {
  text: string;
  start: number;
  end: number;
  paired: boolean;
  /** Credits with no separator before them, or after a comma, count only when they are known names. */
  bare?: boolean;
}

// One to four words after an opener, four first: built once (matchAll copies a pattern before using it).
// A word may carry a dotted web suffix («العربية.نت»).
const CREDIT_WORD = '[\\p{L}\\p{M}0-9]+(?:\\.[\\p{L}\\p{M}]+)*';
const WORD_CREDITS = [4, 3, 2, 1].map((k) => new RegExp(`[${OPENERS}]\\s*(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})(?![\\p{L}\\p{M}0-9])`, 'gu'));
// «باكو، 23 ديسمبر، أذرتاج»: after a comma, only a known name is a credit (checked below).
const COMMA_CREDITS = [3, 2, 1].map((k) => new RegExp(`[،,]\\s*(${CREDIT_WORD}(?:\\s${CREDIT_WORD}){${k - 1}})(?![\\p{L}\\p{M}0-9])`, 'gu'));

/** Credit spans in the first characters of the text, earliest first. */
function creditSpans(text: string): CreditSpan[] {
  const head = text.slice(0, MAX_PREFIX);
  const spans: CreditSpan[] = [];
  const add = (re: RegExp, paired: boolean, bare = false) => {
    for (const m of head.matchAll(re)) {
      // A slash or colon inside a Latin token («Asia/Tehran», «https://…», «10:05») joins the
      // token; it separates nothing.
      if (/[A-Za-z0-9]/.test(head[m.index! - 1] ?? '') && /^[/:][A-Za-z0-9]/.test(m[0])) continue;
      spans.push({ text: m[1].trim(), start: m.index!, end: m.index! + m[0].length, paired, ...(bare ? { bare } : {}) });
    }
  };
  // «/أ ش أ/», «/ وام /»; a slash may close one pair and open the next («… كانون الأول/ديسمبر /تاس/»:
  // the month's pair is skipped below, the wire's is read), so the closing slash is not consumed.
  for (const m of head.matchAll(/\/\s*([^/\n]{1,30}?)\s*(?=\/)/gu)) {
    spans.push({ text: m[1].trim(), start: m.index!, end: m.index! + m[0].length + 1, paired: true });
  }
  add(/\(([^()\n]{1,30})\)/gu, true); // «(كونا)», «(شينخوا)»
  add(/[-–—ـ:]\s*(«[^«»\n]{1,30}»(?:\s*[،,+]\s*[\p{L}]+)?)/gu, true); // «ـ «القدس العربي»:», «: «الخليج»، وكالات»
  // «المكلا «حضرموت اليوم» -»: a name in guillemets right after the place, closed by a separator (fourteenth round).
  add(/(?<=[\p{L}\p{M}])\s+(«[^«»\n]{1,30}»)(?=\s*(?:--|[-–—ـ:]))/gu, true);
  // «رام الله - "القدس" دوت كوم -»: a quoted name, perhaps with its web edition's words after it.
  add(/[-–—ـ:]\s*(["“][^"“”«»\n]{1,30}["”](?:\s[\p{L}]+){0,2})(?=\s*[-–—ـ:])/gu, true);
  // «- سبوتنيك.», «/ الأناضول», «ـ وكالات:», «- واس», «/أرمنبريس:»: one to four words after an opener.
  for (const re of WORD_CREDITS) add(re, false);
  for (const re of COMMA_CREDITS) add(re, false, true);
  // A known name after a date with no separator at all («… 2025 م واس»).
  add(/(?<=[0-9٠-٩])(?:\s*(?:م|هـ))?\s+([\p{L}\p{M}]+)(?=\s*$|\s*(?:--|[-–—ـ:.])\s)/gu, false, true); // «… 2025 م واس», «9-12-2025 وفا- …»
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A function word (`functionWords`), bare or after the clitic و/ف: «ما», «وما», «فما». */
function readsAsFunctionWord(text: string, lex: Lexicon): boolean {
  const w = normalizeArabic(text.trim());
  return lex.functionWords.has(w) || (/^[وف]/u.test(w) && lex.functionWords.has(w.slice(1)));
}

/** «متابعات خاصة», «رصد خاص»: two words, the first a credit word (`creditWords`, not generic wires). */
function creditPhrase(credit: string, lookup: NameLookup): boolean {
  const words = credit.split(/\s+/);
  const first = words.length === 2 ? lookup(words[0]) : undefined;
  return !!first && first.kind === 'generic' && !first.wires && !lookup(credit);
}

function creditParts(credit: string): string[] {
  return credit.split(/\s*[،,+]\s*/u).map((p) => p.replace(/^«|»$/g, '').trim()).filter(Boolean);
}

/** «أجيربريس», «ميناء برس», «Xpress»: the name's last word ends with a `wireNameEndings` entry. */
function endsAsWire(name: string, lex: Lexicon): boolean {
  const last = normalizeArabic(name.trim().split(/\s+/).pop() ?? '').toLowerCase();
  return (lex.data.wireNameEndings ?? []).some((e) => {
    const end = normalizeArabic(e).toLowerCase();
    // glued («أجيربريس») or a word of its own after the name («أنديس برس»)
    return (last.endsWith(end) && last.length > end.length) || (name.trim().split(/\s+/).length > 1 && last === end);
  });
}

function resolveCredit(credit: string, lookup: NameLookup) {
  const parts = creditParts(credit).map((p) => ({ text: p, found: lookup(p) }));
  return {
    parts,
    agency: parts.find((p) => p.found?.kind === 'agency')?.found,
    outlet: parts.find((p) => p.found?.kind === 'outlet')?.found,
    generic: parts.find((p) => p.found?.kind === 'generic')?.found,
    allKnown: parts.every((p) => p.found),
  };
}

/**
 * The dateline at the start of `text`, or undefined. The lexicon gives the places that open
 * datelines and the month names; `lookup` the names a credit may be (by default the lexicon's;
 * extraction passes one that also knows the page's own name).
 */
export function parseDateline(printed: string, lex: Lexicon, lookup: NameLookup = lex.names): Dateline | undefined {
  // «غزة _ بوابة الهدف», «المناطق_واس»: an underscore separates as a dash does (same length:
  // every offset read below holds for the printed text).
  const text = printed.includes('_') ? printed.slice(0, MAX_PREFIX).replace(/_+/g, (u) => '-'.repeat(u.length)) + printed.slice(MAX_PREFIX) : printed;
  const isPlace = (p: string) => lex.places.has(lexKey(p));
  const found = bylineAfterPlace(text, lex, lookup) ?? datelineByGrammar(text, lex, lookup);
  return found && found.end < text.length ? chainedCredits(found, text, lookup, isPlace) : found;
}

function datelineByGrammar(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const { places } = lex;
  const key = lexKey;
  const isPlace = (p: string) => places.has(key(p));
  if (text.startsWith('(')) {
    const first = creditFirst(text, lex, lookup, isPlace);
    if (first) return first;
  }
  for (const span of creditSpans(text)) {
    const at = placeOf(text.slice(0, span.start)) ?? joinedPlaces(text.slice(0, span.start), isPlace);
    // «دیسمبر 19, 2025 …»: a month name opens a date line, never a dateline.
    if (!at || lex.dates.isMonthName(at.place.split(/\s+/)[0])) continue;
    // «ذكرت صحيفة / إزفيستيا/ الروسية أن …»: a «place» ending on a site's own word («صحيفة»,
    // «وكالة», «موقع») is prose naming a paper — the name between the slashes is that paper's.
    if (!at.date && lex.sitePrefixes.includes(sourceKey(at.place.split(/\s+/).pop()!)) && !isPlace(at.place)) continue;
    // A «-» inside the date («موسكو - 2 - 6 (كونا)») is not the credit — a name with digits
    // the page or sources.yaml knows is («لندن- عربي21», «صنعاء - 26 سبتمبر نت:»).
    if (!span.paired && DIGIT.test(span.text) && !lookup(span.text)) continue;
    const closer = CLOSER.exec(text.slice(span.end))!;
    let end = span.end + closer[0].length;
    // «الأمناء/ متابعات خاصة:», «… - رصد خاص:»: a credit word and one word qualifying it, closed
    // by a separator, say how the story was gathered as the word alone does.
    const qualified = /[-–—ـ:/|]/.test(closer[0]) && creditPhrase(span.text, lookup);
    const creditText = qualified ? span.text.split(/\s+/)[0] : span.text;
    // «طهران/ 26 تشرين الثاني/ نوفمبر/ …»: a month name between slashes is the date's, not a credit.
    if (lex.dates.isMonthName(creditText)) continue;
    const credit = resolveCredit(creditText, lookup);
    const known = credit.allKnown || ((credit.agency || credit.outlet || credit.generic) && credit.parts.length <= 2);
    const closed = span.paired || /[-–—ـ:./|]/.test(closer[0]) || end >= text.length
      || (LATIN_ABBREVIATION.test(creditText) && /^\s+[\u0600-\u06FF]/u.test(text.slice(span.end)));
    const vouched = places.has(key(at.place)) || !!at.date;
    if (span.bare && !known) continue;
    // «نواكشوط - وما زالت …»: a short name that is also a word of prose («وما», AMI's) is a credit
    // only when delimited or closed; unclosed, it is the story's first word.
    if (known && !closed && readsAsFunctionWord(creditText, lex)) continue;
    // «لندن - موسكو: …»: a second place is never a credit; nor is a place that is also a paper's
    // name after a person's («عبدالرحمن القحطاني - الرياض»: a writer and where he files from).
    if (isPlace(creditText) && (!known || (!isPlace(at.place) && !at.date))) continue;
    // An unknown credit is a name of up to three words — or, in brackets, an agency that says
    // so («(وكالة أنباء العالم العربي)»).
    const words = creditText.split(/\s+/).length;
    const shortEnough = words <= 3 || (span.paired && words <= 6 && /^(?:ال)?وكال[ةه]\s/u.test(creditText));
    if (!known && !(closed && vouched && shortEnough && !DIGIT.test(creditText))) continue;
    if (!known && !closed) continue;
    // «الغد برس/ البصرة..»: after a name the page or the lists know, an unknown word is a place
    // (the reverse shape, below), not a credit.
    if (!known && lookup(at.place)) continue;
    // «عبدالله الحربي- سبق- الرياض:»: reporter, outlet, then the place closed by a colon — the
    // place is the known one after the credit (the reporter's name is not kept).
    const after = /^([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){0,2})\s*:\s*/u.exec(text.slice(end));
    const placeAfter = after && /[-–—ـ]\s*$/u.test(closer[0]) && isPlace(after[1]) ? after : undefined;
    if (placeAfter) { end += placeAfter[0].length; at.place = placeAfter[1]; }
    // «موسكو – بيان اليوم (وكالات) قال …»: a known name, then the wires in brackets with no
    // separator between them — the bracket closes the credit (fourteenth round).
    const bracketTag = /^\(([^()\n]{2,30})\)\s*(?:--|[-–—ـ:]+)?\s*/u.exec(text.slice(end));
    const tagged = bracketTag && known ? lookup(bracketTag[1].trim()) : undefined;
    if (bracketTag && tagged) end += bracketTag[0].length;
    const rest = text.slice(end).trim();
    if (rest && (rest.split(/\s+/).length < 3 || !/^[\p{L}"«“]/u.test(rest))) continue;
    const named = resolveCredit(creditText, lookup);
    const unknownName = named.parts.find((p) => !p.found)?.text;
    // An unknown name is an agency when it says so («وكالة …») or, in brackets, when it ends as a
    // wire's name does («بوخارست (أجيربريس) -», `wireNameEndings`; fifteenth round).
    const wireShaped = (name: string) => /وكال/.test(name) || (span.paired && endsAsWire(name, lex));
    const unknown: NamedSource | undefined = unknownName ? { name: unknownName, kind: wireShaped(unknownName) ? 'agency' : 'outlet' } : undefined;
    // «هسبريس - أ ف ب», «TRT عربي - وكالات»: the «place» is the outlet's own name (a credit line).
    const self = lookup(at.place);
    let selfOutlet = self && self.kind !== 'generic' && !at.date && !places.has(key(at.place)) ? self : undefined;
    // «ستيب الإخبارية - خاص», «عدن تايم/متابعات»: before a word that only says how the story was
    // gathered (`creditWords`) stands who gathered it — a name, unless the places data knows it.
    const gatheredBy = !selfOutlet && !at.date && !places.has(key(at.place)) && named.parts.every((p) => p.found?.kind === 'generic' && !p.found.wires);
    if (gatheredBy && !self) selfOutlet = { name: at.place, kind: /وكال|news agency/iu.test(at.place) ? 'agency' : 'outlet' };
    return {
      place: selfOutlet ? '' : at.place,
      ...(at.date ? { date: at.date } : {}),
      // A site that calls itself an agency credits itself («ستيب الإخبارية - خاص» under «وكالة ستيب»).
      agency: named.agency ?? (unknown?.kind === 'agency' ? unknown : undefined) ?? (selfOutlet?.kind === 'agency' && !named.outlet ? selfOutlet : undefined) ?? (tagged?.kind === 'agency' ? tagged : undefined),
      outlet: named.outlet ?? selfOutlet ?? (unknown?.kind === 'outlet' ? unknown : undefined),
      ...(named.generic ?? (tagged?.kind === 'generic' ? tagged : undefined) ? { generic: named.generic ?? tagged } : {}),
      end: rest ? text.length - text.slice(end).trimStart().length : text.length,
      evidence: known ? 'known' : 'grammar',
    };
  }
  return placeOnly(text, lex, isPlace) ?? reverseDateline(text, lookup, isPlace, lex);
}

// The separator after the bracket may be missing when a place and its own separator follow
// («(اليمن اليوم) صنعاء: …»): the place then has to be read.
const CREDIT_FIRST = /^\(([^()\n]{1,30})\)\s*(?:([-–—ـ:]+)\s*)?/u;
const PLACE_THEN_SEPARATOR = /^([^-–—ـ:()\n]{2,40}?)\s*[-–—ـ:]\s+/u;

/**
 * A known wire credited first, in parentheses («(رويترز) - قال …»), perhaps followed by the place
 * and the date and a separator of their own («(أ ف ب) – باريس، 27 ديسمبر - …»), or with no separator
 * of its own when the place has one («(اليمن اليوم) صنعاء: …», the page's own name; fifteenth round).
 */
function creditFirst(text: string, lex: Lexicon, lookup: NameLookup, isPlace: (p: string) => boolean): Dateline | undefined {
  const m = CREDIT_FIRST.exec(text);
  const credit = m ? resolveCredit(m[1], lookup) : undefined;
  if (!m || !credit || !(credit.agency || credit.outlet) || !credit.allKnown) return undefined;
  let end = m[0].length;
  let at: { place: string; date?: string } | undefined;
  const next = PLACE_THEN_SEPARATOR.exec(text.slice(end));
  const candidate = next ? placeOf(next[1]) : undefined;
  if (next && candidate && (isPlace(candidate.place) || candidate.date) && !lex.dates.isMonthName(candidate.place.split(/\s+/)[0])) {
    at = candidate;
    end += next[0].length;
  }
  if (!m[2] && !at) return undefined;
  if (text.slice(end).trim().split(/\s+/).length < 3) return undefined;
  return { place: at?.place ?? '', ...(at?.date ? { date: at.date } : {}), agency: credit.agency, outlet: credit.outlet, ...(credit.generic ? { generic: credit.generic } : {}), end, evidence: 'known' };
}

/**
 * A dateline with no credit: «الجزائر - استقبل …», «كييف - طلبت …» (a place the places data
 * knows and a separator), «بورتسودان 18 ديسمبر 2025 – بحث …» (any place with a full date, which
 * vouches for it). The words after the separator are the story's. An unknown name and a dash
 * with no date are too often the story's own words.
 */
function placeOnly(text: string, lex: Lexicon, isPlace: (p: string) => boolean): Dateline | undefined {
  const m = /\s*(?:\/\/|\.\.|[-–—ـ:])\s+(?=[\p{L}"«“])/u.exec(text.slice(0, MAX_PREFIX));
  if (!m) return undefined;
  const at = placeOf(text.slice(0, m.index));
  if (!at || lex.dates.lineWords.has(lexKey(at.place))) return undefined;
  const dated = !!at.date && !!lex.dates.parse(at.date);
  // «موسكو، 27 ديسمبر: …»: a known place vouches for a year-less date (which is never completed).
  const placeAndDay = !!at.date && isPlace(at.place) && at.date.split(/\s+/).some((w) => lex.dates.isMonthName(w));
  if (!(at.date ? dated || placeAndDay : isPlace(at.place))) return undefined;
  const end = m.index + m[0].length;
  if (text.slice(end).trim().split(/\s+/).length < 3) return undefined;
  return { place: at.place, ...(at.date ? { date: at.date } : {}), end, evidence: 'known' };
}

// NAME PLACE closed by «//», «..» or «:» (the place one word, or two).
const GLUED_ONE = /^([\p{L}\p{M}0-9 ]{2,30}?)\s+([\p{L}\p{M}]{2,})\s*(?:\/\/|\.\.|:)\s*/u;
const GLUED_TWO = /^([\p{L}\p{M}0-9 ]{2,30}?)\s+([\p{L}\p{M}]{2,}\s[\p{L}\p{M}]{2,})\s*(?:\/\/|\.\.|:)\s*/u;

/**
 * Credit first: «شفق نيوز- بغداد رحبت …» (a known name, a separator, a known place),
 * «إيلاف من موسكو: …» (a known name, «من», a place, a colon), and a credit with no place
 * at all, «وطنية - استقبل …» (a known name and a separator; the next word is the story's).
 */
function reverseDateline(text: string, lookup: NameLookup, isPlace: (p: string) => boolean, lex: Lexicon): Dateline | undefined {
  const credited = (found: NamedSource, place: string, end: number): Dateline => ({
    place,
    agency: found.kind === 'agency' ? found : undefined,
    outlet: found.kind === 'outlet' ? found : undefined,
    end,
    evidence: 'known',
  });
  const storyAfter = (end: number) => text.slice(end).trim().split(/\s+/).length >= 3;
  const from = /^([\p{L}0-9 ]{2,30}?)\s+من\s+([\p{L}]{2,}(?:\s[\p{L}]{2,}){0,2})\s*[:：]\s*/u.exec(text);
  const fromName = from && lookup(from[1]);
  if (from && fromName && fromName.kind !== 'generic' && storyAfter(from[0].length)) return credited(fromName, from[2], from[0].length);
  // «أوكرانيا اليوم / كييف/ دعا …»: a slash may separate (and close) the place too; a doubled
  // separator («أخبار البلد ــ») is one.
  // «كود الرباط// قال …»: a name and a place with no separator between them, closed by «//»,
  // «..» or «:» — the place must be one the places data knows.
  for (const glued of [GLUED_ONE.exec(text), GLUED_TWO.exec(text)]) {
    const gluedName = glued && isPlace(glued[2]) ? lookup(glued[1]) : undefined;
    if (glued && gluedName && gluedName.kind !== 'generic' && storyAfter(glued[0].length)) return credited(gluedName, glued[2], glued[0].length);
  }
  // The name may carry a dotted web suffix («البلاد.نت/ الجزائر:»); the place may be closed by a
  // full stop («أفريقيا برس – ليبيا. أفاد …»).
  // A pipe separates too («زنقة 20 | الرباط», «عدن24 | خاص»).
  const reverse = /^([\p{L}\p{M}0-9 ]{2,30}?(?:\.[\p{L}\p{M}]+)?)\s*[-–—ـ/|]+\s*([\p{L}\p{M}]{2,})(?:\s*(?:[:\-–—ـ/|]|\.\.|\.(?=\s))\s*|\s+|$)/u.exec(text);
  const found = reverse && lookup(reverse[1]);
  if (!reverse || !found) return colonCredit(text, lookup, storyAfter) ?? unknownCredit(text, lex);
  if (found.kind === 'generic') return undefined;
  const rest = text.slice(reverse[0].length).trim();
  if (rest && rest.split(/\s+/).length < 3) return undefined;
  // «عدن24 | خاص يترقب …», «الحرف28 - متابعات أعلن …»: after a known name, a credit word
  // (`creditWords`) only says how the story was gathered — the dateline's, never the story's.
  const gathered = lookup(reverse[2]);
  if (gathered?.kind === 'generic' && !gathered.wires && storyAfter(reverse[0].length)) return credited(found, '', reverse[0].length);
  // «الثورة - ريم خليل:», «الأنباط - خاص:»: a writer's name (or a credit word) closed by a colon
  // after the credit is the dateline's too; it is a place only when the places data knows it.
  const signed = /^\s*[-–—ـ/]+\s*((?:[\p{L}\p{M}.]{2,}\s){0,2}[\p{L}\p{M}.]{2,})\s*:\s+/u.exec(text.slice(reverse[1].length));
  if (signed && storyAfter(reverse[1].length + signed[0].length)) {
    return credited(found, isPlace(signed[1]) ? signed[1] : '', reverse[1].length + signed[0].length);
  }
  // The word after the separator is a place only when the lexicon knows it as one (or it is
  // set off by a separator of its own); otherwise it is the story's first word.
  if (isPlace(reverse[2]) || !rest || /[:\-–—ـ/.]\s*$/u.test(reverse[0])) return credited(found, reverse[2], rest ? reverse[0].length : text.length);
  const creditOnly = /^[\p{L}0-9 ]{2,30}?\s*[-–—ـ:]+\s*/u.exec(text)!;
  return storyAfter(creditOnly[0].length) ? credited(found, '', creditOnly[0].length) : undefined;
}

/**
 * «الوكيل الاخباري - أعلن …»: a credit no list knows, opening the lead — one to three name-like
 * words (no function word, no label, no date word), a dash and a space, then the story, whose
 * first word does not continue a clause («- الذي …») and which closes no parenthesis with a
 * second dash. Read by grammar only: the outlet it names is a weak signal (metadata.ts).
 */
function unknownCredit(text: string, lex: Lexicon): Dateline | undefined {
  const m = /^([\p{L}\p{M}0-9]{2,}(?: [\p{L}\p{M}0-9]{2,}){0,2})\s*[-–—ـ]+\s+(?=[\p{L}"«“])/u.exec(text);
  if (!m) return undefined;
  const words = m[1].split(' ').map(lexKey);
  const next = lexKey(text.slice(m[0].length).split(/\s/, 1)[0]);
  if (words.some((w) => lex.functionWords.has(w) || lex.bylines.has(w) || lex.dates.lineWords.has(w)) || lex.exact.has(lexKey(m[1]))) return undefined;
  if (lex.names(m[1]) || lex.places.has(lexKey(m[1])) || lex.lineContinuations.has(next)) return undefined;
  const rest = text.slice(m[0].length, m[0].length + 160);
  if (/\s[-–—]\s/.test(rest) || rest.trim().split(/\s+/).length < 3) return undefined;
  return { place: '', outlet: { name: m[1], kind: 'outlet' }, end: m[0].length, evidence: 'grammar' };
}

/**
 * «جو 24 : بحث …», «المدينة نيوز :- جدد …»: a known name (the page's own included) closed by a
 * colon — a space before it, a dash after it — with no place: all of it is the dateline.
 */
function colonCredit(text: string, lookup: NameLookup, storyAfter: (end: number) => boolean): Dateline | undefined {
  const m = /^([\p{L}\p{M}0-9 ]{2,30}?)\s*:[-–—ـ]?\s+(?=[\p{L}"«“])/u.exec(text);
  const found = m && lookup(m[1]);
  if (!m || !found || found.kind === 'generic' || !storyAfter(m[0].length)) return undefined;
  return { place: '', ...(found.kind === 'agency' ? { agency: found } : { outlet: found }), end: m[0].length, evidence: 'known' };
}

// PLACE SEPARATOR GIVEN-NAME NAME [SEPARATOR]: «الخرطوم: سلمى عبد الله», «الحوطة - فهد سالم: …».
const PLACE_AND_PERSON = /^([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){0,2})\s*[:\-–—ـ]\s*([\p{L}\p{M}]{2,})\s+((?:(?:عبد|أبو|ابو)\s?)?[\p{L}\p{M}]{2,})(?:\s*(?:--|[:\-–—ـ]+)\s*|\s+|$)/u;

/**
 * A place and a person's name — its first word a given name (`givenNames`) — is the reporter's
 * byline, not a credit: cut from the lead with the place, naming no source (aside11 u478 read
 * «سلمى عبد الله» as the outlet). The name is the given name and one more (a compound «عبد …» is one),
 * and a third when the second is a given name too (fifteenth round, dev u767).
 */
function bylineAfterPlace(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = PLACE_AND_PERSON.exec(text);
  if (!m || !lex.givenNames.has(lexKey(m[2]))) return undefined;
  const place = m[1];
  const key = lexKey(place);
  if (lookup(place) || lex.bylines.has(key) || lex.dates.lineWords.has(key) || lex.functionWords.has(key)) return undefined;
  if (/^(?:بن|ابن|bin)$/u.test(m[3]) || lex.functionWords.has(lexKey(m[3]))) return undefined;
  let end = m[0].length;
  // A father's given name second («عثمان محمد نور»): an Arabic name chains given names, so the
  // word after it — a family or grandfather's name — is the name's too, when the story follows it.
  const third = /^([\p{L}\p{M}]{2,})(?:\s*(?:--|[:\-–—ـ]+)\s*|\s+)/u.exec(text.slice(end));
  if (third && /[\p{L}\p{M}]\s+$/u.test(m[0]) && lex.givenNames.has(lexKey(m[3])) && !lex.functionWords.has(lexKey(third[1]))) {
    const after = text.slice(end + third[0].length).trim();
    if (after.split(/\s+/).length >= 3 && /^[\p{L}"«“]/u.test(after)) end += third[0].length;
  }
  const rest = text.slice(end).trim();
  if (rest && (rest.split(/\s+/).length < 3 || !/^[\p{L}"«“]/u.test(rest))) return undefined;
  return { place, end: rest ? end : text.length, evidence: 'known' };
}

// One more link of a chain: a name in brackets or guillemets, or one or two words, then separators.
const CHAIN_LINK = /^(?:\(([^()\n]{2,30})\)|«([^«»\n]{2,30})»|([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?))\s*(?:--|[-–—ـ]+|[:|])\s*/u;

/**
 * «عواصم ــ السلام اليوم ــ وكالات:», «موسكو ـ عواصم ـ (الجنوب اليوم) ـ وكالات:»: after the first
 * credit (or place), more known names, generic wires or known places chained by separators are
 * the dateline's too — cut from the lead, and credited when the first link named no one.
 */
function chainedCredits(found: Dateline, text: string, lookup: NameLookup, isPlace: (p: string) => boolean): Dateline {
  const out = { ...found };
  for (let links = 0; links < 3; links++) {
    const m = CHAIN_LINK.exec(text.slice(out.end));
    if (!m) break;
    const name = (m[1] ?? m[2] ?? m[3]).trim();
    const hit = lookup(name);
    if (!hit && !isPlace(name)) break;
    const rest = text.slice(out.end + m[0].length).trim();
    if (rest.split(/\s+/).length < 3 || !/^[\p{L}"«“]/u.test(rest)) break;
    out.end += m[0].length;
    if (hit?.kind === 'agency') out.agency ??= hit;
    else if (hit?.kind === 'outlet') out.outlet ??= hit;
    else if (hit?.kind === 'generic') out.generic ??= hit;
  }
  return out;
}
