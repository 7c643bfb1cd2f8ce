// The headline inside an aggregator's frame (forty-seventh round, 13c). Aggregators that copy a story wrap its headline
// in a sentence of their own, over the story or under it: «نعرض لكم زوارنا أهم وأحدث تفاصيل خبر HEADLINE في المقال
// التالي», «أنتم الآن تتابعون خبر HEADLINE من قسم … والآن نترككم مع التفاصيل الكاملة», «كانت هذه تفاصيل خبر HEADLINE
// لهذا اليوم، نرجو …». Many print no headline of their own (two real tune pools' Gulf aggregators: the frame glued to an
// export's date field was read as the lead and the title made from it). The frame says which words are the headline:
// what stands between the word it is announced by («خبر») and a closer pointing at what follows or back at the site.
// The words are data (`headlineFrames`): an opener at the line's start (only a date field or a clock before it), the
// anchor within a few words, a closer after at least three words. A story's sentence presenting «خبر …» («نعرض لكم في
// هذا المقال قراءة في خبر …») opens no frame: its opener is followed by prose, not the anchor, and it closes on no closer.
import type { ClassifiedLine } from './classify';
import { normalizeArabic } from '../arabic/normalize';
import type { DateReader } from './dates';

export interface HeadlineFrameWords {
  openers: readonly string[];
  anchors: readonly string[];
  closers: readonly string[];
}

/** Words between the opener and the anchor («زوارنا أهم وأحدث تفاصيل»). */
const MAX_COURTESY_WORDS = 6;
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 30;
/** Punctuation around a word, not part of it when matching. */
const EDGE = /^[\s"'«»“”‘’()[\]،,:؛;.!؟?…-]+|[\s"'«»“”‘’()[\]،,:؛;.!؟?…-]+$/gu;

/** Quotes, commas and colons around the headline are the frame's; its «؟», «!» and «..» are its own. */
const TITLE_EDGE = /^[\s"'«»“”‘’،,:؛;-]+|[\s"'«»“”‘’،,:؛;-]+$/gu;

const wordKey = (w: string) => normalizeArabic(w.replace(EDGE, ''));
const phraseKeys = (p: string) => p.trim().split(/\s+/).map(wordKey);

/** The first index ≥ from where `phrase` (keys) starts in `keys`, else -1. */
function findPhrase(keys: readonly string[], phrase: readonly string[], from: number, to = keys.length): number {
  for (let i = from; i + phrase.length <= to; i++) if (phrase.every((k, n) => keys[i + n] === k)) return i;
  return -1;
}

/**
 * The headline a line's aggregator frame holds («نقدم لكم … تفاصيل خبر HEADLINE عبر السطور التالية» → HEADLINE),
 * else undefined. Before the opener only words without an Arabic letter may stand (an export's «date 2025-11-22», a clock).
 */
export function framedHeadline(text: string, frames: HeadlineFrameWords): string | undefined {
  if (!frames.openers.length || !frames.anchors.length || !frames.closers.length) return undefined;
  const words = text.trim().split(/\s+/);
  const keys = words.map(wordKey);
  const first = words.findIndex((w) => /\p{Script=Arabic}/u.test(w));
  if (first < 0) return undefined;
  const opener = frames.openers.map(phraseKeys).find((o) => findPhrase(keys, o, first, first + o.length) === first);
  if (!opener) return undefined;
  const afterOpener = first + opener.length;
  const anchors = new Set(frames.anchors.map(wordKey));
  let anchor = -1;
  for (let i = afterOpener; i <= afterOpener + MAX_COURTESY_WORDS && i < keys.length; i++) if (anchors.has(keys[i])) { anchor = i; break; }
  if (anchor < 0) return undefined;
  const titleStart = anchor + 1;
  let end = -1;
  for (const closer of frames.closers.map(phraseKeys)) {
    const at = findPhrase(keys, closer, titleStart + MIN_TITLE_WORDS);
    if (at >= 0 && (end < 0 || at < end)) end = at;
  }
  if (end < 0 || end - titleStart > MAX_TITLE_WORDS) return undefined;
  const title = words.slice(titleStart, end).join(' ').replace(TITLE_EDGE, '');
  return title.split(/\s+/).length >= MIN_TITLE_WORDS ? title : undefined;
}

/** Line `l` may hold a frame: long enough, and an anchor's word printed in it (a cheap gate before the word-by-word match). */
function mayHoldFrame(l: ClassifiedLine, frames: HeadlineFrameWords): boolean {
  return l.kind !== 'blank' && l.words >= MIN_TITLE_WORDS + 3 && frames.anchors.some((a) => l.text.includes(a));
}

/** The headline of each line of the page that holds an aggregator's frame, by line index. */
export function framedHeadlines(lines: readonly ClassifiedLine[], frames: HeadlineFrameWords | undefined): Map<number, string> {
  const found = new Map<number, string>();
  if (!frames?.anchors.length) return found;
  for (const l of lines) {
    if (!mayHoldFrame(l, frames)) continue;
    const title = framedHeadline(l.text, frames);
    if (title) found.set(l.index, title);
  }
  return found;
}

/**
 * The frame lines are the aggregator's, never the story's paragraphs nor where it starts: marked as boilerplate — or as
 * a date line when an export's date field is glued before the frame («date 2025-11-22 نعرض لكم …»: the page's date).
 */
export function markFramedLines(lines: ClassifiedLine[], framed: ReadonlyMap<number, string>, dates: Pick<DateReader, 'parse'>): ClassifiedLine[] {
  if (!framed.size) return lines;
  return lines.map((l) => {
    if (!framed.has(l.index)) return l;
    const before = l.text.slice(0, l.text.search(/\p{Script=Arabic}/u));
    const iso = /\d/.test(before) ? dates.parse(before) : undefined;
    return iso ? { ...l, kind: 'date', value: iso, datePriority: 1 } : { ...l, kind: 'boilerplate' };
  });
}
