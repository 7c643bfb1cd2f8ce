// A headline printed on one line with something that is not the headline (twenty-seventh round):
// the page's date before or after it («الاثنين 4 كانون الثاني 2027 HEADLINE», «HEADLINE الخميس
// 13-10-2022 02:47 م»), or a trail, a section or the site's name before a spaced separator whose
// entries the page prints elsewhere outside the story («أخبار العالم » روسيا وأوكرانيا » HEADLINE»
// under a menu holding «أخبار العالم»; «NAME | HEADLINE» over a «المصدر: NAME» line). Refused whole —
// the line holds a date, or the lead repeats a word of the section — the headline in it was among no
// candidate and the title was made from the lead. The segment is scored like any line, by the lead's
// evidence above all; its `why` names the part cut off. Date words come from the lexicon's dateWords
// (content/boilerplate.yaml) through the DateReader, not from code.
import type { ClassifiedLine } from './classify';
import type { DateReader } from './dates';
import { gluedFurniture, type FurnitureWords, type GluedFurniture } from './glued-furniture';
import { headlineFurniture, type HeadlineFurnitureWords } from './headline-furniture';
import { contentWords, overlapShare, type LeadIndex } from './lead-overlap';
import { normalizeArabic } from '../arabic/normalize';

/** The headline left after the cut: this many words at least. */
const MIN_HEADLINE_WORDS = 3;
/** …and after an export's labelled date field: as many as a headline printed alone must have. */
const MIN_FIELD_HEADLINE_WORDS = 5;
/** As headline.ts asks of a plausible headline: two shared words, a quarter of its words. */
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.25;

export interface HeadlineSegment extends Omit<GluedFurniture, 'shape'> {
  shape: GluedFurniture['shape'] | 'date' | 'furniture';
  /** The cut part stood after the headline («HEADLINE DATE»), not before it. */
  after?: boolean;
  /** Why the cut part is furniture, beyond its shape. */
  evidence?: string;
}

export interface SegmentContext {
  dates: DateReader;
  furnitureWords: FurnitureWords;
  functionWords: Set<string>;
  /** Lexicon key of a text, as the classified lines' `key`. */
  key: (s: string) => string;
  /** Account words, clock and relative times, counts, tickers glued to the headline (headline-furniture.ts). */
  headlineFurniture?: HeadlineFurnitureWords;
}

// A token of a printed date: digits and their separators, or a mark between the date's parts.
const DATE_DIGITS = /^[0-9٠-٩]+(?:[:/.\-][0-9٠-٩]+)*[،,]?$/u;
const SEPARATOR = /^[|｜\-–—،,:/]+$/u;
// A feed's or an export's field label («date», «Date:», «published») and the ISO date it labels.
const FIELD_LABEL = /^[A-Za-z]{3,10}:?$/u;
const ISO_DIGITS = /^\d{4}-\d{2}(?:-\d{2})?$/u;

/** How many tokens from `start` (step 1) or back from it (step −1) read as a printed date and its time. */
function dateRun(tokens: readonly string[], start: number, step: 1 | -1, dates: DateReader): number {
  let n = 0;
  for (let i = start; i >= 0 && i < tokens.length;) {
    const bare = normalizeArabic(tokens[i].replace(/[،,:]+$/u, ''));
    const pair = i + step >= 0 && i + step < tokens.length ? (step === 1 ? `${tokens[i]} ${tokens[i + 1]}` : `${tokens[i - 1]} ${tokens[i]}`) : '';
    if (DATE_DIGITS.test(tokens[i]) || SEPARATOR.test(tokens[i]) || dates.isMonthName(bare) || dates.lineWords.has(bare)) { n += 1; i += step; }
    else if (pair && dates.isMonthName(pair.replace(/[،,]+/gu, ''))) { n += 2; i += 2 * step; } // «كانون الثاني»
    else break;
  }
  return n;
}

/**
 * The page's date glued before or after the headline: a run of date tokens (digits, month and
 * weekday names, «ص», «بتوقيت», separators) at one end of the line that holds a whole date, and at
 * least three words left; a date after a preposition («حتى», «في»: a function word) is the
 * headline's own. Shape only: `headlineSegment` asks the lead's evidence.
 */
export function gluedDate(text: string, dates: DateReader, functionWords: ReadonlySet<string>): HeadlineSegment | undefined {
  const tokens = text.trim().split(/\s+/);
  for (const after of [false, true]) {
    // «date 2027-02-01 HEADLINE»: an export's Latin field label before its ISO date is the date's.
    const label = !after && FIELD_LABEL.test(tokens[0]) && ISO_DIGITS.test(tokens[1] ?? '') ? 1 : 0;
    const n = after ? dateRun(tokens, tokens.length - 1, -1, dates) : label + dateRun(tokens, label, 1, dates);
    // A field glues whatever line an export opened with (a headline, a lead, a section's heading): a
    // line left as short as a section's heading is not taken for the headline on that evidence.
    if (n < 2 || tokens.length - n < (label ? MIN_FIELD_HEADLINE_WORDS : MIN_HEADLINE_WORDS)) continue;
    const cut = after ? tokens.slice(tokens.length - n) : tokens.slice(0, n);
    const rest = after ? tokens.slice(0, tokens.length - n) : tokens.slice(n);
    // «… تمدد الاتفاق حتى 30 يونيو 2027»: a date the headline's own preposition leads into is its words.
    if (after && functionWords.has(normalizeArabic(rest[rest.length - 1]))) continue;
    // «صوت نواج - العدد 215 - الخميس 20 أبريل 2028»: the run opens on an issue's number, so the line is a print
    // edition's running header (its name, issue and date), no headline with a date glued (forty-fourth round, at the merge).
    if (after && dates.issueLabels.has(normalizeArabic(rest[rest.length - 1]))) continue;
    if (!dates.findDates(cut.join(' ')).length) continue;
    return { prefix: cut.join(' '), rest: rest.join(' ').replace(/^[|｜\-–—،,:]\s*|\s*[|｜\-–—،,:]$/gu, ''), shape: 'date', ...(after ? { after } : {}) };
  }
  return undefined;
}

/**
 * «كازاخستان تمدد اتفاق نقل النفط عبر روسيا حتى 30 يونيو 2027»: the line's only date closes it after a
 * preposition (a function word) — the headline's own words, not a header's date on its line.
 */
export function ownClosingDate(text: string, dates: DateReader, functionWords: ReadonlySet<string>): boolean {
  const tokens = text.trim().split(/\s+/);
  const n = dateRun(tokens, tokens.length - 1, -1, dates);
  if (n < 2 || n >= tokens.length) return false;
  const before = normalizeArabic(tokens[tokens.length - n - 1]);
  return functionWords.has(before) && dates.findDates(tokens.slice(0, tokens.length - n).join(' ')).length === 0;
}

/**
 * Entries of a trail or a site's name the page prints outside the story: alone on a line of their
 * own (a menu entry, the masthead) or whole inside a line that is not the story's («المصدر: NAME»).
 */
function printedElsewhere(entries: readonly string[], line: ClassifiedLine, lines: readonly ClassifiedLine[], key: (s: string) => string): boolean {
  return entries.some((entry) => {
    const k = key(entry);
    return !!k && lines.some((o) => o.index !== line.index && o.kind !== 'blank' && (o.key === k || (o.kind !== 'body' && ` ${o.key} `.includes(` ${k} `))));
  });
}

/**
 * The headline inside a line that holds more than it, when the evidence agrees: the lead repeats
 * the rest (two words, a quarter of them) and the cut part is a date, or a trail / a site's name whose
 * entries the page prints elsewhere outside the story (however many of its words the lead repeats:
 * a story about Russia under «روسيا وأوكرانيا» in the trail). Else undefined.
 */
export function headlineSegment(line: ClassifiedLine, lines: readonly ClassifiedLine[], lead: LeadIndex, ctx: SegmentContext): HeadlineSegment | undefined {
  const plausible = (rest: string) => {
    const { share, shared } = overlapShare(contentWords(rest, ctx.functionWords), lead);
    return shared >= MIN_SHARED_WORDS && share >= MIN_SHARED_SHARE;
  };
  const date = gluedDate(line.text, ctx.dates, ctx.functionWords);
  if (date && plausible(date.rest)) return date;
  const trail = gluedFurniture(line.text, ctx.furnitureWords);
  if (trail?.shape === 'trail' && plausible(trail.rest) && printedElsewhere(trail.prefix.split(' › '), line, lines, ctx.key)) {
    return { ...trail, evidence: 'printed elsewhere on the page' };
  }
  return undefined;
}

/** A trail's separator, and how far from the cut a trail's entries reach (three words and a separator). */
const TRAIL_MARK = /^[|｜›»>/]$/u;
const TRAIL_REACH = 4;
/** The lead may repeat a word of the cut part by chance; under half of its words. */
const MAX_CUT_SHARE = 0.5;
/** Furniture whose shape alone (numbers in a label's frame) says it is no headline's words. */
const SURE_KINDS: ReadonlySet<string> = new Set(['series part', 'icon count']);

/**
 * Furniture glued at one end of the headline's line («دخول | تسجيل HEADLINE», «HEADLINE 1,245 مشاهدة»,
 * «الساعة 10:45 | 09 ديسمبر 2026 | HEADLINE»: a date left between the furniture and the headline is cut
 * with it), when the evidence agrees: the lead repeats the rest (two words, a quarter of them) and under
 * half of the cut words — «منذ 3 أشهر بلا رواتب …» over a lead saying «منذ ثلاثة أشهر» keeps its words.
 */
export function furnitureSegment(text: string, lead: LeadIndex, ctx: SegmentContext): HeadlineSegment | undefined {
  if (!ctx.headlineFurniture) return undefined;
  let found = headlineFurniture(text, ctx.headlineFurniture);
  // «الإثنين، 12 يوليو 2027 • 10:40 ص • HEADLINE»: the date printed outside the furniture is cut with it.
  const outer = found ? undefined : gluedDate(text, ctx.dates, ctx.functionWords);
  if (outer) {
    const inner = headlineFurniture(outer.rest.replace(/^[•·◆]\s*|\s*[•·◆]$/gu, ''), ctx.headlineFurniture);
    if (inner && inner.after === !!outer.after) found = { ...inner, cut: inner.after ? `${inner.cut} ${outer.prefix}` : `${outer.prefix} ${inner.cut}` };
  }
  if (!found) return undefined;
  // «العدد 512 ◆ HEADLINE [AR]»: furniture at both ends; the far end's is cut too.
  const far = headlineFurniture(found.rest, ctx.headlineFurniture);
  if (far && far.after !== found.after) found = { ...found, rest: far.rest, cut: `${found.cut} ${far.cut}`, kinds: [...found.kinds, ...far.kinds] };
  let { rest, cut } = found;
  const date = gluedDate(rest, ctx.dates, ctx.functionWords);
  if (date && !!date.after === found.after) {
    rest = date.rest;
    cut = found.after ? `${date.prefix} ${cut}` : `${cut} ${date.prefix}`;
  }
  // «الرئيسية / دولية / HEADLINE», «أخبار | ماليزيا | آسيان | العالم»: what is left opens on a trail or a
  // run of menu entries — the trail's readers (gluedFurniture, headlineSegment) weigh it, or no one does.
  const restTokens = rest.split(/\s+/);
  const edge = found.after ? restTokens.slice(-TRAIL_REACH) : restTokens.slice(0, TRAIL_REACH);
  if (edge.some((t) => TRAIL_MARK.test(t))) return undefined;
  const kept = overlapShare(contentWords(rest, ctx.functionWords), lead);
  const dropped = overlapShare(contentWords(cut, ctx.functionWords), lead);
  // A series' part («الحلقة 2 من 3») is a label by its numbers: the body naming «الحلقة المقبلة» keeps it no headline's word.
  // «🆕 جديد |»: a badge's word beside its icon is a badge by its shape, however the lead uses the word («ممر جديد»)
  // (thirty-eighth round, at the merge; aside38 u3541, spent).
  const iconBadge = found.kinds.length === 2 && found.kinds.includes('symbols') && found.kinds.includes('badge');
  const sure = iconBadge || found.kinds.every((k) => SURE_KINDS.has(k));
  if (kept.shared < MIN_SHARED_WORDS || kept.share < MIN_SHARED_SHARE || (!sure && dropped.share >= MAX_CUT_SHARE)) return undefined;
  rest = rest.replace(/^[|｜\-–—،,:]\s*|\s*[|｜\-–—،,:]$/gu, '');
  return { prefix: cut, rest, shape: 'furniture', ...(found.after ? { after: true } : {}), evidence: found.kinds.join(', ') };
}
