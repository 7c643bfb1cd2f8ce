// Context guards of the linker: what the words around a hit say about it. A capital after
// «في / إلى / من» or in a dateline is a place, not the government acting; a nisba after
// «القناة / وكالة الأنباء» describes a medium, not its country; an organisation name followed
// by another country's nisba («مجلس الأمن الروسي») is that country's own body; and an alias
// that folding makes equal to a common word (تراس = ترأس) needs a title or the full name.
import { conjunctionStems, isDefinite } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';
import type { PhraseMatch } from '../arabic/phrase-trie';
import type { Token } from '../arabic/tokenize';
import type { ActorKey, ActorMatcher, LinkContext } from './matcher';

export const WS = /^[\s\u00A0]*$/;
// Dateline and byline punctuation: «فيينا -», «بغداد – واع», «(بروكسل)», «روما في 5 مارس /قنا/».
const DASH_AFTER = /^[\s\u00A0]*[-–—)/،,:]/;
const DASH_BEFORE = /[-–—(/][\s\u00A0]*$/;
/** Before the city of a header line: a dash, an underscore or a slash. */
const HEADER_DASH_BEFORE = /[-–—_/][\s\u00A0]*$/;
/** A header line names its outlet in at most this many words before the city. */
const MAX_HEADER_WORDS = 4;
const DIGIT = /^[0-9\u0660-\u0669\u06F0-\u06F9]/;
// A date between the dateline's city and its agency tag or dash: «فيينا 25 نوفمبر 2026 (وال) -»,
// «بروكسل 5 ديسمبر (أ ش أ) -» (session 45: the spent r-aside ra07).
const DATE_THEN_TAG = /^[\s\u00A0]*[0-9\u0660-\u0669]{1,2}[\s\u00A0]+[^\s\u00A0\d()]+(?:[\s\u00A0]+[0-9\u0660-\u0669]{4})?[\s\u00A0]*[-–—(/]/;

function inSet(t: Token, s: Set<string>): boolean {
  for (const r of t.word.conjunctionStems()) if (s.has(r)) return true;
  return false;
}
const gap = (text: string, tokens: Token[], j: number) => text.slice(tokens[j - 1].end, tokens[j].start);
/** Only spaces between tokens j-1 and j; one plain space (by far the most common gap) without a slice. */
function spaced(text: string, tokens: Token[], j: number): boolean {
  const from = tokens[j - 1].end;
  if (tokens[j].start - from === 1 && text.charCodeAt(from) === 0x20) return true;
  return WS.test(text.slice(from, tokens[j].start));
}
/**
 * One quotation mark between tokens j-1 and j: a body's own name in quotes, «شركة «نفتوغاز» الأوكرانية»,
 * «شركة «روساتوم» الروسية» (session 46, v-dev vd06 vd07): the nisba is still the company's.
 */
const QUOTE_GAP = /^[\s\u00A0]*[«»"“”][\s\u00A0]*$/;
function quotedGap(text: string, tokens: Token[], j: number): boolean {
  return QUOTE_GAP.test(text.slice(tokens[j - 1].end, tokens[j].start));
}
/** Could a token in [lowest, from) be (the last word of) a body noun or a brand head? Set lookups only. */
function bodyWordWithin(ctx: LinkContext, tokens: Token[], from: number, lowest: number): boolean {
  for (let k = from - 1; k >= lowest && k >= 0; k--) {
    const n = tokens[k].norm;
    if (ctx.bodyNouns.has(n) || ctx.bodyNounTails.has(n) || ctx.brandHeads.has(n)) return true;
    const c = n.charCodeAt(0);
    if ((c === 0x648 || c === 0x641) && ctx.bodyNouns.has(n.slice(1))) return true; // و / ف
  }
  return false;
}

/**
 * Is the capital at tokens[hit.from..hit.to) a place (venue, destination, dateline, byline)
 * rather than the government acting («أعلنت موسكو», «رد كييف», «بين موسكو وكييف»)? `joinedTo` is
 * the capital right before it when «و» joins them («كييف وموسكو»); `joinedNext`, whether «و» + a
 * capital follows it.
 */
export function capitalIsPlace(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string, joinedTo?: PhraseMatch<unknown>, joinedNext = false): boolean {
  // «ببروكسل»: the preposition ب glued on.
  if (/ب$/.test(hit.prefix)) return true;
  const after = hit.to < tokens.length ? gap(text, tokens, hit.to) : text.slice(tokens[hit.to - 1].end);
  const before = hit.from > 0 ? gap(text, tokens, hit.from) : text.slice(0, tokens[0].start);
  // Dateline at the head of a paragraph: «فيينا -», «موسكو في 8 أكتوبر/ وام/», «القاهرة،».
  if (hit.from === 0 || (hit.from <= 2 && /[)»"]\s*\(?\s*$/.test(before))) {
    // «موسكو (تاس) -», «الرياض (واس)»: an agency tag in brackets right after the city is a dateline too.
    if (DASH_AFTER.test(after) || /^[\s\u00A0]*\(/.test(after) || DATE_THEN_TAG.test(text.slice(tokens[hit.to - 1].end, tokens[hit.to - 1].end + 40)) || (hit.to < tokens.length && tokens[hit.to].norm === 'في' && DIGIT.test(tokens[hit.to + 1]?.text ?? ''))) return true;
  }
  // Byline or source tag: «أحمد جودة - القاهرة -», «(بروكسل)».
  if (DASH_BEFORE.test(before) && DASH_AFTER.test(after)) return true;
  // Session 46 (the spent u-aside ua07, ua08): a header line «المواطن - الرياض», «صحيفة عسير _ الرياض»,
  // «السومرية نيوز/ بغداد» — a few words, a dash, and the city ending the paragraph — is a dateline.
  if (hit.from <= MAX_HEADER_WORDS && hit.to === tokens.length && HEADER_DASH_BEFORE.test(before) && /^[\s\u00A0.:]*$/.test(after)) return true;
  // Back over «العاصمة» / «مدينة» and an adjective (العاصمة الروسية موسكو) to a preposition.
  let k = hit.from - 1;
  let headed = false;
  for (let steps = 0; k >= 0 && steps < 3 && WS.test(gap(text, tokens, k + 1)); steps++) {
    if (inSet(tokens[k], ctx.placeHeads)) {
      headed = true;
      k--;
    } else if (headed && isDefinite(tokens[k].norm)) k--;
    else break;
  }
  if (headed) return true;
  // «رحلاتها اليومية بين الدوحة وموسكو»: the ends of a route are places (session 10).
  if (k >= 1 && k === hit.from - 1 && tokens[k].norm === 'بين' && routeBefore(ctx, tokens, k, text)) return true;
  if (k >= 0 && k === hit.from - 1 && WS.test(gap(text, tokens, hit.from)) && inSet(tokens[k], ctx.placeWords)) return !actsAfterFrom(ctx, tokens, k, text) && !(tokens[k].norm === TO && goodsSentBefore(ctx, tokens, k, text));
  // «كييف وموسكو»: joined by «و» to a capital, it is read as that one is («في كييف وموسكو» places,
  // «بين موسكو وكييف» both act).
  if (joinedTo) return capitalIsPlace(ctx, tokens, joinedTo, text, undefined, true);
  // A tour of several capitals («زار زوبي كييف وموسكو وواشنطن») names the places on the way; one
  // capital visited («زار لافروف أنقرة») is a visit to that government (relations read it so).
  return joinedNext && isVisited(ctx, tokens, hit.from, text);
}

/** A route noun right before «بين» at k, or with one adjective between («رحلاتها اليومية بين», «رحلات إضافية بين»). */
function routeBefore(ctx: LinkContext, tokens: Token[], k: number, text: string): boolean {
  if (!WS.test(gap(text, tokens, k))) return false;
  if (inSet(tokens[k - 1], ctx.routeNouns)) return true;
  // Session 45: also a feminine adjective («رحلاتها المباشرة بين», «رحلات منتظمة بين»: the spent r-aside ra19).
  return k >= 2 && /(?:ي|يه|ه)$/.test(tokens[k - 1].norm) && WS.test(gap(text, tokens, k - 1)) && inSet(tokens[k - 2], ctx.routeNouns);
}

/**
 * «القوة القاهرة», «الظروف القاهرة»: a capital written with the article right after a definite noun
 * is that noun's adjective (a noun governing a genitive has no article: «موقف القاهرة» is Egypt's).
 * A day or time word before it (`timeWords`: «أعلنت اليوم القاهرة») is no such noun.
 */
export function capitalIsAdjective(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.prefix || hit.to - hit.from !== 1 || hit.from === 0 || !isDefinite(tokens[hit.from].norm) || !spaced(text, tokens, hit.from)) return false;
  const prev = tokens[hit.from - 1].norm;
  return isDefinite(prev) && !ctx.timeWords.has(prev) && !ctx.placeHeads.has(prev);
}

/** The look-back from a capital to a visit word spans at most this many words between them. */
const MAX_VISIT_GAP = 5;

/**
 * «زار زوبي كييف وموسكو», «يزور وزير الخارجية التركي واشنطن وبرلين»: the first capital of a list is
 * the object of a visit (`visitWords`), with only spaces and at most MAX_VISIT_GAP words between and
 * no new clause (a `clauseWords` word, a reporting verb with or without و/ف, «و/ف» + a feminine
 * perfect verb: ورحبت) on the way.
 */
function isVisited(ctx: LinkContext, tokens: Token[], from: number, text: string): boolean {
  // «جولة جديدة بين موسكو وكييف»: capitals after «بين» are the parties of a round, not a tour (session 11).
  if (from > 0 && tokens[from - 1].norm === 'بين') return false;
  for (let k = from - 1; k >= 0 && k >= from - 1 - MAX_VISIT_GAP; k--) {
    if (!WS.test(gap(text, tokens, k + 1))) return false;
    const t = tokens[k];
    if (inSet(t, ctx.visitWords)) return true;
    if (ctx.clauseWords.has(t.norm) || inSet(t, ctx.reportingVerbs)) return false;
    // «ورحبت موسكو», «فأعلنت»: a conjunction and a feminine perfect verb start a new clause.
    if (/^[وف]..+ت$/.test(t.norm) && !/ات$/.test(t.norm)) return false;
  }
  return false;
}

/**
 * «طلب من موسكو», «تعليق فوري من موسكو», «بضغط من واشنطن»: «من» after a noun of saying, asking
 * or pushing (`actingNouns`, with an optional adjective between) names who did it, not a place.
 */
function actsAfterFrom(ctx: LinkContext, tokens: Token[], k: number, text: string): boolean {
  if (tokens[k].norm !== 'من' || k === 0) return false;
  if (suppliedBefore(ctx, tokens, k, text)) return true;
  if (!WS.test(gap(text, tokens, k))) return false;
  if (isActingNoun(ctx, tokens[k - 1])) return true;
  // One adjective between: «تعليق فوري من», «طلب رسمي من».
  return k >= 2 && /ي$|يا$/.test(tokens[k - 1].norm) && WS.test(gap(text, tokens, k - 1)) && isActingNoun(ctx, tokens[k - 2]);
}

/** «من» + capital after goods or a verb of receiving reaches back at most this many words. */
const MAX_SUPPLY_GAP = 4;
const TO = normalizeArabic('إلى');

/** A token whose stem, or its stem less a glued ب / ال / بال, is in `set` («الرد», «بطلب», «وبدعم», «بالأسلحة»). */
const stemIn = (t: Token, set: Set<string>) => t.word.conjunctionStems().some((r) => set.has(r) || set.has(r.replace(/^(ب|ال|بال)/, '')));

/**
 * The words before k in its clause, nearest first, at most MAX_SUPPLY_GAP (quotation marks may stand between; no other
 * punctuation, no clause or reporting word): `visit` answers true or false to end the walk, undefined to go on.
 */
function walkClauseBack(ctx: LinkContext, tokens: Token[], k: number, text: string, visit: (t: Token) => boolean | undefined): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAX_SUPPLY_GAP; j--) {
    if (!/^[\s\u00A0«»"“”]*$/.test(gap(text, tokens, j + 1))) return false;
    const t = tokens[j];
    if (ctx.clauseWords.has(t.norm) || inSet(t, ctx.reportingVerbs)) return false;
    const answer = visit(t);
    if (answer !== undefined) return answer;
  }
  return false;
}

/**
 * «صواريخ «أتاكمز» من واشنطن», «تلقت كييف صواريخ بعيدة المدى من واشنطن»: goods a government
 * supplies, or a verb of receiving (`suppliedNouns`), at most MAX_SUPPLY_GAP words before «من» in
 * the same clause — the capital after it is the supplier (session 14: o-aside oa09, p-dev pd24).
 * «عاد المبعوث من موسكو» stays a place.
 */
const suppliedBefore = (ctx: LinkContext, tokens: Token[], k: number, text: string) =>
  walkClauseBack(ctx, tokens, k, text, (t) => (stemIn(t, ctx.suppliedNouns) ? true : undefined));

/**
 * «إلى» at k after a verb of sending (`sendingWords`) whose object is goods: goods named between the
 * verb and «إلى» («سلمت برلين دبابات إلى كييف»), or the verb's own «ها» (a thing named before: «شحنة …
 * التي أرسلتها الولايات المتحدة إلى كييف»). People sent («يرسل كوشنر وويتكوف إلى موسكو») visit a place.
 */
function goodsSentBefore(ctx: LinkContext, tokens: Token[], k: number, text: string): boolean {
  let goods = false;
  return walkClauseBack(ctx, tokens, k, text, (t) => {
    // The verb as written (with a glued و / ف): no ب / ال stripped, as a noun's are.
    if (t.word.conjunctionStems().some((r) => ctx.sendingWords.has(r))) return goods || t.norm.endsWith('ها');
    if (stemIn(t, ctx.suppliedNouns)) goods = true;
    return undefined;
  });
}

/** The noun as written, definite, or with a glued ب / و / ف («الرد», «بطلب», «وبدعم»). */
const isActingNoun = (ctx: LinkContext, t: Token) => stemIn(t, ctx.actingNouns);

// «دبي، الإمارات العربية المتحدة (CNN)--», «أبوظبي، الإمارات -»: a city, a comma, then the country and a
// bracket or dash opening the paragraph — the dateline's country, a place.
const DATELINE_CITY = /^[\s\u00A0]*[^\s،,]+(?:[\s\u00A0][^\s،,]+)?[\s\u00A0]*[،,][\s\u00A0]*$/;
const DATELINE_END = /^[\s\u00A0]*[-–—(]/;

/** Is the country name at tokens[hit.from..hit.to) the country of a dateline («دبي، الإمارات (CNN)»)? */
export function countryInDateline(tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.from === 0 || hit.from > 2) return false;
  const after = hit.to < tokens.length ? gap(text, tokens, hit.to) : text.slice(tokens[hit.to - 1].end);
  return DATELINE_CITY.test(text.slice(0, tokens[hit.from].start)) && DATELINE_END.test(after);
}

// After an outlet's number or its news word: a dash, a colon, a bar, a closing quote or bracket (or the text's end).
const OUTLET_NAME_END = /^[\s\u00A0]*[-–—:|»"”)]/;

/**
 * «ليبيا 24 – طرابلس:», «لموقع «ليبيا 24»», «الشارقة 24 – أ ف ب»: a place's name and a number closed by a dash,
 * a colon, a bar or a quotation mark is an outlet's name (Libya 24, Kurdistan 24, France 24), not the
 * country acting or named (session 47, part y). «روسيا 2018 كانت…» (no closing mark) stays the country.
 * Session 48 (ab-dev): so is a place's name and a news word (`outletTails`) closed the same way — «زاد الأردن
 * الإخباري –», «موقع العراق نيوز:»; «الأردن الإخباري» with nothing closing it is left to the other rules.
 */
export function placeNamesOutlet(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  const next = tokens[hit.to];
  if (!next || !(next.type === 'num' || ctx.outletTails.has(next.norm)) || !spaced(text, tokens, hit.to)) return false;
  const after = text.slice(next.end, hit.to + 1 < tokens.length ? tokens[hit.to + 1].start : text.length);
  // Session 50: a news word may also be closed by a slash, as Iraqi sites credit copy («العراق نيوز/ متابعة»);
  // not a number («روسيا 2022/2023» is a season).
  if (next.type !== 'num' && /^[\s\u00A0]*\//.test(after)) return true;
  return OUTLET_NAME_END.test(after) || (hit.to + 1 === tokens.length && /^[\s\u00A0]*$/.test(after));
}

/** A nisba right after a medium («القناة الأمريكية», «وكالة الأنباء الفرنسية») describes the medium. */
export function nisbaDescribesMedium(ctx: LinkContext, tokens: Token[], from: number, text: string): boolean {
  return from > 0 && WS.test(gap(text, tokens, from)) && inSet(tokens[from - 1], ctx.mediaNouns);
}

/** The walk back from a nisba to a body noun crosses at most this many words of the body's own name. */
const MAX_BODY_NAME = 3;
/** From a country's name, fewer: «شركة ألمنيوم البحرين», «الشركة العامة لموانئ العراق». */
const MAX_BRAND_NAME = 2;

/** A definite adjective of the nisba shape (العربي، الوطنية), normalised: it can stand inside a body's name. */
export const isDefiniteAdjective = (norm: string) => isDefinite(norm) && /(?:ي|يه)$/.test(norm);

/**
 * A nisba (or, with `brand`, a country's name) after a body noun (`bodyNouns`: «شركة», «بنك», «الهلال
 * الأحمر»; with `brand` also `brandHeads`: «طيران») is part of that body's name — an NGO, a company, a
 * bank, a university — not its country: «المجلس الدنماركي للاجئين», «جمعية الهلال الأحمر الكويتي»,
 * «شركة نفتوغاز الأوكرانية», «الهلال الأحمر العربي السوري», «شركة النفط العمانية», «بنك قطر الوطني»,
 * «الشركة العامة لموانئ العراق». Between them only the body's own name: words without the article,
 * definite adjectives of the nisba shape, and one definite word right after the body noun (its
 * genitive or adjective: «شركة النفط», «الشركة العامة»); no clause or place word, no punctuation
 * («قالت الشركة إن الهجوم الروسي» is Russia's attack), and no state adjective («البنك المركزي»).
 */
export function nisbaDescribesBody(ctx: LinkContext, tokens: Token[], from: number, text: string, brand = false, floor = 0): boolean {
  let definiteAt = -1;
  const max = brand ? MAX_BRAND_NAME : MAX_BODY_NAME;
  // Cheap test first (this runs on every nisba): a body noun must stand within reach at all.
  if (!bodyWordWithin(ctx, tokens, from, Math.max(floor, from - 1 - max))) return false;
  // `floor`: where the last linked name ended; the body's name does not reach into it.
  for (let k = from - 1, crossed = 0; k >= floor && (spaced(text, tokens, k + 1) || quotedGap(text, tokens, k + 1)); k--, crossed++) {
    const t = tokens[k];
    // The body noun as written or after و/ف (no general clitic lookup: this runs on every nisba).
    if (ctx.bodyNouns.has(t.norm) || (/^[وف]/.test(t.norm) && ctx.bodyNouns.has(t.norm.slice(1))) || (brand && ctx.brandHeads.has(t.norm))) {
      // A country's name right after a definite noun is no genitive of it: «أبلغت الشركة روسيا» (the
      // company told Russia), unlike «بنك قطر», «شركة ألمنيوم البحرين».
      // But a definite country name of the nisba's shape agrees with the definite noun as its
      // adjective: «الشركة السعودية للصناعات الأساسية» is the company's name (session 14, p-dev pd06).
      if (brand && crossed === 0 && isDefinite(t.norm) && !isDefiniteAdjective(tokens[from].norm)) return false;
      // Counted unnamed bodies, «15 شركة صينية» (a number, then both indefinite, nothing between), are that
      // country's firms; one «شركة أوكرانية» stays a company (h-dev hd22), as a plural «شركات» always was no body.
      if (crossed === 0 && k > 0 && DIGIT.test(tokens[k - 1].text) && !isDefinite(t.norm) && !isDefinite(tokens[from].norm)) return false;
      return definiteAt < 0 || definiteAt === k + 1;
    }
    if (k > floor && ctx.bodyNounTails.has(t.norm) && spaced(text, tokens, k) && ctx.bodyNouns.has(`${tokens[k - 1].norm} ${t.norm}`)) return definiteAt < 0 || definiteAt === k + 1;
    if (crossed === max || ctx.clauseWords.has(t.norm) || ctx.placeWords.has(t.norm) || ctx.stateBodyAdjectives.has(t.norm)) return false;
    if (isDefinite(t.norm) && !isDefiniteAdjective(t.norm)) {
      if (definiteAt >= 0) return false;
      definiteAt = k;
    }
  }
  return false;
}

/**
 * A name right before «لل» + a trade (`companyTrades`) is the first part of a body's or a venue's
 * name: «مصر للطيران», «قطر للطاقة», «قصر الكرملين للمؤتمرات» (a concert hall, not the Kremlin:
 * session 15, q-dev qd20).
 */
export function nameBeforeTrade(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.to >= tokens.length) return false;
  const next = tokens[hit.to].norm;
  return next.startsWith('لل') && ctx.companyTrades.has(`ال${next.slice(2)}`) && spaced(text, tokens, hit.to);
}

/**
 * Session 50: an organisation's name right before «لـ»/«لل» + a field (`bodyFields`) is the first part of another
 * body's name — that field's federation or union: «الاتحاد الأوروبي لكرة القدم» is UEFA, «الاتحاد الأوروبي
 * للإذاعة والتلفزيون» the EBU, «الاتحاد الأفريقي لكرة اليد» no African Union.
 */
export function nameBeforeField(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.to >= tokens.length || !ctx.bodyFields.size || !spaced(text, tokens, hit.to)) return false;
  const next = tokens[hit.to].norm;
  if (next.startsWith('لل')) return ctx.bodyFields.has(`ال${next.slice(2)}`);
  return next.startsWith('ل') && ctx.bodyFields.has(next.slice(1));
}

/**
 * A country's name inside a non-state body's name: after a body or brand noun («بنك قطر الوطني»,
 * «طيران الإمارات», «شركة ألمنيوم البحرين») unless a state adjective follows («بنك روسيا المركزي»),
 * or before «لل» + a trade («مصر للطيران», «قطر للطاقة»).
 */
export function countryNameInBody(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string, floor = 0): boolean {
  if (nameBeforeTrade(ctx, tokens, hit, text)) return true;
  const next = hit.to < tokens.length ? tokens[hit.to].norm : '';
  if (hit.prefix || hit.from === 0) return false;
  if (ctx.stateBodyAdjectives.has(next) && spaced(text, tokens, hit.to)) return false;
  return nisbaDescribesBody(ctx, tokens, hit.from, text, true, floor);
}

/** A closing quotation mark and a space: the gap after a quoted name. */
export const QUOTE_CLOSED = /^[»"”'’]\s+$/;

/** A company or brand the dictionary lacks (`companies`) ends right before token `end`: «لوك أويل الروسية». */
export function companyEndsAt(ctx: LinkContext, tokens: Token[], end: number, text: string): boolean {
  if (end === 0) return false;
  // Cheap test first: the word before must end some company's name (as written or after one clitic letter).
  const last = tokens[end - 1].norm;
  if (!ctx.companyLastWords.has(last) && !(last.length > 3 && /^[وفلب]/.test(last) && ctx.companyLastWords.has(last.slice(1)))) return false;
  // The name may be quoted: «شركة «لوك أويل» الروسية» (session 15, q-dev qd16).
  if (!spaced(text, tokens, end) && !QUOTE_CLOSED.test(text.slice(tokens[end - 1].end, tokens[end].start))) return false;
  for (let j = end - 1; j >= 0 && j >= end - 4; j--) {
    const hit = ctx.companies.matchAt(tokens, j, text);
    if (hit && hit.to === end) return true;
  }
  return false;
}

/**
 * An organisation name followed (after at most two adjectives: القومي، الوطني) by the nisba
 * of a country other than its own names that country's body: «مجلس الأمن الروسي» is not the
 * UN Security Council. `nisbaAt` tells which country a nisba at a token stands for.
 */
export function isNationalBody(m: ActorMatcher, keys: ActorKey[], tokens: Token[], to: number, text: string, nisbaAt: (j: number) => string[]): boolean {
  const orgs = keys.filter((k) => (k.kind === 'name' || k.kind === 'alias') && m.actors.get(k.actorId)?.type === 'organization');
  if (!orgs.length) return false;
  for (let j = to; j < tokens.length && j < to + 3 && WS.test(gap(text, tokens, j)); j++) {
    const countries = nisbaAt(j);
    if (countries.length) {
      return orgs.every((k) => {
        const a = m.actors.get(k.actorId);
        return !countries.includes(a?.affiliation ?? '') && !countries.includes(k.actorId);
      });
    }
    if (!(isDefinite(tokens[j].norm) && /ي$/.test(tokens[j].norm))) return false;
  }
  return false;
}

/**
 * «ميناء الفاو», «مطار …»: an organisation's alias right after the head of a place's name
 * (`placeNameHeads`) is part of that place's name, not the organisation (session 11, j-aside ja11).
 */
export function aliasNamesPlace(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if (hit.prefix || hit.from === 0 || !spaced(text, tokens, hit.from)) return false;
  return inSet(tokens[hit.from - 1], ctx.placeNameHeads);
}

/**
 * «روس» (Actor.barePlurals): the bare plural demonym counts only right after the people it
 * describes — an indefinite plural noun («موردين روس», «لعسكريين روس», «خبراء روس») or, joined by
 * «و», another demonym («أمريكيين وروس») — never after a first name («دينيس روس»).
 */
export function barePluralDescribes(ctx: LinkContext, tokens: Token[], hit: PhraseMatch<unknown>, text: string): boolean {
  if ((hit.prefix !== '' && hit.prefix !== 'و') || hit.from === 0 || !spaced(text, tokens, hit.from)) return false;
  const prev = tokens[hit.from - 1].norm;
  if (isDefinite(prev) || ctx.firstNames.has(prev)) return false;
  // «لجنود روس», «أسرى روس»: a broken plural of people (session 14, p-dev pd35).
  if (conjunctionStems(prev).some((r) => ctx.peopleNouns.has(r) || (r.length > 3 && /^[لب]/.test(r) && ctx.peopleNouns.has(r.slice(1))))) return true;
  return /(?:ين|ون|اء)$/.test(prev);
}

/** A title right before a guarded alias («السيدة تراس») vouches for it. */
export function titledBefore(ctx: LinkContext, tokens: Token[], from: number, text: string): boolean {
  return from > 0 && WS.test(gap(text, tokens, from)) && inSet(tokens[from - 1], ctx.titleWords);
}
