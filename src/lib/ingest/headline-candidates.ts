// Lines the headline filter (headline.ts) used to drop before scoring, let in on evidence
// (twenty-sixth round, second wave): on real pages the title misses were headlines that never
// became candidates — one closed by «.», one printed only under the story. Each is let in only
// when the lead repeats it and its shape is a headline's, never on its position alone.
import type { ClassifiedLine } from './classify';
import { normalizeArabic } from '../arabic/normalize';
import type { HeadlineCandidate, HeadlineContext } from './headline';
import { HEADER_KINDS, neighbour, nextLines } from './headline-neighbours';
import { contentWords, leadIndex, overlapShare, type LeadIndex } from './lead-overlap';

/** A «.»-closed line let in pays this: a headline seldom ends so, a sentence nearly always does. */
export const PERIOD_PENALTY = 0.1;
/** Longer than this, a «.»-closed line is a sentence of the story or a deck. */
const MAX_PERIOD_HEADLINE_WORDS = 15;
/** The lead must repeat this share, and at least MIN_SHARED, of the line's content words. */
const MIN_ECHO_SHARE = 0.5;
const MIN_SHARED = 3;
/** Lines that close a story or open its header: what follows a headline printed under the story. */
const FOOTER_KINDS = new Set(['date', 'byline', 'relative-time', 'tags', 'hashtags', 'latin', 'source', 'boilerplate', 'menu', 'marker']);
/** At most this many paragraphs of the story are read before the line printed under them. */
const MAX_PARAGRAPHS_ABOVE = 4;

/** «أعلنت …», «وقال …»: the line opens with a verb a wire's lead opens with (`leadVerbs`). */
function opensWithLeadVerb(text: string, leadVerbs: ReadonlySet<string>): boolean {
  const first = normalizeArabic(/^\s*([\p{L}\p{M}]+)/u.exec(text)?.[1] ?? '');
  const bare = first.replace(/^[وف](?=\p{L}{3})/u, '');
  // «نفت», «دعت»: a defective verb's feminine drops its last letter (نفى، دعا) before the «ت» (forty-fourth round, a real page).
  const defective = /ت$/u.test(bare) ? [normalizeArabic(bare.replace(/ت$/u, 'ى')), normalizeArabic(bare.replace(/ت$/u, 'ا'))] : [];
  return [first, bare, bare.replace(/ت$/u, ''), ...defective].some((w) => leadVerbs.has(w));
}

/**
 * «الرئيس الصيني في زيارة دولة إلى روسيا .» over its story: a line closed by «.» is still a headline
 * when it is short for a sentence (≤ 15 words, one sentence), does not open the way a lead does (a
 * lead verb), sits on no prose above it, and the lead repeats at least half of its words (≥ 3).
 */
export function periodClosedHeadline(l: ClassifiedLine, lines: readonly ClassifiedLine[], leadWords: LeadIndex, ctx: HeadlineContext): boolean {
  if (l.words > MAX_PERIOD_HEADLINE_WORDS || /[^.][.!؟?]\s+\S/u.test(l.text.replace(/\.{2,}/g, '…'))) return false;
  if (ctx.leadVerbs && opensWithLeadVerb(l.text, ctx.leadVerbs)) return false;
  if (neighbour(lines, l.index, -1)?.kind === 'body') return false;
  const { share, shared } = overlapShare(contentWords(l.text, ctx.functionWords), leadWords);
  return share >= MIN_ECHO_SHARE && shared >= MIN_SHARED;
}

/** Not the story going on: the page ends, or its footer or header follows. */
function closesStory(l: ClassifiedLine | undefined): boolean {
  return !l || FOOTER_KINDS.has(l.kind);
}

/** A headline-shaped line: of headline length, not closed by «.», «:» or «،». */
function headlineShaped(l: ClassifiedLine, maxWords: number): boolean {
  return (l.kind === 'heading' || l.kind === 'body' || l.kind === 'short') && !l.bullet && l.words >= 5 && l.words <= maxWords
    && !/[.:：،,]\s*$/u.test(l.text);
}

/**
 * A page whose headline is printed only under the story («LEAD» / «HEADLINE» / «by» / «Tags:»):
 * the first line after the story's opening paragraphs (≤ 4) that is headline-shaped, repeats at
 * least half of the words (≥ 3) of the paragraphs above it, and after which the story does not go
 * on — the page ends, or its footer or header follows, with at most a deck between. A sub-heading
 * has prose under it; this line has the page's furniture.
 */
export function headlineUnderStory(lines: readonly ClassifiedLine[], end: number, ctx: HeadlineContext): HeadlineCandidate | undefined {
  if (lines[end]?.kind !== 'body') return undefined;
  const above: string[] = [lines[end].text];
  let l = neighbour(lines, end, 1);
  while (l && l.kind === 'body' && !headlineShaped(l, 25) && above.length < MAX_PARAGRAPHS_ABOVE) {
    above.push(l.text);
    l = neighbour(lines, l.index, 1);
  }
  if (!l || !headlineShaped(l, 25)) return undefined;
  if (/https?:\/\/|www\./i.test(l.text) || ctx.lookup(l.text) || ctx.masthead?.(l.text)) return undefined;
  if (/[0-9٠-٩]/.test(l.text) && ctx.dates.findDates(l.text).length) return undefined;
  const after = neighbour(lines, l.index, 1);
  // One deck may stand between it and the footer («HEADLINE» / «its deck» / «End of current post»).
  const deck = after && headlineShaped(after, 20) && after.kind !== 'body' ? after : undefined;
  if (!closesStory(deck ? neighbour(lines, deck.index, 1) : after)) return undefined;
  const { share, shared } = overlapShare(contentWords(l.text, ctx.functionWords), leadIndex(contentWords(above.join(' '), ctx.functionWords)));
  if (share < MIN_ECHO_SHARE || shared < MIN_SHARED) return undefined;
  return {
    line: l, score: Math.min(share, 0.75), overlap: share, shared, plausible: true,
    why: [`lead repeats ${Math.round(share * 100)}% of its words`, 'printed under the story, the page\'s furniture after it'],
  };
}

/**
 * «وزراء … يطالبون بتمديد العقوبات.» / (date) / «طالب وزراء …»: a «.»-closed headline read as the
 * story's first paragraph. It is the headline when, as above (periodClosedHeadline), it is short,
 * opens with no lead verb and sits on no prose, and the paragraph under it (past the page's header)
 * is longer by at least five words and repeats at least half of its words (≥ 3). Returns the index
 * the story starts at instead, else undefined.
 */
export function periodHeadlineAtStart(lines: readonly ClassifiedLine[], start: number, ctx: HeadlineContext): number | undefined {
  const l = lines[start];
  if (!l || l.kind !== 'body' || l.bullet || l.words < 4 || !/[^.]\s*\.$/u.test(l.text)) return undefined;
  let lead = neighbour(lines, start, 1);
  while (lead && HEADER_KINDS.has(lead.kind)) lead = neighbour(lines, lead.index, 1);
  if (!lead || lead.kind !== 'body' || lead.bullet || lead.words < l.words + 5) return undefined;
  const leadWords = leadIndex(contentWords(lead.text, ctx.functionWords));
  return periodClosedHeadline(l, lines, leadWords, ctx) ? lead.index : undefined;
}

/** Lines between a stray first paragraph and the headline under it, and between that headline and its lead. */
const MAX_LINES_TO_HEADLINE = 3;
const MAX_LINES_TO_LEAD = 4;
/** The stray paragraph shares less than this of its words with the lead: it is not this story's. */
const STRAY_SHARE = 0.25;
/** «… بعد انتصار الثورةارتفاع حاد …»: a tā' marbūṭa inside a word, where one item of a ticker runs into the next. */
const GLUED_ITEMS = /ة\p{L}/u;

/**
 * «للمتابعة، خبر اليوم عن …:» / HEADLINE / «نالوت نيوز» / date / LEAD; a ticker's glued headlines / HEADLINE /
 * LEAD: when no headline was found above the story, its first «paragraph» may be a line of the page over the
 * headline (a lead-in, a ticker, a notice). It is when the next lines hold a headline-shaped line (no prose
 * between) and, past at most four lines of its header, a paragraph longer by five words that repeats at least
 * half of the headline's words (≥ 3) and not a plausible share of the first paragraph's, and the page marks the
 * headline (its header under it, printed twice, a colon or glued ticker items in the stray line). Returns the index the
 * story starts at instead (that paragraph), else undefined (twenty-eighth round, real pages).
 */
export function headlineBelowStart(lines: readonly ClassifiedLine[], start: number, ctx: HeadlineContext): number | undefined {
  const stray = lines[start];
  if (!stray || stray.kind !== 'body') return undefined;
  let headline: ClassifiedLine | undefined;
  let l = neighbour(lines, start, 1);
  for (let n = 0; l && n < MAX_LINES_TO_HEADLINE && !headline; n++, l = neighbour(lines, l.index, 1)) {
    if (l.kind === 'body') return undefined;
    if (l.kind === 'heading' && headlineShaped(l, 20)) headline = l;
  }
  if (!headline) return undefined;
  let lead = neighbour(lines, headline.index, 1);
  for (let n = 0; lead && lead.kind !== 'body' && n < MAX_LINES_TO_LEAD; n++) lead = neighbour(lines, lead.index, 1);
  if (!lead || lead.kind !== 'body' || lead.bullet || lead.words < headline.words + 5) return undefined;
  const leadWords = leadIndex(contentWords(lead.text, ctx.functionWords));
  const echo = overlapShare(contentWords(headline.text, ctx.functionWords), leadWords);
  if (echo.share < MIN_ECHO_SHARE || echo.shared < MIN_SHARED) return undefined;
  // The stray line is no paragraph of this story: the lead repeats too little of it to be plausible.
  const stays = overlapShare(contentWords(stray.text, ctx.functionWords), leadWords);
  if (stays.share >= STRAY_SHARE && stays.shared >= 2) return undefined;
  // …and the page says which line is the headline: it sits on the page's header, it is printed twice, the
  // stray line leads into it with a colon, or the stray line is items glued together (a ticker).
  const under = nextLines(lines, headline.index, 2);
  const evidence = under.some((o) => HEADER_KINDS.has(o.kind)) || under[0]?.key === headline.key || headline.repeats > 1
    || /[:：]\s*$/u.test(stray.text) || GLUED_ITEMS.test(stray.text);
  return evidence ? lead.index : undefined;
}
