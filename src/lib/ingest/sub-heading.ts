// A sub-heading longer than the short-heading limit (main-body.ts keeps ≤ 6 words outright): kept
// when the paragraph under it takes up its words and opens a new part of the story instead of
// continuing the one above (twenty-fourth round, real pages). A stray headline link dropped inside
// a story is about another story: the paragraph after it carries on where the one before it
// stopped («وأضاف …»), and rarely repeats the link's words.
import type { Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import { nextNonBlank, type ClassifiedLine } from './classify';
import { MAX_SUBHEADING_WORDS } from './related-zone';
import { contentWords, leadIndex, overlapShare } from './lead-overlap';

/** Longer than this is a headline of its own, whatever follows it. */
export const MAX_ECHOED_SUBHEADING_WORDS = 14;
/** Words of the sub-heading the next paragraph must repeat, and the share of its words they are. */
const MIN_ECHOED_WORDS = 2;
const MIN_ECHOED_SHARE = 0.25;
/**
 * A paragraph opening as a continuation («وأعلنت …», «في غضون ذلك …») still takes a sub-heading up
 * when it repeats this many of its words, and this share of them, counted as the headline is
 * against the lead (clitics, nisba and prefixes: «انفجار» / «انفجاراً», «غرب» / «بغرب»). A stray
 * link to another story shares a word or two of the topic, not most of its own words.
 */
const MIN_STRONG_ECHOED_WORDS = 3;
const MIN_STRONG_ECHOED_SHARE = 0.4;

/** A word's comparable core: normalised, without a leading article or conjunction+article, without a closing tā' marbūṭa. */
function wordCore(word: string): string {
  const w = normalizeArabic(word).replace(/^(?:وال|فال|بال|كال|لل|ال)(?=\S{3})/u, '');
  return w.length >= 4 ? w.replace(/[ةه]$/u, '') : w;
}

/** The content words of a line (three letters or more, not a function word), as cores. */
export function contentCores(text: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    if (word.length < 3 || lex.functionWords.has(normalizeArabic(word))) continue;
    out.add(wordCore(word));
  }
  return out;
}

/** The paragraph repeats most of the heading's words (twenty-fifth round, real pages). */
function strongEcho(heading: string, paragraph: string, lex: Lexicon): boolean {
  const { share, shared } = overlapShare(contentWords(heading, lex.functionWords), leadIndex(contentWords(paragraph, lex.functionWords)));
  return shared >= MIN_STRONG_ECHOED_WORDS && share >= MIN_STRONG_ECHOED_SHARE;
}

/**
 * «توقعات الطقس غدًا في بعض المدن العربية» over «في العاصمة المصرية القاهرة، من المتوقع أن يكون
 * الطقس غدًا …»: a heading line of 7–14 words, not closed by a full stop, under a kept paragraph
 * and over prose that repeats at least two of its words (a quarter of them) and does not open
 * as a continuation («و…», «كما» …) — or, opening as one, repeats most of them (strongEcho).
 */
export function isEchoedSubheading(lines: ClassifiedLine[], i: number, continuesStory: (text: string) => boolean, lex: Lexicon): boolean {
  const l = lines[i];
  if (l.kind !== 'heading' || l.bullet || l.words <= MAX_SUBHEADING_WORDS || l.words > MAX_ECHOED_SUBHEADING_WORDS) return false;
  if (/[.!]\s*["»”]?$/u.test(l.text)) return false;
  const next = nextNonBlank(lines, i);
  if (!next || next.kind !== 'body' || next.bullet) return false;
  if (continuesStory(next.text)) return strongEcho(l.text, next.text, lex);
  const own = contentCores(l.text, lex);
  if (!own.size) return false;
  const below = contentCores(next.text, lex);
  let shared = 0;
  for (const w of own) if (below.has(w)) shared++;
  return shared >= MIN_ECHOED_WORDS && shared / own.size >= MIN_ECHOED_SHARE;
}
