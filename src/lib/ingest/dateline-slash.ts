// «كييف 15 مارس 2019 /قال …»: a place and a full date closed by one slash, with no wire between slashes —
// a wire's Arabic copy printed with its tag dropped (a real-page probe, thirty-ninth round: a national
// paper's Arabic site copying Xinhua's «PLACE DATE (شينخوا)» shape). The date, with its year, vouches for
// the line, as it does for «PLACE DATE -» (dateline-shapes.ts `placeOnly`); a second slash within the
// next words is a wire's pair («/أ ش أ/»), left to the credit grammar.
import type { Lexicon } from './boilerplate';
import type { Dateline } from './dateline';
import { MAX_PREFIX, placeOf } from './dateline-parts';

const LONE_SLASH = /\s*\/\s*(?=[\p{L}"«“])/u;
/** A wire's pair closes within this many characters of its opening slash. */
const PAIR_REACH = 30;
const MIN_STORY_WORDS = 3;

export function dateThenSlash(text: string, lex: Lexicon): Dateline | undefined {
  const m = LONE_SLASH.exec(text.slice(0, MAX_PREFIX));
  if (!m) return undefined;
  const end = m.index + m[0].length;
  if (text.slice(end, end + PAIR_REACH).includes('/')) return undefined;
  const at = placeOf(text.slice(0, m.index), lex.dates.isWordDay);
  if (!at?.date || !lex.dates.parse(at.date) || !/[0-9٠-٩]{4}/u.test(at.date)) return undefined;
  if (text.slice(end).trim().split(/\s+/).length < MIN_STORY_WORDS) return undefined;
  return { place: at.place, date: at.date, end, evidence: 'known' };
}
