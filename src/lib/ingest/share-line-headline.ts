// The headline printed only in the page's share text (thirty-sixth round): «شارك عبر واتساب: HEADLINE https://…»,
// «HEADLINE https://… عبر @account». A share button copies the page's title beside its own link, so when no line
// above or under the story is the headline, the words of a linked line are: when the line is marked as a share's
// (a share word in the label before them, or «عبر @…» / «via @…» after the link — `shareLines` in
// content/boilerplate.yaml), they are of headline length, and the story repeats at least half of them (three or
// more) without printing them whole (a share of the lead's own sentence is no headline).
import type { ClassifiedLine } from './classify';
import type { HeadlineCandidate, HeadlineContext } from './headline';
import { contentWords, leadIndex, overlapShare } from './lead-overlap';

export interface ShareLineWords { labels: readonly string[]; via: ReadonlySet<string> }

const LINK = /(?:https?:\/\/|www\.)\S+/iu;
/** The headline's length: as headline-candidates.ts asks of a line printed alone. */
const MIN_WORDS = 5;
const MAX_WORDS = 20;
/** A label before the headline: a few words closed by a colon. */
const MAX_LABEL_WORDS = 4;
const MIN_ECHO_SHARE = 0.5;
const MIN_SHARED = 3;

/** The headline's words in a share line, else undefined: the text between its label (or the line's start) and the link. */
export function shareLineText(text: string, share: ShareLineWords, key: (s: string) => string): string | undefined {
  const link = LINK.exec(text);
  if (!link) return undefined;
  let before = text.slice(0, link.index).trim();
  const after = key(text.slice(link.index + link[0].length));
  const colon = /^([^:：]{2,60})[:：]\s*(.+)$/u.exec(before);
  const labelled = !!colon && colon[1].trim().split(/\s+/u).length <= MAX_LABEL_WORDS && share.labels.some((w) => ` ${key(colon[1])} `.includes(` ${w} `) || key(colon[1]).startsWith(`${w} `) || key(colon[1]) === w);
  if (labelled) before = colon![2].trim();
  // «… https://… عبر @qimamatlas», «… via @site»: the share's own closing.
  const via = /@\S+/u.test(after) && after.split(' ').some((w) => share.via.has(w));
  if (!labelled && !via) return undefined;
  const words = before.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_WORDS || words.length > MAX_WORDS || !/\p{Script=Arabic}/u.test(before) || /[.،,:：]$/u.test(before)) return undefined;
  return before;
}

/** A headline from the page's share line, when the story repeats it (see above), else undefined. */
export function headlineInShareLine(lines: readonly ClassifiedLine[], lead: readonly string[], share: ShareLineWords | undefined, ctx: HeadlineContext): HeadlineCandidate | undefined {
  if (!share || !lead.length) return undefined;
  const story = lead.join(' ');
  const storyWords = leadIndex(contentWords(story, ctx.functionWords));
  const storyKey = ctx.key(story);
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'body' || !LINK.test(l.text)) continue;
    const text = shareLineText(l.text, share, ctx.key);
    if (!text || storyKey.includes(ctx.key(text))) continue;
    const { share: overlap, shared } = overlapShare(contentWords(text, ctx.functionWords), storyWords);
    if (overlap < MIN_ECHO_SHARE || shared < MIN_SHARED) continue;
    return { line: l, score: Math.min(overlap, 0.75), overlap, shared, plausible: true, text, why: [`lead repeats ${Math.round(overlap * 100)}% of its words`, 'the page\'s share text beside its link'] };
  }
  return undefined;
}
