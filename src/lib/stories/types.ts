// The contract of the stories stage (issue 16): which articles carry the same text, and which
// report the same event. Made by the stories stage from corpus articles; read by the corpus
// (exports, graph evidence counted once per same-text group) and by the site (story pages,
// cross-links on article pages, folded listings and search).

/** Articles whose text is the same (an agency dispatch republished, a trimmed or re-headlined copy). */
export interface SameTextGroup {
  /** Stable id, derived from the canonical article (docs/stories.md says the rule). */
  id: string;
  /** The canonical article: the earliest dated, then the longest. */
  canonical: string;
  /** Every member's slug, the canonical first, then by date and slug. At least two. */
  members: string[];
}

/** One event reported by one or more outlets: same-text groups and distinct reports together. */
export interface Story {
  /** Stable id, derived from the founding article: adding pages never renumbers a story. */
  id: string;
  /** The canonical headline, or the wording most versions share. */
  title: string;
  /** Slug of the article the title and id come from. */
  founder: string;
  firstDate: string | null;
  lastDate: string | null;
  /** Every article of the story, oldest first (the timeline); undated last. */
  articles: string[];
  /** The same-text groups inside this story (members are also in `articles`). */
  sameText: string[];
  /** Distinct outlets (source ids, else printed names) that carried a version. */
  outlets: string[];
  /** Main actors and topics of the story, most shared first. */
  actorIds: string[];
  topicIds: string[];
}

export interface StoryIndex {
  /** Stories with at least two articles, newest first. */
  stories: Story[];
  groups: SameTextGroup[];
  /** slug → story id (only for articles in a story). */
  storyOf: Map<string, string>;
  /** slug → same-text group id (only for articles in a group). */
  groupOf: Map<string, string>;
}
