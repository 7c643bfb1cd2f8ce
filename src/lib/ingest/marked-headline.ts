// A headline closed by «!» or «؟» reads as a sentence (classify.ts: six words or more with an end
// mark are prose), so the story seemed to start on it and the title was made from it, less its mark
// (twenty-fifth round, real pages: «بلدية … تدرس لغز تدهور الطرق!», «… تتزايد!» over a deck and the
// headline's echo). The evidence that it heads the story is the one the headline choice uses: the
// lead under it repeats its words. A line opening with a quotation, or with a speaker's colon before
// one («قال: "لن نتراجع"!»), is speech and a line of several sentences is prose: neither is taken.
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { contentWords, leadIndex, overlapShare } from './lead-overlap';
import { countSentences } from './text';

/** Closed by an exclamation or question mark (not inside a quotation). */
const MARK_CLOSED = /[!؟?]$/u;
/** Speech: a line opening with a quotation, or a speaker's colon before one. */
const QUOTED = /^["«“]|[:：]\s*["«“]/u;
/** The lead under the headline: this much prose, within this many non-blank lines (a deck, a caption, the headline again, a section label). */
const MIN_LEAD_WORDS = 12;
const MAX_LINES_TO_LEAD = 6;
/** As headline.ts asks of a plausible headline: two shared words, a quarter of the line's. */
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.25;
const MAX_HEADLINE_WORDS = 20;

/** The index of the lead when lines[start] is a headline closed by «!» or «؟» over it; else undefined. */
export function leadUnderMarkedHeadline(lines: readonly ClassifiedLine[], start: number, lex: Lexicon): number | undefined {
  const head = lines[start];
  const text = head.text.trim();
  if (head.kind !== 'body' || head.bullet || head.words > MAX_HEADLINE_WORDS || !MARK_CLOSED.test(text) || QUOTED.test(text)) return undefined;
  if (countSentences(text.replace(/\.{2,}|…/gu, ' ')) > 1 || /[:：]\s*$/u.test(text)) return undefined;
  let seen = 0;
  for (let i = start + 1; i < lines.length && seen < MAX_LINES_TO_LEAD; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.key === head.key) continue;
    seen++;
    if (l.kind !== 'body') continue;
    if (l.words < MIN_LEAD_WORDS) return undefined;
    const { share, shared } = overlapShare(contentWords(text, lex.functionWords), leadIndex(contentWords(l.text, lex.functionWords)));
    return shared >= MIN_SHARED_WORDS && share >= MIN_SHARED_SHARE ? i : undefined;
  }
  return undefined;
}
