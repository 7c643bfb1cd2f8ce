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
  types: RelationType[];
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
  /** Number of sentences mentioning both actors. */
  weight: number;
  /** Number of articles mentioning both (weaker, article-level co-occurrence). */
  articles: number;
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
