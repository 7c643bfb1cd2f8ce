// The dateline's other orders (dateline.ts reads PLACE SEPARATOR CREDIT): a wire credited first
// in brackets, a place with no credit, credit first («شفق نيوز- بغداد», «إيلاف من موسكو:», «وطنية -»),
// an unknown credit alone, a name closed by a colon, a place and a reporter's name, and the
// chain of credits after the first. Split from dateline.ts (session 19).
import { INITIAL_LINK } from './initial-reporter';
import type { NameLookup, NamedSource } from './names';
import type { Lexicon } from './boilerplate';
import type { Dateline } from './dateline';
import { lexKey } from './boilerplate';
import { sourceKey } from '../data/keys';
import { MAX_PREFIX, placeOf, resolveCredit } from './dateline-parts';
import { nameBeforePlaceAndDate } from './self-credit';
import { GLUED_SEPARATOR } from './own-credit-stub';
import { closedNameCredit, creditWordColon, oneWordColon } from './lead-credit';

// The separator after the bracket may be missing when a place and its own separator follow
// («(اليمن اليوم) صنعاء: …»): the place then has to be read.
const CREDIT_FIRST = /^\(([^()\n]{1,30})\)\s*(?:([-–—ـ:]+)\s*)?/u;
const PLACE_THEN_SEPARATOR = /^([^-–—ـ:()\n]{2,40}?)\s*[-–—ـ:]\s+/u;

/**
 * A known wire credited first, in parentheses («(رويترز) - قال …»), perhaps followed by the place
 * and the date and a separator of their own («(أ ف ب) – باريس، 27 ديسمبر - …»), or with no separator
 * of its own when the place has one («(اليمن اليوم) صنعاء: …», the page's own name; fifteenth round).
 */
export function creditFirst(text: string, lex: Lexicon, lookup: NameLookup, isPlace: (p: string) => boolean): Dateline | undefined {
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
export function placeOnly(text: string, lex: Lexicon, isPlace: (p: string) => boolean): Dateline | undefined {
  // «1448 هـ الموافق …»: the tatweel of the Hijri era's «هـ» after a year is the date's, never a separator.
  const m = /(?<![0-9٠-٩]\s*ه)\s*(?:\/\/|\.\.|[-–—ـ:])\s+(?=[\p{L}"«“])/u.exec(text.slice(0, MAX_PREFIX));
  if (!m) return undefined;
  const at = placeOf(text.slice(0, m.index));
  if (!at || lex.dates.lineWords.has(lexKey(at.place))) return undefined;
  const dated = !!at.date && !!lex.dates.parse(at.date);
  // «موسكو، 27 ديسمبر: …»: a known place vouches for a year-less date (which is never completed).
  // The month may be a name of two words (the Levantine «كانون الأول», «تشرين الثاني»: twenty-fifth round, second wave).
  const words = at.date?.split(/\s+/) ?? [];
  const placeAndDay = !!at.date && isPlace(at.place) && words.some((w, n) => lex.dates.isMonthName(w) || (n + 1 < words.length && lex.dates.isMonthName(`${w} ${words[n + 1]}`)));
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
export function reverseDateline(text: string, lookup: NameLookup, isPlace: (p: string) => boolean, lex: Lexicon): Dateline | undefined {
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
  // «نيوزيمن، عدن:», «سند، غزة:»: a known name (the page's own included), a comma, then the place
  // closed by a colon (nineteenth round).
  const comma = /^([\p{L}\p{M}0-9 ]{2,30}?)\s*[،,]\s*([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?)\s*:\s+/u.exec(text);
  const commaName = comma && !isPlace(comma[1]) ? lookup(comma[1]) : undefined;
  if (comma && commaName && commaName.kind !== 'generic' && storyAfter(comma[0].length)) return credited(commaName, comma[2], comma[0].length);
  const reverse = /^([\p{L}\p{M}0-9 ]{2,30}?(?:\.[\p{L}\p{M}]+)?)\s*[-–—ـ/|]+\s*([\p{L}\p{M}]{2,})(?:\s*(?:[:\-–—ـ/|]|\.\.|\.(?=\s))\s*|\s+|$)/u.exec(text);
  const found = reverse && lookup(reverse[1]);
  // «رام الله مكس – رام الله:»: a known place of two words after the name is read whole.
  const twoWords = reverse && found && found.kind !== 'generic'
    ? /^\s*[-–—ـ/|]+\s*([\p{L}\p{M}]{2,}\s[\p{L}\p{M}]{2,})\s*(?:[:\-–—ـ/|]|\.\.|\.(?=\s))\s*/u.exec(text.slice(reverse[1].length)) : undefined;
  if (twoWords && isPlace(twoWords[1]) && storyAfter(reverse![1].length + twoWords[0].length)) return credited(found!, twoWords[1], reverse![1].length + twoWords[0].length);
  // «وطنا اليوم:أدى …», «الوكيل الإخباري-انطلقت …», «متابعات: أكد …», «المسار : قال …»: the site's credit, a credit word
  // or one word before the lead's verb, any separator, spaced or glued (lead-credit.ts, forty-fourth round, real pages).
  if (!reverse || !found) {
    return colonCredit(text, lookup, storyAfter) ?? nameBeforePlaceAndDate(text, lex) ?? closedNameCredit(text, lex, lookup) ?? unknownCredit(text, lex)
      ?? creditWordColon(text, lex, lookup) ?? oneWordColon(text, lex, lookup);
  }
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
  // The name and its separator; a name with marks, a dotted suffix or a «/»/«|» separator («شفق نيوز/
  // فرض …») is measured from the match above (it threw on real pages: twenty-fourth round).
  const creditOnly = /^[\p{L}0-9 ]{2,30}?\s*[-–—ـ:]+\s*/u.exec(text);
  const creditEnd = creditOnly ? creditOnly[0].length : reverse[1].length + (/^\s*[-–—ـ/|]+\s*/u.exec(text.slice(reverse[1].length))?.[0].length ?? 0);
  return storyAfter(creditEnd) ? credited(found, '', creditEnd) : undefined;
}

/**
 * «الوكيل الاخباري - أعلن …»: a credit no list knows, opening the lead — one to three name-like
 * words (no function word, no label, no date word), a dash and a space, then the story, whose
 * first word does not continue a clause («- الذي …») and which closes no parenthesis with a
 * second dash. Read by grammar only: the outlet it names is a weak signal (metadata.ts).
 */
const UNKNOWN_CREDIT = new RegExp(String.raw`^([\p{L}\p{M}0-9]{2,}(?: [\p{L}\p{M}0-9]{2,}){0,2})(?:\s*(?:(?:[-–—ـ]+|\|)\s+|\/\/\s*|\/[-–—ـ]+\s*)|${GLUED_SEPARATOR})(?=[\p{L}"«“])`, 'u');

function unknownCredit(text: string, lex: Lexicon): Dateline | undefined {
  // A pipe separates as a dash does («سما الاردن | وقع …»): prose never holds one. So does a double
  // slash, spaced or glued to the lead («ذانيوزاونلاين//يتوجه …», forty-second round, a real page).
  // «NAME:- …» and «NAME -قال …» separate it too (own-credit-stub.ts `GLUED_SEPARATOR`, forty-third round, real pages), and
  // «NAME/- …», a slash and a dash (forty-fourth round, a real page): no sentence holds either.
  const m = UNKNOWN_CREDIT.exec(text);
  if (!m) return undefined;
  // «متابعات:- …»: a credit word closed by «:-» names no one; it is cut with its separator all the same.
  const generic = /:[-–—ـ]/u.test(m[0]) ? lex.names(m[1]) : undefined;
  if (generic?.kind === 'generic') return { place: '', generic, end: m[0].length, evidence: 'known' };
  const words = m[1].split(' ').map(lexKey);
  const next = lexKey(text.slice(m[0].length).split(/\s/, 1)[0]);
  if (words.some((w) => lex.functionWords.has(w) || lex.bylines.has(w) || lex.dates.lineWords.has(w)) || lex.exact.has(lexKey(m[1]))) return undefined;
  // After «/-», «:-» or «//» — separators no sentence holds — the next word is the story's, whatever it may continue:
  // «المستقلة/- عبّر …» opens on the verb «عبّر», which reads as the preposition «عبر» without its shadda.
  const strong = /\/[-–—ـ]|:[-–—ـ]|\/\//u.test(m[0]);
  if (lex.names(m[1]) || lex.places.has(lexKey(m[1])) || (!strong && lex.lineContinuations.has(next) && !lex.leadParticles.has(next))) return undefined;
  const rest = text.slice(m[0].length, m[0].length + 160);
  // «ميدلت 24 - ح. بنعيسى - شهدت …»: a second dash closing a reporter's initials is the byline's, no parenthesis (forty-fourth round).
  const afterInitials = INITIAL_LINK.exec(rest)?.[0].length ?? 0;
  if (/\s[-–—]\s/.test(rest.slice(afterInitials)) || rest.trim().split(/\s+/).length < 3) return undefined;
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
export function bylineAfterPlace(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = PLACE_AND_PERSON.exec(text);
  if (!m || !lex.givenNames.has(lexKey(m[2]))) return undefined;
  const place = m[1];
  const key = lexKey(place);
  // A name the page gives itself only by a town's word the places data knows («كركوك - NAME -» under «كركوك اليوم», a
  // weather widget «حمص 19° صحو» read as the masthead) is still that town: a listed source's name never is (forty-fifth round).
  const named = lookup(place);
  const ownTown = !!named?.own && lex.places.has(key) && !lex.names(place);
  if ((named && !ownTown) || lex.bylines.has(key) || lex.dates.lineWords.has(key) || lex.functionWords.has(key)) return undefined;
  if (/^(?:بن|ابن|bin)$/u.test(m[3]) || lex.functionWords.has(lexKey(m[3]))) return undefined;
  let end = m[0].length;
  // «فكري ولد علي»: the Maghreb's «ولد» (son of) chains the name to the word after it, as «عبد» does.
  const son = /^ولد$/u.test(m[3]) ? /^([\p{L}\p{M}]{2,})(?:\s*(?:--|[:\-–—ـ]+)\s*|\s+|$)/u.exec(text.slice(end)) : null;
  if (son) end += son[0].length;
  // A father's given name second («عثمان محمد نور»): an Arabic name chains given names, so the
  // word after it — a family or grandfather's name — is the name's too, when the story follows it.
  const third = /^([\p{L}\p{M}]{2,})(?:\s*(?:--|[:\-–—ـ]+)\s*|\s+)/u.exec(text.slice(end));
  if (third && /[\p{L}\p{M}]\s+$/u.test(m[0]) && lex.givenNames.has(lexKey(m[3])) && !lex.functionWords.has(lexKey(third[1]))) {
    const after = text.slice(end + third[0].length).trim();
    if (after.split(/\s+/).length >= 3 && /^[\p{L}"«“]/u.test(after)) end += third[0].length;
  }
  const rest = text.slice(end).trim();
  if (rest && (rest.split(/\s+/).length < 3 || !/^[\p{L}"«“]/u.test(rest))) return undefined;
  // «العلم الإلكترونية - فكري ولد علي»: a name closed by a site's descriptor (`sourceAffixes.after`:
  // «الإلكترونية», «نيوز») is no place but the site crediting its reporter — its own credit
  // (thirty-fourth session, 13p: a real page's credit line over the lead).
  const words = place.split(/\s+/);
  if (words.length >= 2 && !lex.places.has(key) && lex.siteDescriptors.has(sourceKey(words[words.length - 1]))) {
    return { place: '', outlet: { name: place, kind: 'outlet', own: true }, end: rest ? end : text.length, evidence: 'grammar' };
  }
  return { place, end: rest ? end : text.length, evidence: 'known' };
}

// One more link of a chain: a name in brackets or guillemets, or one or two words, then separators.
const CHAIN_LINK = /^(?:\(([^()\n]{2,30})\)|«([^«»\n]{2,30})»|([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?))\s*(?:--|[-–—ـ]+|[:|])\s*/u;
// A reporter's name of three words («نزار جواد الربيعي:»), read only when its first word is a given name.
const REPORTER_LINK = /^()()([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){2})\s*(?:--|[-–—ـ]+|[:|])\s*/u;

/**
 * «عواصم ــ السلام اليوم ــ وكالات:», «موسكو ـ عواصم ـ (الجنوب اليوم) ـ وكالات:»: after the first
 * credit (or place), more known names, generic wires or known places chained by separators are
 * the dateline's too — cut from the lead, and credited when the first link named no one.
 */
export function chainedCredits(found: Dateline, text: string, lookup: NameLookup, isPlace: (p: string) => boolean, isReporter: (name: string, head: string) => boolean = () => false): Dateline {
  const out = { ...found };
  for (let links = 0; links < 3; links++) {
    const m = CHAIN_LINK.exec(text.slice(out.end)) ?? REPORTER_LINK.exec(text.slice(out.end)) ?? INITIAL_LINK.exec(text.slice(out.end));
    if (!m) break;
    const name = (m[1] || m[2] || m[3]).trim();
    const hit = lookup(name);
    // «موسكو – مراسل المستقبل العراقي – نزار جواد:»: after a credit, a person's name closed by a
    // separator is the reporter's byline — cut with the dateline, crediting no one (twenty-second round, part O).
    // Not speech: «– عادل الجبير: إن …», «– NAME: "…"» quote a person.
    const tail = text.slice(out.end + m[0].length).trimStart();
    const speech = /^["«“]/u.test(tail) || SPEECH_OPENERS.has(tail.split(/\s+/)[0] ?? '');
    const reporter = !hit && !speech && isReporter(name, text.slice(0, out.end));
    // «موسكو ـ عواصم ـ «الوطن» ـ وكالات:»: a name no list holds, framed by guillemets or brackets, right before the
    // generic wires' word is the paper crediting itself beside them (forty-sixth round, a real Gulf paper's dateline).
    const framedSelf = !hit && !reporter && !!(m[1] || m[2]) && lookup(CHAIN_LINK.exec(text.slice(out.end + m[0].length))?.[3]?.trim() ?? '')?.kind === 'generic';
    if (!hit && !isPlace(name) && !reporter && !framedSelf) break;
    const rest = text.slice(out.end + m[0].length).trim();
    if (rest.split(/\s+/).length < 3 || !/^[\p{L}"«“]/u.test(rest)) break;
    out.end += m[0].length;
    if (framedSelf) out.outlet ??= { name, kind: 'outlet' };
    else if (hit?.kind === 'agency') out.agency ??= hit;
    else if (hit?.kind === 'outlet') out.outlet ??= hit;
    else if (hit?.kind === 'generic') out.generic ??= hit;
  }
  return out;
}

// Two words of Arabic letters closed by a colon, then the story: «مكة المكرمة: استقبل …».
const TWO_WORD_PLACE = /^([\u0600-\u06FF\p{M}]{2,})\s([\u0600-\u06FF\p{M}]{2,})\s?:\s+(?=[\u0600-\u06FF])/u;
// Speech after a colon opens with «إن»/«أن» («أوضح المتحدث: إن …»): a quotation, not a story.
const SPEECH_OPENERS = new Set(['ان', 'إن', 'أن']);

/**
 * «مكة المكرمة: استقبل …», «البحر الميت: ناقش …»: a two-word place no list holds, closed by a
 * colon at the start of the lead — the colon after two words is the dateline's grammar (a lead
 * opens with its verb). Not when the words are a known name, a label, a section, a weekday or a
 * month, a person (a given name first), a clause («و…»/«ف…» first, a function word) or speech
 * follows (eighteenth round). Read by grammar only: the place is shown, nothing is credited.
 */
export function twoWordPlace(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const m = TWO_WORD_PLACE.exec(text.slice(0, MAX_PREFIX));
  if (!m) return undefined;
  const place = `${m[1]} ${m[2]}`;
  const keys = [m[1], m[2]].map(lexKey);
  const weekdays = new Set(lex.data.dateWords.weekdays.map(lexKey));
  const notPlace = (k: string) => lex.functionWords.has(k) || lex.bylines.has(k) || lex.exact.has(k) || lex.sectionLabels.has(k)
    || weekdays.has(k) || lex.dates.isMonthName(k);
  // A word only the page's own Latin brand spells («نبض تونس:» under «TUNISIA PULSE») names nothing
  // else: the shape is still read (metadata.ts tells the site's own name from a place).
  const named = (w: string) => { const f = lookup(w); return !!f && !f.own; };
  if (keys.some(notPlace) || lex.givenNames.has(keys[0]) || /^[وف]/u.test(m[1]) || lookup(place) || named(m[1]) || named(m[2])) return undefined;
  const story = text.slice(m[0].length).trim().split(/\s+/);
  // «الوقائع الاخبارية : بدأ …»: closed by a site's word (`sourceAffixes.after`), the two words are a
  // site's name crediting the story, no place (twenty-third round, real pages).
  if (lex.siteDescriptors.has(sourceKey(m[2])) && story.length >= 6) return { place: '', outlet: { name: place, kind: 'outlet' }, end: m[0].length, evidence: 'grammar' };
  // «الوسيط الصامت: لماذا تنجح …؟»: a title's kicker before a question is no place.
  if (story.length < 6 || SPEECH_OPENERS.has(story[0]) || /[؟?]\s*["»”]?$/u.test(text.trim())) return undefined;
  return { place, end: m[0].length, evidence: 'grammar' };
}

