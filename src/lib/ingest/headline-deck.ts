// A short headline and its deck (twenty-fourth round, second wave). «قمح روسي» over «قمح روسي يصل ميناء
// آسفي وسط …»: the deck under a headline of two to four words repeats it whole and extends it, so the
// lead repeats more of the deck than of the headline, and the lead's evidence alone picks the deck. Which
// line repeats which tells them apart: the deck holds every content word of the short line above it and
// opens as it does. A kicker or section line («قرارات مجلس الوزراء» over «مجلس الوزراء يجدد …») has a word
// of its own the line below lacks; a masthead the headline names («حكومة إقليم كوردستان» over «رئيس حكومة
// إقليم كوردستان يستقبل …») is not where the line below opens.
// (The line under a lone breaking-news label, a ticker's item, is ticker-items.ts's `isUnrepeatedTickerItem`.)
import type { ClassifiedLine } from './classify';
import type { HeadlineCandidate, HeadlineContext } from './headline';
import { contentWords, leadIndex, overlapShare, type LeadIndex } from './lead-overlap';

/** The deck's excess over a short headline: at least this many words more. */
const DECK_EXTRA_WORDS = 3;

function nextShown(lines: readonly ClassifiedLine[], i: number, step: number): ClassifiedLine | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].kind !== 'blank') return lines[j];
  return undefined;
}

/** Is `deck` (the line right under `short`) a deck that repeats `short` whole and opens as it does? */
export function repeatsAndExtends(short: ClassifiedLine, deck: ClassifiedLine, ctx: Pick<HeadlineContext, 'functionWords'>): boolean {
  if (deck.words < short.words + DECK_EXTRA_WORDS || deck.words > 30) return false;
  const words = contentWords(short.text, ctx.functionWords);
  const below = contentWords(deck.text, ctx.functionWords);
  if (words.length < 2 || !below.length) return false;
  // The deck opens with the headline's first word (a clitic or article aside).
  if (overlapShare([words[0]], leadIndex([below[0]])).shared !== 1) return false;
  return overlapShare(words, leadIndex(below)).share === 1;
}

/**
 * Gives a short headline (2–4 words, not a menu entry, not the page's first lines) the evidence its
 * deck drew from the lead, and the deck a penalty: the pair is one headline and its standfirst.
 * A two-word headline is below the candidates' minimum and is added here when its deck is found.
 */
export function headlineOverDeck(scored: HeadlineCandidate[], lines: readonly ClassifiedLine[], end: number, leadWords: LeadIndex,
  ctx: HeadlineContext, shortHeadline: (l: ClassifiedLine) => boolean): void {
  for (const deckCandidate of [...scored]) {
    const deck = deckCandidate.line;
    const short = nextShown(lines, deck.index, -1);
    if (!short || short.index >= end || short.words < 2 || short.words > 4 || !shortHeadline(short)) continue;
    if (!repeatsAndExtends(short, deck, ctx)) continue;
    let headline = scored.find((c) => c.line === short);
    if (!headline) {
      const { share, shared } = overlapShare(contentWords(short.text, ctx.functionWords), leadWords);
      headline = { line: short, score: 0, overlap: share, plausible: shared >= 2, why: [] };
      scored.push(headline);
    }
    headline.score = Math.max(headline.score, deckCandidate.score) + 0.05;
    headline.why.push('a short headline its deck below repeats and extends');
    deckCandidate.score -= 0.3;
    deckCandidate.why.push('a deck repeating the short headline above it');
  }
}

/** Under the headline, a line this short is a label (a kicker, a photo's caption, a section's name). */
const SHORT_LABEL_WORDS = 4;
/** The headline above it runs at least this many words, and this many more than the label. */
const HEADLINE_MIN_WORDS = 6;
const LONGER_BY = 2;
/** What the label loses: the lead repeats all of its few words, and that is all it has. */
const SHORT_LABEL_PENALTY = 0.3;

/**
 * «ابنتي بوتين في دائرة عقوبات واشنطن لهذا السبب» / «العقوبات على بنات بوتين»; «الرئيس الأوكراني يصل
 * أمريكا للقاء ترامب» / «زيلينسكي رئيس أوكرانيا» (twice: a photo's alt text and caption): a line of two to
 * four words under a headline-length line (≥ 6 words, the lead repeating a quarter of it and at least
 * as many words as of the short line) is a label of the story — its few words are all in the lead, so its
 * share beats the headline's, but the lead repeats fewer of them. It takes a penalty (twenty-eighth round,
 * real pages: three probes' pages).
 */
export function shortLabelUnderHeadline(scored: HeadlineCandidate[]): void {
  for (const label of scored) {
    if (label.line.words > SHORT_LABEL_WORDS) continue;
    const headline = scored.some((h) => h.plausible && h.line.index < label.line.index && h.line.words >= HEADLINE_MIN_WORDS
      && h.line.words >= label.line.words + LONGER_BY && (h.shared ?? 0) >= (label.shared ?? 0));
    if (!headline) continue;
    label.score -= SHORT_LABEL_PENALTY;
    label.why.push('a short label under the headline: the lead repeats as many of the headline\'s words');
  }
}
