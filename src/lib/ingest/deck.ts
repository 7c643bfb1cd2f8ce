// A deck printed between the headline and the headline's repeat (thirty-ninth round, 13t): «HEADLINE» / «DECK» /
// «HEADLINE» / byline / date / story. The story is found under the byline, so the sub-head above the repeat was
// dropped; the page's own layout vouches for it — a template prints the headline, its deck, then the headline again
// over the article — and it is the body's first paragraph. Never a photo's caption (a picture's word: «أرشيفية»,
// «صورة»; a caption's opener), a date, a byline, a label or a name.
import type { ClassifiedLine } from './classify';
import { lexKey, type Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';

const DECK_KINDS = new Set(['short', 'heading', 'body']);

/** The deck between the headline and its repeat above the story's start, if the page prints one. */
export function deckOverRepeat(lines: readonly ClassifiedLine[], title: ClassifiedLine | undefined, start: number, lex: Lexicon): string | undefined {
  if (!title) return undefined;
  const twice = lines.filter((l) => l.index < start && l.kind !== 'blank' && l.key === title.key);
  if (twice.length !== 2) return undefined;
  // Exactly one printed line between the two: the deck's place.
  const between = lines.slice(twice[0].index + 1, twice[1].index).filter((l) => l.kind !== 'blank');
  if (between.length !== 1) return undefined;
  const deck = between[0];
  const text = deck.text.trim();
  if (!DECK_KINDS.has(deck.kind) || deck.words < 4 || deck.words > 30 || /[:：]$/u.test(text) || /[©@]|https?:|www\./u.test(text)) return undefined;
  if (lex.names(text) || lex.sectionLabels.has(deck.key) || lex.dates.parse(text) || lex.dates.shortYear(text)) return undefined;
  const words = normalizeArabic(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // A caption names its picture: a caption word that is no function word («خلال» opens decks as well as captions).
  if (words.some((w) => lex.captionWords.has(w) && !lex.functionWords.has(w))) return undefined;
  if (lex.captionOpeners.some((o) => deck.key.startsWith(o)) || lex.labels.byline.has(lexKey(words[0] ?? ''))) return undefined;
  return text;
}
