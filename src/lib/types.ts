// Shared data shapes passed between pipeline stages. Every stage in src/lib/<stage>/
// takes and returns these plain objects, so stages can be tested (and replaced) alone.
// The shapes of curated data and of article frontmatter are the outputs of their zod
// schemas (src/lib/data/schemas/): re-exported here so stages import every shape from one place.
import type { ActorType, ArticleFrontmatter, RelationType, TopicId } from './data/schemas';

export type { Actor, ActorType, ArticleFrontmatter, RelationType, Topic, TopicId } from './data/schemas';

/** An article as the site sees it: frontmatter plus plain-text paragraphs (unescaped). */
export interface ArticleDoc extends ArticleFrontmatter {
  slug: string;
  /** Paragraph texts in order; paragraph i has the anchor id `p-${i + 1}`. */
  paragraphs: string[];
  /** A person's MDX edit that compiles: the page renders the compiled MDX, not the paragraphs. */
  markup?: boolean;
}

/** What ingest extracts from one raw page: the main article first, then embedded ones. */
export interface ExtractedArticle extends Omit<ArticleFrontmatter, 'actors' | 'topics' | 'checksum'> {
  slug: string;
  paragraphs: string[];
}

export type MentionKind = 'name' | 'alias' | 'short' | 'nisba' | 'capital' | 'discovered';

/** A place in an article where an actor is mentioned. Offsets are into the paragraph text. */
export interface Mention {
  actorId: string;
  /** 0-based paragraph index (anchor `p-${paragraph + 1}`). */
  paragraph: number;
  /** 0-based sentence index within the whole article (see Sentence.index). */
  sentence: number;
  start: number;
  end: number;
  /** The surface text as written (with its clitics stripped off the span). */
  text: string;
  kind: MentionKind;
}

/** A sentence of an article, located in its paragraph. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Where a topic phrase was found: the title, the lead (first sentences) or further down. */
export type TopicPlace = 'title' | 'lead' | 'body';

/** One piece of evidence for a topic: the lexicon phrase, where it was found, the words as written. */
export interface TopicHit {
  phrase: string;
  place: TopicPlace;
  /** Paragraph index (lead and body hits). */
  paragraph?: number;
  text: string;
  /** A word the learnt reader weighed (src/lib/topics/model.ts), not a lexicon phrase. */
  learnt?: boolean;
}

export interface TopicAssignment {
  id: TopicId;
  score: number;
  /** Why the article has this topic (absent for an editor's addition). */
  evidence?: TopicHit[];
}

export interface RelationEvidence {
  slug: string;
  /** Paragraph anchor id, e.g. "p-3". */
  paragraph: string;
  sentence: string;
  date: string | null;
  /** The distinct types of `relations` (kept for readers of the older shape). */
  types: RelationType[];
  /**
   * What this sentence states between the edge's two actors; [] = only mentioned together.
   * Always set by buildRelationGraph; optional so hand-made graphs (benchmarks, fixtures) still type.
   */
  relations?: EvidenceRelation[];
  /**
   * How many outlets printed this sentence: copies of one same-text group (docs/stories.md)
   * count as one piece of evidence, and this says how many carried it (1 when only one did).
   * Set when the graph is built with same-text groups (the site's graph always is).
   */
  outlets?: number;
}

/**
 * One typed relation a sentence states. Directed types (support, sanctions, accusation):
 * `directed` is true, `from` is the doer (gives, imposes, accuses) and `to` the receiver; a
 * mutual statement gives two. Talks and mediation: `directed` false and `from` < `to` (ids).
 */
export interface EvidenceRelation {
  type: RelationType;
  from: string;
  to: string;
  directed: boolean;
}

/** A typed relation of an edge, summed over its sentences (one per type and direction). */
export interface EdgeRelation extends EvidenceRelation {
  /** Sentences that state it. */
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Sentences per month ("YYYY-MM"; undated ones are not counted), for time windows. */
  months: Record<string, number>;
}

export interface GraphNode {
  id: string;
  name: string;
  en: string;
  type: ActorType;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  topics: string[];
}

export interface GraphEdge {
  source: string;
  target: string;
  /**
   * 'typed' when at least one sentence states a typed relation between the two (see
   * `relations`); 'cooccurrence' when they are only mentioned together («ذُكرا معاً»).
   * kind, typedWeight, relations and months are always set by buildRelationGraph; they are
   * optional so hand-made graphs (benchmarks, fixtures) and older payloads still type.
   */
  kind?: 'typed' | 'cooccurrence';
  /** Number of sentences mentioning both actors (co-occurrence, typed or not). */
  weight: number;
  /** Number of those sentences that state a typed relation between them. */
  typedWeight?: number;
  /** Typed relations, RELATION_TYPES order then from/to; [] for co-occurrence. */
  relations?: EdgeRelation[];
  /** Co-occurring sentences per month ("YYYY-MM"), for time windows over the weaker kind. */
  months?: Record<string, number>;
  /** Number of articles mentioning both (weaker, article-level co-occurrence). */
  articles: number;
  /** The distinct types of `relations` (RELATION_TYPES order); [] for co-occurrence. */
  types: RelationType[];
  topics: string[];
  firstDate: string | null;
  lastDate: string | null;
  evidence: RelationEvidence[];
}

export interface RelationGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
