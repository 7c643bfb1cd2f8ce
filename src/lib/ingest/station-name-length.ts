// How long a station's name is, for the readers that take a footer's or a © line's name only up to a few words
// (forty-seventh round, 13c). «إذاعة سيدي بوزيد إف إم», «قناة سهول شنكال الفضائية تي في»: a spelled abbreviation
// closing the name («إف إم», «تي في»: `spelledAbbreviations`) is one Latin word written in two, and the type word
// before the name («إذاعة», «قناة», «راديو»: `sourceAffixes.before`) says what the station is, not which — so the
// station's full name ran past the four-word limit that keeps sentences out (aside29 u2397's rights line; the
// same for a channel's). Only a name closed by such an abbreviation is counted so; any other is counted word by word.
import type { Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import { sourceKey } from '../data/keys';

export type StationWords = Pick<Lexicon, 'spelledAbbreviations' | 'sitePrefixes'>;

/** The words of `name`, a station's closing abbreviation counted as one and its type word as none. */
export function nameLength(name: string, lex: StationWords): number {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const key = ` ${normalizeArabic(words.join(' '))}`;
  const closer = lex.spelledAbbreviations.find((a) => key.endsWith(` ${a}`));
  if (!closer || words.length <= closer.split(' ').length) return words.length;
  const own = words.slice(0, words.length - closer.split(' ').length);
  const typed = own.length > 1 && lex.sitePrefixes.includes(sourceKey(own[0]));
  return own.length - (typed ? 1 : 0) + 1;
}
