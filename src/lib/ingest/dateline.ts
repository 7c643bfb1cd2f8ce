// Datelines by grammar: PLACE [في DATE] SEPARATOR CREDIT [SEPARATOR], where the separator is
// `-`, `–`, `—`, `ـ` (tatweel), `/ … /`, `( … )`, `«…»` or `:`, at the start of the lead or
// on a line of its own («موسكو في 4 أبريل /أ ش أ/ قال …», «أنقرة/ الأناضول», «عمان 18 آب
// (بترا)- …», «عواصم: «الخليج»، وكالات»), the reverse «OUTLET- PLACE» («شفق نيوز- بغداد»), and
// a place with no credit («الجزائر - …» for a known place, or any place with a full date).
// The credit is recognised from the source names (sources.yaml + lexicon); an unknown credit
// counts only when the grammar is unambiguous (paired delimiters or a closing separator) and a
// known place or a date vouches for the line.
import { isInitialCredit, opensOnInitial } from './initial-reporter';
import { isBracketTag, isWireCode } from './wire-code';
import type { NameLookup, NamedSource } from './names';
import { isCreditWord } from './names';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { sourceKey } from '../data/keys';
import { normalizeArabic } from '../arabic/normalize';
import { CLOSER, DIGIT, LATIN_ABBREVIATION, MAX_PREFIX, creditPhrase, creditSpans, endsAsWire, joinedPlaces, placeOf, readsAsFunctionWord, resolveCredit } from './dateline-parts';
import { holdsRights } from './site-name';
import { agencySelfCredit, bracketedCredits, echoedCredit } from './self-credit';
import { providerTag } from './provider-tag';
import { isReleaseWire, isTypedWire, withoutReleaseTag } from './typed-credits';
import { isUnclosedPaperSubject } from './paper-credits';
import { dateThenSlash } from './dateline-slash';
import { cityAndCountry, nameSlashPlace } from './dateline-joins';
import { appositiveFollows, locatesPlace, wireByGrammar } from './bracket-wire';
import { headedPlace } from './place-heads';
import { citesSource } from './prose-credit';
import { bylineAfterPlace, chainedCredits, creditFirst, placeOnly, reverseDateline, twoWordPlace } from './dateline-shapes';
import { opensWithPrintPageLabel } from './print-page';
import { agencyByInitials, isInitialsShape } from './initials-code';
import { isVolumeWord } from './volume-labels';
import { withoutSiteInitial } from './site-initial';

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
  /** The credit is a name no list knows, in round brackets after the place («ستوكهولم (تي تي) -»): a wire's place. */
  bracketed?: boolean;
}

/**
 * The dateline at the start of `text`, or undefined. The lexicon gives the places that open
 * datelines and the month names; `lookup` the names a credit may be (by default the lexicon's;
 * extraction passes one that also knows the page's own name).
 */
export function parseDateline(printed: string, lex: Lexicon, lookup: NameLookup = lex.names): Dateline | undefined {
  // «صفحة 8 | زراعة»: a printed page's label and its section, no place and a date (print-page.ts).
  if (opensWithPrintPageLabel(printed, lex)) return undefined;
  // «غزة _ بوابة الهدف», «المناطق_واس»: an underscore separates as a dash does (same length:
  // every offset read below holds for the printed text).
  const unscored = printed.includes('_') ? printed.slice(0, MAX_PREFIX).replace(/_+/g, (u) => '-'.repeat(u.length)) + printed.slice(MAX_PREFIX) : printed;
  // «بيروت – **إم تي في** –», «كييف: **تواصل نيوز**:»: a copy's bold markers around the credit
  // enclose it as guillemets do (same length, nineteenth round, part D).
  const bolded = unscored.includes('**') ? unscored.slice(0, MAX_PREFIX).replace(/\*\*([^*\n]{2,30})\*\*/gu, ' «$1» ') + unscored.slice(MAX_PREFIX) : unscored;
  // «مسقط - ب - العمانية»: a site's one-letter initial between the place and a known wire is blanked (site-initial.ts).
  const text = withoutSiteInitial(bolded, lookup) ?? bolded;
  // «ـ الرياض ـ أضواء الوطن:»: a separator run opening the lead frames the place (tatweel first,
  // as the dateline's closing one); it is the dateline's, never a name (twentieth round, part B).
  // «date 2025-09-28 قال …», «2025-09-28 أكد …»: an ISO date glued to the lead's first word (an
  // export's or a feed's date field, with or without its Latin label) is the lead's date, never
  // its first words; what follows may still be a dateline (twenty-third round, real pages).
  // «date 2025-06 حذر …» (a month alone, behind its label) and «date 2025-10-07 - قال …» (a dash after
  // it): the same field; a month alone dates nothing (twenty-eighth round, real pages).
  const isoFirst = LEADING_ISO_DATE.exec(text);
  if (isoFirst && (isoFirst[1] || isoFirst[2])) {
    const fieldDate = isoFirst[2] ? undefined : isoFirst[1];
    const rest = parseDateline(text.slice(isoFirst[0].length), lex, lookup);
    // «date 2026-03-05 أبوظبي في 5 مارس/ وام /»: the field's full date beats the dateline's year-less day.
    const date = rest?.date && lex.dates.parse(rest.date) ? rest.date : fieldDate;
    return rest ? { ...rest, date, end: rest.end + isoFirst[0].length } : { place: '', ...(date ? { date } : {}), end: isoFirst[0].length, evidence: 'grammar' };
  }
  // «(SeaPRwire) – أعلنت شركة …», «الرياض - (بزنس واير) - وقعت …»: a press-release distributor's tag is no credit (typed-credits.ts).
  const release = withoutReleaseTag(text, lex);
  if (release) {
    const rest = parseDateline(release.text, lex, lookup);
    const at = (e: number) => (e >= release.split ? e - release.split + release.origin : e);
    const kept = rest && { ...rest, end: at(rest.end), agency: rest.agency && !isReleaseWire(rest.agency.name, lex) ? rest.agency : undefined };
    // Words before the tag that read as no dateline are the lead's own: the tag alone is not enough to cut them.
    if (kept || !release.split) return kept ?? { place: '', end: release.origin, evidence: 'grammar' };
  }
  // «(MENAFN- Al Wakeel News) الوكيل الإخباري- …»: an aggregator's provider tag, then the partner's own
  // lead. The partner's dateline is read after the tag; when it names no one, the tag's Latin name is the
  // outlet; when it names the partner in Arabic too, the two spellings agree (provider-tag.ts).
  const tag = providerTag(text, lex.data.providerTags ?? []);
  if (tag) {
    const rest = parseDateline(text.slice(tag.length), lex, lookup);
    const end = (rest?.end ?? 0) + tag.length;
    if (rest?.agency || (rest?.outlet && rest.outlet.id)) return { ...rest, end };
    const latin = lookup(tag.name) ?? { name: tag.name, kind: 'outlet' as const };
    if (rest?.outlet && lex.sameName(tag.name, rest.outlet.name)) return { ...rest, outlet: { ...rest.outlet, own: true }, evidence: 'known', end };
    return rest ? { ...rest, outlet: latin, end } : { place: '', outlet: latin, end, evidence: latin.id ? 'known' : 'grammar' };
  }
  const framed = LEADING_SEPARATOR.exec(text);
  if (framed) {
    const inner = parseDateline(text.slice(framed[0].length), lex, lookup);
    return inner && { ...inner, end: inner.end + framed[0].length };
  }
  const region = regionInBrackets(text, lex, lookup);
  if (region) return parseDateline(region.text, region.lex, lookup);
  const isPlace = (p: string) => lex.places.has(lexKey(p));
  const found = bylineAfterPlace(text, lex, lookup) ?? datelineByGrammar(text, lex, lookup);
  // A reporter's name: a given name first (or after «من», a wire's «from NAME»), after a credit or a
  // correspondent's word («مراسلنا –»).
  const credited = !!(found && (found.agency || found.outlet || found.generic));
  const givenFirst = (words: string[]) => lex.givenNames.has(lexKey(words[words[0] === 'من' && words.length >= 3 ? 1 : 0]));
  const isReporter = (name: string, head: string) => (givenFirst(name.split(/\s+/)) || (credited && opensOnInitial(name)))
    && (credited || head.split(/[\s\-–—ـ:|/]+/u).some((w) => lex.correspondentWords.has(lexKey(w))));
  const chained = found && found.end < text.length ? chainedCredits(found, text, lookup, isPlace, isReporter) : found;
  // «NAME : HEAD_يبدأ …»: the credit's first word echoed, glued to the story, is the credit's too.
  // «NAME 24 | سيدي قاسم يراهن …»: the site's own credit closed by a bar, then a town by its head word (place-heads.ts).
  const headed = chained && !chained.place && chained.outlet && /[|]\s*$/u.test(text.slice(0, chained.end)) ? headedPlace(text.slice(chained.end), lex) : undefined;
  if (chained && headed) return { ...chained, place: headed.place, end: chained.end + headed.length };
  const credit = chained && !chained.place && (chained.outlet ?? chained.agency);
  return credit ? { ...chained, end: echoedCredit(text, chained.end, credit.name) } : chained;
}

const LEADING_SEPARATOR = /^[ـ\-–—]+\s+(?=[\p{L}])/u;
// A Latin field label («date», «Date:», «published:») at most, then an ISO date, then Arabic.
// A month alone («2025-06») only behind its label: bare, four digits and two may be anything.
const LEADING_ISO_DATE = /^(?:(?:[A-Za-z]{3,10}:?\s+)?(\d{4}-\d{2}-\d{2})|[A-Za-z]{3,10}:?\s+(\d{4}-\d{2}))(?:\s+[-–—])?\s+(?=[\u0600-\u06FF])/u;

const REGION_AFTER_PLACE = /^([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){0,2})(\s*\(([^()\n]{2,25})\))(\s*[،,])?/u;

/**
 * «قازان (تتارستان) –», «جلال آباد (ننغرهار)، 26 يوليو (باجهواك) –»: a region the places data knows,
 * in brackets after the city, is the place's, never the credit — blanked (offsets kept) and the
 * city, vouched for by it, read as a known place (nineteenth round).
 */
function regionInBrackets(text: string, lex: Lexicon, lookup: NameLookup): { text: string; lex: Lexicon } | undefined {
  const m = REGION_AFTER_PLACE.exec(text);
  // A region the page's story names after a region word («مقاطعة بولتافا») is vouched for as a listed one (page-regions.ts).
  if (!m || !(lex.places.has(lexKey(m[3].trim())) || lookup.regions?.has(lexKey(m[3].trim()))) || lex.names(m[1])) return undefined;
  const comma = (m[4] ?? '').trim();
  const blank = m[2].length + (m[4] ?? '').length - comma.length;
  return {
    text: m[1] + comma + ' '.repeat(blank) + text.slice(m[0].length),
    lex: { ...lex, places: new Set([...lex.places, lexKey(m[1])]) },
  };
}

function datelineByGrammar(text: string, lex: Lexicon, lookup: NameLookup): Dateline | undefined {
  const { places } = lex;
  const key = lexKey;
  const isPlace = (p: string) => places.has(key(p));
  if (text.startsWith('(')) {
    const first = creditFirst(text, lex, lookup, isPlace) ?? bracketedCredits(text, lex, lookup);
    if (first) return first;
  }
  const self = agencySelfCredit(text, lex);
  if (self) return self;
  for (const span of creditSpans(text)) {
    const at = placeOf(text.slice(0, span.start), lex.dates.isWordDay) ?? joinedPlaces(text.slice(0, span.start), isPlace);
    // «دیسمبر 19, 2025 …»: a month name opens a date line, never a dateline.
    if (!at || lex.dates.isMonthName(at.place.split(/\s+/)[0])) continue;
    // «العدد 12 - اقتصاد»: an issue's label (`issueLabels`) with its number is a print edition's furniture, never a place and a day.
    // «السنة 23 - العدد 6120»: a year or volume label (`volumeLabels`, volume-labels.ts) and its number likewise.
    if (at.date && (lex.dates.issueLabels.has(normalizeArabic(at.place)) || isVolumeWord(at.place, lex))) continue;
    // «وذكرت هيئة الإذاعة البريطانية (بي بي سي) في تقرير …»: a sentence citing a source, never a dateline (prose-credit.ts).
    if (!at.date && citesSource(at.place, lex) && !isPlace(at.place)) continue;
    // «ذكرت صحيفة / إزفيستيا/ الروسية أن …»: a «place» ending on a site's own word («صحيفة»,
    // «وكالة», «موقع») is prose naming a paper — the name between the slashes is that paper's.
    if (!at.date && lex.sitePrefixes.includes(sourceKey(at.place.split(/\s+/).pop()!)) && !isPlace(at.place)) continue;
    // A «-» inside the date («موسكو - 2 - 6 (كونا)») is not the credit — a name with digits
    // the page or sources.yaml knows is («لندن- عربي21», «صنعاء - 26 سبتمبر نت:»).
    if (!span.paired && DIGIT.test(span.text) && !lookup(span.text)) continue;
    // «تتار-إنفورم»: a hyphen inside a credit is a name's only when the lists know the whole («سانا-دمشق» is two parts).
    if (!span.paired && /[\p{L}\p{M}]-\p{L}/u.test(span.text) && !lookup(span.text)) continue;
    const closer = CLOSER.exec(text.slice(span.end))!;
    // «رام الله مكس – رام الله:»: a name's first word that opens a known place of two words is the place's.
    const word = !span.paired ? /^\s+([\p{L}\p{M}]{2,})/u.exec(text.slice(span.end)) : null;
    if (word && isPlace(`${span.text} ${word[1]}`)) continue;
    // After a full stop, only a name closed by a separator is the dateline's, not a sentence's subject.
    if (span.stop && !/[-–—ـ:.|]/.test(closer[0])) continue;
    // «عمّان - صحيفة كوميرسانت الروسية نشرت …»: a paper's type word with no separator after the name opens the lead (paper-credits.ts).
    if (textGoesOn(span, closer[0], text) && isUnclosedPaperSubject(span.text, span.paired, closer[0], lex)) continue;
    let end = span.end + closer[0].length;
    // «الأمناء/ متابعات خاصة:», «… - رصد خاص:»: a credit word and one word qualifying it, closed
    // by a separator, say how the story was gathered as the word alone does.
    const qualified = /[-–—ـ:/|]/.test(closer[0]) && creditPhrase(span.text, lookup) && !glued(span.text, lookup);
    // «بنغازي/ خاص الكرامة ميديا -», «كربلاء – خاص نون:»: a credit word glued to a name the page
    // or the lists know says how the story was gathered; the name is the credit (nineteenth round).
    const gathered = glued(span.text, lookup);
    // «جيبوتي (وجا) -», «الخرطوم (وسا) -»: a code in brackets no list holds, spelling the initials of the page's own agency
    // or of one listed agency, is that agency's name (initials-code.ts; forty-fifth round).
    const spelled = span.paired && text[span.start] === '(' && isInitialsShape(span.text) && !lookup(span.text)
      ? lookup.ownByInitials?.(span.text) ?? agencyByInitials(span.text, lex.sources) : undefined;
    const creditText = spelled ?? gathered ?? (qualified ? span.text.split(/\s+/)[0] : span.text);
    // «طهران/ 26 تشرين الثاني/ نوفمبر/ …»: a month name between slashes is the date's, not a credit.
    if (lex.dates.isMonthName(creditText)) continue;
    // «خريبكة أونلاين © 2026 - كل الحقوق محفوظة»: a © line is no dateline; a rights phrase names no one.
    if (holdsRights(creditText, lex.rights)) continue;
    // «تي في 5 موند – بالعربية»: a desk's label (`arabicServiceLabels`) names the service's language, never a credit.
    if (lex.serviceLabels.has(lexKey(creditText))) continue;
    // «تعليقات 3 | مشاركة»: after a word and a count, a page's interface line (`exactLines`: «مشاركة», «طباعة») in the credit's
    // slot credits no one (a place with no count keeps it: «دبي - مباشر:» credits the outlet Mubasher, aside8 u326).
    if (at.date && !span.paired && lex.exact.has(lexKey(creditText)) && !lookup(creditText)) continue;
    // «ميدلت 24 - ح. بنعيسى -», «خنيفرة 24 - م.ع. الحسني:»: one letter (or a few, each with its dot) closed by a dot is a
    // reporter's initial, never a name (initial-reporter.ts; forty-fourth round).
    if (isInitialCredit(creditText, closer[0])) continue;
    const credit = resolveCredit(creditText, lookup);
    const known = credit.allKnown || ((credit.agency || credit.outlet || credit.generic) && credit.parts.length <= 2);
    const closed = span.paired || /[-–—ـ:./|]/.test(closer[0]) || end >= text.length
      || (LATIN_ABBREVIATION.test(creditText) && /^\s+[\u0600-\u06FF]/u.test(text.slice(span.end)));
    // «متابعات – موجز الأحداث – في إطار …»: a word that only says how the story was gathered
    // (`creditWords`) in the place's slot vouches for the name after it as a place does — the
    // site's own credit when closed by a separator before the lead's prose (alone on its line, «متابعة –
    // ريم سالم» is a reporter's byline; thirty-third session, a real-page probe).
    const creditSlot = !at.date && isCreditWord(at.place, lookup) && /[-–—ـ:|]/.test(closer[0]) && text.slice(end).trim().split(/\s+/).length >= 3;
    // «متابعات – محمد عثمان – قال …»: a reporter's byline after the credit word, cut with it, naming no source.
    if (creditSlot && lex.givenNames.has(key(span.text.split(/\s+/)[0]))) return { place: '', end: text.length - text.slice(end).trimStart().length, evidence: 'grammar' };
    // «زغرب (HINA) –»: a wire's Latin code in brackets, closed by a dash, vouches for the word before it as a place (wire-code.ts).
    const wireCode = span.paired && /[-–—ـ]/.test(closer[0]) && at.place.split(/\s+/).length <= 2 && isWireCode(creditText, lex);
    // «دكا (بي إس إس) - دعت …»: an unlisted wire after an unlisted place, vouched for by the grammar alone (bracket-wire.ts).
    const grammarWire = span.paired && text[span.start] === '(' && /^\s*[-–—ـ]+\s*$/u.test(closer[0]) && !at.date && !lookup(creditText)
      && text.slice(0, span.start).trim() === at.place && wireByGrammar(at.place, creditText, text.slice(end), lex);
    const vouched = places.has(key(at.place)) || !!at.date || creditSlot || wireCode || grammarWire;
    // «باريس (AR) –»: the edition's language tag in the brackets credits no one; the place is the dateline's.
    // «خاركيف (شرق أوكرانيا) -»: the bracket says where the place lies (bracket-wire.ts `locatesPlace`); no credit.
    // Set off by strokes too («خاركيف ــ (شرق أوكرانيا) ــ», «خاركيف - (شرق أوكرانيا) -»; forty-third round, merged).
    const located = span.paired && text[span.start] === '(' && /[-–—ـ]/.test(closer[0]) && !at.date && !lookup(creditText)
      && text.slice(0, span.start).trim().replace(/\s*[-–—ـ]+$/u, '') === at.place && at.place.split(/\s+/).length <= 2 && locatesPlace(creditText, lex);
    if (located || (span.paired && places.has(key(at.place)) && /[-–—ـ]/.test(closer[0]) && !lookup(creditText) && isBracketTag(creditText, lex))) {
      return { place: at.place, end: text.length - text.slice(end).trimStart().length, evidence: 'grammar' };
    }
    if (span.bare && !known) continue;
    if (span.open && !(credit.agency && credit.allKnown && at.date && lex.dates.parse(at.date))) continue;
    if (span.list && !(credit.allKnown && closed)) continue;
    // «نواكشوط - وما زالت …»: a short name that is also a word of prose («وما», AMI's) is a credit
    // only when delimited or closed; unclosed, it is the story's first word.
    // Unless a lead's verb follows it («الرباط – ومع جدد المغرب»: prose puts no verb there).
    const verbAfter = lex.leadVerbs.has(normalizeArabic(/^\s*([\p{L}\p{M}]+)/u.exec(text.slice(end))?.[1] ?? ''));
    if (known && !closed && readsAsFunctionWord(creditText, lex) && !verbAfter) continue;
    // «لندن - موسكو: …»: a second place is never a credit; nor is a place that is also a paper's
    // name after a person's («عبدالرحمن القحطاني - الرياض»: a writer and where he files from).
    // The page's own name is a credit even when a city's («الأنبار – الفلوجة:» under «قناة الفلوجة»,
    // the channel named after its city), after any place but a person's name (eighteenth round).
    const ownName = credit.parts.every((p) => p.found?.own) && !lookup(at.place) && !lex.givenNames.has(key(at.place.split(/\s+/)[0]));
    if (isPlace(creditText) && !ownName && (!known || (!isPlace(at.place) && !at.date))) continue;
    // An unknown credit is a name of up to three words — or, in brackets, an agency that says
    // so («(وكالة أنباء العالم العربي)»).
    const words = creditText.split(/\s+/).length;
    // «عمّان – شبكة مدى الساحل الإخبارية –»: a name that says it is a wire, closed by a separator (typed-credits.ts).
    // Asked last (lazily): this loop runs on every credit span of every line a dateline is looked for on.
    const shortEnough = words <= 3 || (span.paired && words <= 6 && /^(?:ال)?وكال[ةه]\s/u.test(creditText)) || (!known && !span.bare && isTypedWire(creditText, lex));
    if (!known && !(closed && vouched && shortEnough && !DIGIT.test(creditText))) continue;
    if (!known && !closed) continue;
    // «الغد برس/ البصرة..»: after a name the page or the lists know, an unknown word is a place
    // (the reverse shape, below), not a credit.
    if (!known && lookup(at.place) && !creditSlot && !wireCode) continue;
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
    // «لندن - كوبر - وزيرة … - أعلنت»: an unknown name and its appositive open the lead (bracket-wire.ts).
    if (!known && !span.paired && appositiveFollows(rest, lex)) continue;
    const named = resolveCredit(creditText, lookup);
    const unknownName = named.parts.find((p) => !p.found)?.text;
    // An unknown name is an agency when it says so («وكالة …») or, in brackets, when it ends as a
    // wire's name does («بوخارست (أجيربريس) -», `wireNameEndings`; fifteenth round).
    const wireShaped = (name: string) => /وكال/.test(name) || isTypedWire(name, lex) || (span.paired && (endsAsWire(name, lex) || isWireCode(name, lex)));
    const unknown: NamedSource | undefined = unknownName ? { name: unknownName, kind: wireShaped(unknownName) ? 'agency' : 'outlet' } : undefined;
    // «هسبريس - أ ف ب», «TRT عربي - وكالات»: the «place» is the outlet's own name (a credit line).
    const self = lookup(at.place);
    // «ـ حائل ـ حائل نيوز ـ» under «صحيفة حائل نيوز»: when the credit is the page's own name, a «place» that is
    // only its first word is the place (twentieth round, part B).
    const ownCredit = !!self?.own && named.parts.length > 0 && named.parts.every((p) => p.found?.own);
    const wireList = self?.kind === 'agency' && !!named.agency;
    // «تيرانا (ATA) –» on «راديو تيرانا الدولي»: a wire's Latin code vouches for a place, even one the own name holds.
    let selfOutlet = self && self.kind !== 'generic' && !at.date && !places.has(key(at.place)) && !ownCredit && !wireList && !wireCode ? self : undefined;
    // «ستيب الإخبارية - خاص», «عدن تايم/متابعات»: before a word that only says how the story was
    // gathered (`creditWords`) stands who gathered it — a name, unless the places data knows it.
    const gatheredBy = !selfOutlet && !at.date && !places.has(key(at.place)) && named.parts.every((p) => p.found?.kind === 'generic' && !p.found.wires);
    if (gatheredBy && !self) selfOutlet = { name: at.place, kind: /وكال|news agency/iu.test(at.place) ? 'agency' : 'outlet' };
    return {
      place: selfOutlet || wireList || creditSlot ? '' : at.place,
      ...(at.date ? { date: at.date } : {}),
      // A site that calls itself an agency credits itself («ستيب الإخبارية - خاص» under «وكالة ستيب»).
      // «رويترز/ أ ف ب», «Reuters/AFP»: two wires listed, no place — the first listed is the agency.
      agency: (wireList && !at.date && !places.has(key(at.place)) ? self : undefined) ?? named.agency ?? (unknown?.kind === 'agency' ? unknown : undefined) ?? (selfOutlet?.kind === 'agency' && !named.outlet ? selfOutlet : undefined) ?? (tagged?.kind === 'agency' ? tagged : undefined),
      outlet: named.outlet ?? selfOutlet ?? (unknown?.kind === 'outlet' ? unknown : undefined),
      ...(named.generic ?? (tagged?.kind === 'generic' ? tagged : undefined) ? { generic: named.generic ?? tagged } : {}),
      end: rest ? text.length - text.slice(end).trimStart().length : text.length,
      evidence: known ? 'known' : 'grammar',
      ...(unknown && text[span.start] === '(' ? { bracketed: true } : {}),
    };
  }
  return placeOnly(text, lex, isPlace) ?? dateThenSlash(text, lex) ?? reverseDateline(text, lookup, isPlace, lex) ?? twoWordPlace(text, lex, lookup)
    ?? cityAndCountry(text, lex) ?? nameSlashPlace(text, lex);
}

/** Text goes on after the span (a dateline alone on its line may end on the name). */
function textGoesOn(span: { end: number }, closer: string, text: string): boolean {
  return span.end + closer.length < text.length;
}

/** «خاص الكرامة ميديا» → «الكرامة ميديا»: a credit word (`creditWords`) before a known name, the name. */
function glued(credit: string, lookup: NameLookup): string | undefined {
  const [first, ...rest] = credit.split(/\s+/);
  if (!rest.length || !isCreditWord(first, lookup) || lookup(credit)) return undefined;
  const name = lookup(rest.join(' '));
  return name && name.kind !== 'generic' ? rest.join(' ') : undefined;
}
