// One call per article for the build: link the dictionary, discover unknown people, then
// link again with the strong discoveries so their later bare-surname mentions (قال كروسيتو) count.
import { splitSentences, tokenize } from '../arabic';
import type { Actor } from '../types';
import { extendActorMatcher, type ActorMatcher } from './matcher';
import { matchParagraph, mentionsFromSpans, type LinkResult } from './link';
import { discoverPeople, discoveredActors, type DiscoveredCandidate } from './discover';
import type { DiscoveryLexicon } from './discovery-lexicon';

export interface ArticleEntities extends LinkResult {
  /** Every candidate (strong and weak) found in the article. */
  candidates: DiscoveredCandidate[];
  /** Actors made from the strong candidates (discovered: true). */
  discovered: Actor[];
  /** The dictionary matcher extended with `discovered` (for speakerQuotes and the like). */
  matcher: ActorMatcher;
}

export function linkArticle(paragraphs: string[], matcher: ActorMatcher, lexicon?: DiscoveryLexicon): ArticleEntities {
  const sentences = splitSentences(paragraphs);
  // Tokenize and scan the dictionary once; discovery reuses the hits.
  const pre = paragraphs.map((p, i) => {
    const tokens = tokenize(p);
    return { tokens, spans: matchParagraph(p, i, matcher, tokens) };
  });
  const candidates = discoverPeople(paragraphs, sentences, matcher, lexicon, pre);
  const discovered = discoveredActors(candidates);
  const extended = extendActorMatcher(matcher, discovered);
  // Rescan only when discovery added names (their later bare surnames must link).
  const spans = discovered.length
    ? paragraphs.flatMap((p, i) => matchParagraph(p, i, extended, pre[i].tokens))
    : pre.flatMap((x) => x.spans);
  const mentions = mentionsFromSpans(paragraphs, spans, extended, sentences);
  return { mentions, sentences, candidates, discovered, matcher: extended };
}
