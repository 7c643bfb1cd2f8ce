// The corpus as the site renders it: every article with its links to actors, topics,
// sources and relations, computed once per build by buildCorpus().
import type { OverrideProblem } from '../entities/overrides';
import type { SpellingMerge } from '../entities/known-spelling';
import type {
  Actor,
  ArticleDoc,
  Mention,
  RelationGraph,
  RelationType,
  Sentence,
  Topic,
  TopicAssignment,
  TopicId,
} from '../types';
import type { RelationLabel } from '../relations/patterns';
import type { StoryIndex } from '../stories/types';

export interface SourceRef {
  id: string;
  name: string;
  en: string;
  kind: 'outlet' | 'agency';
}

export interface SpeakerQuote {
  actorId: string;
  slug: string;
  paragraph: number;
  sentence: string;
  date: string | null;
}

export interface CorpusArticle extends Omit<ArticleDoc, 'actors' | 'topics'> {
  /** The editor's frontmatter overrides, as written (already applied to actorIds/topics). */
  overrides: { actors?: ArticleDoc['actors']; topics?: ArticleDoc['topics'] };
  /** Site path (without base): /articles/<slug>/ */
  url: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** Linked actor ids, most mentioned first, after editor overrides. */
  actorIds: string[];
  topics: TopicAssignment[];
  outlet?: SourceRef;
  agencyRef?: SourceRef;
  /** Slugs of the articles embedded in this one (host pages only). */
  embedded: string[];
  words: number;
}

export interface DiscoveryCandidate {
  id: string;
  name: string;
  en: string;
  evidence: string[];
  occurrences: number;
  strong: boolean;
  articles: string[];
}

export interface Corpus {
  /** Newest first; undated articles last (in slug order). */
  articles: CorpusArticle[];
  bySlug: Map<string, CorpusArticle>;
  /** Actors that appear in at least one article (dictionary + strong discovered people). */
  actors: Map<string, Actor>;
  /** Actor id → slugs of the articles mentioning it, newest first. */
  actorArticles: Map<string, string[]>;
  topics: Topic[];
  topicArticles: Map<TopicId, string[]>;
  sources: Map<string, SourceRef>;
  sourceArticles: Map<string, string[]>;
  quotes: SpeakerQuote[];
  /** The relation graph; a sentence that copies of one same-text group repeat counts once. */
  graph: RelationGraph;
  /** Same-text groups and stories: the same event across outlets (docs/stories.md). */
  stories: StoryIndex;
  /** How each relation type reads (content/relation-patterns.yaml): label, and the phrases of an actor page. */
  relationLabels: Record<RelationType, RelationLabel>;
  /** The untyped kind's label («ذُكرا معاً», content/relation-patterns.yaml). */
  cooccurrenceLabel: string;
  candidates: DiscoveryCandidate[];
  /** Editor overrides naming ids the site does not know (left out of the article). */
  overrideProblems: OverrideProblem[];
  /** Discovered names joined to a dictionary person as a new spelling, for an editor to confirm (build report). */
  spellingMerges: Array<SpellingMerge & { articles: string[] }>;
  /**
   * Slug → the hash of the article as written (text, date, overrides: the corpus cache's key),
   * when the corpus was built with a cache: the article's page fingerprint stands for its text
   * by it instead of hashing the text again (src/lib/site/fingerprint.ts articleFingerprint).
   */
  contentKeys?: Map<string, string>;
  /**
   * Slug → per sentence holding a mention, its index and the actor of its first mention
   * (src/lib/corpus/linkSummary.ts sentenceLeads): what a story page reads of the mentions,
   * without parsing them. Absent (a corpus made by hand): computed from the mentions.
   */
  sentenceLeads?: Map<string, Array<[number, string]>>;
  /**
   * Slug → a hash of what linking found in the article (its digest, kept with the cached result)
   * and of the cache key its topics were found under (the article as written and the topic
   * rules), with a cache: the page fingerprint stands for those two fields by it (they are most
   * of an article's bytes). By linking's output, not its inputs: an article linked again with
   * the same result keeps its pages.
   */
  resultKeys?: Map<string, string>;
}
