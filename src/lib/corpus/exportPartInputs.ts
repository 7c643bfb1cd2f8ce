// What the rows of one part of the articles export read (exportArticles, articlesCsvRows and
// actorArticlesOfPart in ./exports.ts), as the plain data an incremental build fingerprints for
// the part's three routes instead of the rows' text: an older part's 10,000 rows were made on
// every update only for their digest (docs/scale.md «The exports of a daily update»).
import type { Corpus, CorpusArticle } from './types';

export interface ArticlePartInputs {
  /**
   * The part's articles, in the part's order. A build's route fingerprint stands for each by its
   * article hash (src/lib/site/fingerprint.ts articleFingerprint: its own fields as they are,
   * its text by its content key, its mentions and topics, with their evidence, by its result key).
   */
  articles: readonly CorpusArticle[];
  /** Each article's `url` as the rows write it (BASE and SITE joined), in the part's order. */
  urls: string[];
  /** Each article's story id (`corpus.stories.storyOf`), null when alone: corpus-wide, moves as other outlets join. */
  stories: (string | null)[];
  /** Each article's same-text canonical (`corpus.stories.groups`), null for none or the canonical itself. */
  sameTextAs: (string | null)[];
  /**
   * The actors the part's articles name, as the rows show them, in `corpus.actors`' order (the
   * actors part lists them in that order); an id the corpus no longer holds is absent, as in the rows.
   */
  actors: { id: string; name: string; type: string; en: string }[];
  /** The part's topics' names (the rows write `topicNames.get(id) ?? id`), by id. */
  topicNames: [string, string | null][];
}

/**
 * Every input of a part's rows but its articles' own fields is looked up here from the corpus,
 * restricted to what the part's articles reach: a change elsewhere (another part's story, an
 * actor the part never names) leaves the part's fingerprint, and its files, as they are.
 * A new lookup in the row builders must be added here: exportPartInputs.test.ts changes every
 * corpus-wide value a row reads and checks that the fingerprint moves when the rows do.
 */
export function articlePartInputs(corpus: Corpus, toUrl: (sitePath: string) => string, part: readonly CorpusArticle[]): ArticlePartInputs {
  const copies = new Map<string, string>();
  for (const g of corpus.stories.groups) for (const m of g.members) if (m !== g.canonical) copies.set(m, g.canonical);
  const actorIds = new Set<string>();
  const topicIds = new Set<string>();
  for (const a of part) {
    for (const id of a.actorIds) actorIds.add(id);
    for (const t of a.topics) topicIds.add(t.id);
  }
  const actors: ArticlePartInputs['actors'] = [];
  for (const [id, actor] of corpus.actors) if (actorIds.has(id)) actors.push({ id, name: actor.name, type: actor.type, en: actor.en });
  const names = new Map<string, string>(corpus.topics.map((t) => [t.id, t.name]));
  return {
    articles: part,
    urls: part.map((a) => toUrl(a.url)),
    stories: part.map((a) => corpus.stories.storyOf.get(a.slug) ?? null),
    sameTextAs: part.map((a) => copies.get(a.slug) ?? null),
    actors,
    topicNames: [...topicIds].sort().map((id) => [id, names.get(id) ?? null]),
  };
}
