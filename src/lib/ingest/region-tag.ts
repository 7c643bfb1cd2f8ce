// «السعودية | HEADLINE», «اخبار سوريا : HEADLINE» (forty-third round, session 46: a real-page probe and a spent
// real-page aside print it): before the headline on its line, a country or a place — alone or after a section's
// head word («أخبار», «شؤون») — is the story's region tag or the aggregator's regional section, never the site's
// name in the title bar. A site named after a place carries a word of its own («عدن الغد», «أخبار الخليج»).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import { matchKey } from '../data/keys';

/** `name`, printed before the headline, is a place or a country, alone or after one section head word. */
export function regionTag(name: string, lex: Pick<Lexicon, 'places' | 'sectionHeads' | 'data'>): boolean {
  const words = name.trim().split(/\s+/);
  const rest = words.length > 1 && lex.sectionHeads.has(matchKey(words[0])) ? words.slice(1).join(' ') : words.join(' ');
  const key = lexKey(rest);
  return lex.places.has(key) || (lex.data.datelineCountries ?? []).some((c) => lexKey(c) === key);
}
