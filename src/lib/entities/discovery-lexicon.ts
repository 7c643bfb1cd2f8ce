// The discoverer's word lists are DATA (content/discovery-stopwords.yaml), curated by people;
// the data layer (src/lib/data) reads and validates them, this module compiles them into
// normalised lookup sets.
import { normalizeArabic, phraseTokens, PhraseTrie } from '../arabic';
import type { DiscoveryLexiconData } from '../data/schemas';
import type { LinkContext } from './matcher';

/** Normalised sets the discoverer looks words up in. */
export interface DiscoveryLexicon {
  roleHeads: Set<string>;
  roleWords: Set<string>;
  connectors: Set<string>;
  reportingVerbs: Set<string>;
  stopwords: Set<string>;
  firstNames: Set<string>;
  /** Normalised, longest first. */
  foreignNameEndings: string[];
  /** Context words for the linker (buildActorMatcher). */
  link: LinkContext;
}

/** Compiles validated word lists; a multi-word head (رئيس الوزراء) adds its tail as role words. */
export function compileLexicon(data: DiscoveryLexiconData): DiscoveryLexicon {
  const set = (xs: string[]) => new Set(xs.map((x) => normalizeArabic(x.trim())).filter(Boolean));
  const roleHeads = new Set<string>();
  const roleWords = set(data.roleWords);
  for (const h of data.roleHeads) {
    const [head, ...rest] = phraseTokens(h);
    if (head) roleHeads.add(head);
    rest.forEach((w) => roleWords.add(w));
  }
  return {
    roleHeads,
    roleWords,
    connectors: set(data.connectors),
    reportingVerbs: set(data.reportingVerbs),
    stopwords: set(data.stopwords),
    firstNames: set(data.firstNames),
    foreignNameEndings: [...set(data.foreignNameEndings)].sort((a, b) => b.length - a.length),
    link: {
      placeWords: set(data.placeWords), placeHeads: set(data.placeHeads), visitWords: set(data.visitWords), clauseWords: set(data.clauseWords),
      reportingVerbs: set(data.reportingVerbs), mediaNouns: set(data.mediaNouns), bodyNouns: set(data.bodyNouns), titleWords: set(data.titleWords),
      actingNouns: set(data.actingNouns), companies: phraseTrie(data.companyNames), companyLastWords: lastWords(data.companyNames),
      bodyNounTails: lastWords(data.bodyNouns.filter((b) => phraseTokens(b).length > 1)), brandHeads: set(data.brandHeads),
      companyTrades: set(data.companyTrades), stateBodyAdjectives: set(data.stateBodyAdjectives), routeNouns: set(data.routeNouns), timeWords: set(data.timeWords),
      placeNameHeads: set(data.placeNameHeads), firstNames: set(data.firstNames),
      peopleNouns: set(data.peopleNouns), suppliedNouns: set(data.suppliedNouns), sendingWords: set(data.sendingWords),
      shareNouns: set(data.shareNouns), outletTails: set(data.outletTails), bodyFields: set(data.bodyFields),
    },
  };
}

/** One trie over a list of phrases (company names), built once: matched clitic-aware like the dictionary. */
function phraseTrie(phrases: string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const p of phrases) trie.insert(phraseTokens(p), true);
  return trie;
}

/** The normalised last word of each phrase. */
function lastWords(phrases: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const words = phraseTokens(p);
    if (words.length) out.add(words[words.length - 1]);
  }
  return out;
}
