// A «read also» link printed as a sentence between a story's paragraphs (forty-fourth round: the known miss «a marker
// printed over prose»). The link's text is usually a headline — a heading the marker reader skips — but some sites print
// the linked story's first sentence, or a headline closed by a full stop: «اقرأ أيضاً:» / «ارتفاع أسعار الأعلاف … للمرة
// الثالثة منذ بداية العام.» / «وأضاف أن …». Read as prose, the teaser was kept, or it ended the story and the story's
// later paragraphs were lost. The evidence is the line's place and shape, not its words: right under the link's label,
// one sentence of at most a paragraph's opening length that does not go on from the story, with the story going on right
// under it («و…», «كما», «من جهته» …). Two such lines, or a line that continues the story, are not a teaser.
import { nextNonBlank, type ClassifiedLine } from './classify';
import { countSentences } from './text';

/** Whether a text goes on from the story («و…», `storyContinuations`): main-body.ts `continuesStory`, passed in. */
type Continues = (text: string) => boolean;

/** Most words a teaser's sentence has (a story's paragraph usually runs longer). */
const MAX_TEASER_WORDS = 30;

/** Whether line `i` (prose) is a teaser's sentence: one sentence, short, not a continuation, the story going on under it. */
export function isSentenceTeaser(lines: readonly ClassifiedLine[], i: number, continuesStory: Continues): boolean {
  const l = lines[i];
  if (l.kind !== 'body' || l.words > MAX_TEASER_WORDS || countSentences(l.text) > 1 || continuesStory(l.text)) return false;
  const next = nextNonBlank(lines as ClassifiedLine[], i);
  return !!next && next.kind === 'body' && continuesStory(next.text);
}

/** A link's label the lexicon drops as furniture but that announces a link: «اقرأ المزيد:», «للمزيد..». */
function announcesLink(l: ClassifiedLine): boolean {
  return l.kind === 'boilerplate' && l.words <= 4 && /(?:[:：]|\.\.|…)\s*$/u.test(l.text);
}

/** Line `i` is a sentence teaser right under a link's label that the marker reader does not see (a furniture line). */
export function teaserUnderLabel(lines: readonly ClassifiedLine[], i: number, continuesStory: Continues): boolean {
  let j = i - 1;
  while (j >= 0 && lines[j].kind === 'blank') j--;
  return j >= 0 && announcesLink(lines[j]) && isSentenceTeaser(lines, i, continuesStory);
}
