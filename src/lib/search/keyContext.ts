// The data the search keys are read with (keys.ts): shared by the index and the query side, shipped to the
// browser as JSON (context.ts), but the pattern readings, index side only.
import type { CommonPlural } from './commonPlurals';
import type { SpellingRules } from './nameSkeleton';
import type { PatternReader } from './patternReadings';
import type { CorpusReading } from './corpusPlurals';
import type { ThesaurusTable } from './thesaurus';

/** Data shared by index and query side (shipped to the browser as JSON). */
export interface KeyContext {
  /** Stems that are never stripped further (actor names: بوتين must not become وتين). */
  known: ReadonlySet<string>;
  /** First stem → aliases starting with it (stems, longest first) and their actor id. */
  aliases: ReadonlyMap<string, Array<{ stems: string[]; id: string }>>;
  /** Stem of a word-family form → the family's stem (اسري → اسير). */
  families: ReadonlyMap<string, string>;
  /** First match stem → concept phrasings starting with it (longest first) and their concept ids. */
  conceptPhrases: ReadonlyMap<string, Array<{ stems: string[]; ids: string[] }>>;
  /** First match stem → concept names a reader types (longest first). */
  conceptNames: ReadonlyMap<string, Array<{ stems: string[]; id: string }>>;
  /** Concept id → phrasings the page names («يشمل أيضاً: …»). */
  conceptShown: ReadonlyMap<string, string[]>;
  /** Actor id → the concept its names also stand for (a country → its nisba forms). */
  actorConcepts: ReadonlyMap<string, string>;
  /**
   * First stem → phrases in which a name (an actor's alias, a concept's name or phrasing) is a
   * plain word (أذان المغرب: the prayer time, not Morocco; content/search-forms.yaml
   * `notNamePhrases`), longest first.
   */
  notName?: ReadonlyMap<string, Array<{ stems: string[] }>>;
  /**
   * Towns of several words holding a common word (content/search-place-names.yaml: «الدار البيضاء»), first stem → the
   * names' stems, longest first: a query naming one asks for its words as one unit (queryPlan.ts, thirty-sixth pass).
   */
  placeNames?: ReadonlyMap<string, Array<{ stems: string[] }>>;
  /**
   * Hamza readings whose bare key is another common word (الغاز of «ألغاز» «riddles»: bare غاز
   * «gas»; content/search-forms.yaml `keepHamzaForms`): indexed without their low-weight bare key.
   */
  keepHamza?: ReadonlySet<string>;
  /** Stems of plurals a query asks for by their own key, not their family's (content/search-forms.yaml `ownPlurals`: بحارة, whose بحار is also «seas»). */
  ownPlurals?: ReadonlySet<string>;
  /**
   * Stems of nouns whose form without the article is mostly another word (content/search-forms.yaml
   * `definiteNouns`: قدم «presented», طالب «demanded», غرب «west of»): a page word of these
   * without ال weighs little, so «القدم» ranks a page of football before «ورقة قدمها».
   */
  definite?: ReadonlySet<string>;
  /** Stems of function words (في، من، على…) an excerpt leaves unmarked beside a query's other words. */
  unmarked?: ReadonlySet<string>;
  /**
   * Every stem the data names (stems.ts `dataStemsOf`), when the context is read from buckets: that set is
   * a walk over whole tables, so the buckets ship it (wordBuckets.ts). Absent: walked from the tables.
   */
  dataStems?: ReadonlySet<string>;
  /**
   * Broken plurals and measure II by pattern (content/search-patterns.yaml, patternReadings.ts): index
   * side only, never shipped (a query word is keyed as typed; its page readings are low-weight keys).
   */
  patterns?: PatternReader;
  /**
   * The corpus's names (normalised, less the article: a word after a place word, or bare after في/إلى and never with
   * the article; corpusNisbas.ts PlaceEvidence) and the rules a query reads a typed form with (queryForms.ts, twenty-ninth
   * pass): shipped, the names in the word buckets.
   */
  places?: ReadonlySet<string>;
  /**
   * The index's words no curated list holds, by their foreign-name skeleton (nameSkeleton.ts, forty-first pass): a typed
   * word's other spellings on the pages. Shipped in the word buckets, by the skeleton's first letters.
   */
  spellings?: ReadonlyMap<string, readonly string[]>;
  queryForms?: QueryFormRules;
  /**
   * The thesaurus of the news (content/search-thesaurus.yaml, thirty-third pass): a typed phrasing of a concept asks for
   * its other phrasings, each one more search after the full matches (thesaurus.ts). Query side only; shipped whole.
   */
  thesaurus?: ThesaurusTable;
  /**
   * Readings of page words the corpus confirmed (corpusPlurals.ts, twenty-sixth pass): step → the other form. Index
   * side only, built by the indexer's first pass over the articles.
   */
  corpusPlurals?: ReadonlyMap<string, CorpusReading[]>;
}

/** What the query side reads a typed form the corpus may lack with (queryForms.ts): off where absent. */
export interface QueryFormRules {
  /** content/search-nisbas.yaml's endings (normalised): a typed adjective read back to a name of `places`. */
  endings?: Array<{ place: string; nisba: string[]; minBase?: number }>;
  /** A typed verbal noun of III–X read to its verb's forms. */
  derivations?: boolean;
  /** The classes of weakNounReadings.ts a typed noun of II or IV of a weak, doubled or hamzated root is read by. */
  weak?: string[];
  /**
   * At most this many pages for a rare reading (rareReadings.ts, thirty-first pass): a typed town's adjective, a typed
   * adjective's town, the index's vocabulary deciding. Off where absent.
   */
  rare?: number;
  /** A typed ة noun read to its collective and a typed collective to its unit, kept as `rare` says (rareReadings.ts). */
  collective?: boolean;
  /** Broken-plural templates read both ways, kept as `rare` says (patternRareReadings.ts, thirty-second pass). */
  plurals?: Array<{ plural: string; singulars: string[] }>;
  /** A typed verb or participle of III–X read to its noun, a measure I noun to its verb, kept as `rare` says. */
  verbs?: boolean;
  /** The common broken plurals, read with the query's other words (content/search-common-plurals.yaml, commonPlurals.ts). */
  common?: CommonPlural[];
  /** How a typed word's skeleton is read against `spellings` (content/search-spellings.yaml), kept as `rare` says. */
  spellings?: SpellingRules;
}

export const EMPTY_CONTEXT: KeyContext = {
  known: new Set(),
  aliases: new Map(),
  families: new Map(),
  conceptPhrases: new Map(),
  conceptNames: new Map(),
  conceptShown: new Map(),
  actorConcepts: new Map(),
};
