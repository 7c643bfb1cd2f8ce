// Tests link articles the way the site does: through buildCorpus (dictionary linking,
// corpus-wide discovery, relinking with the discovered people), never a second path.
import { fileURLToPath } from 'node:url';
import { loadActors } from '../data';
import { loadDiscoveryLexicon, loadRelationPatterns } from '../data/load';
import type { Actor, Topic } from '../types';
import { buildCorpus } from './buildCorpus';

export interface BuiltArticle {
  mentions: ReturnType<typeof buildCorpus>['articles'][number]['mentions'];
  sentences: ReturnType<typeof buildCorpus>['articles'][number]['sentences'];
  /** People discovered in the article who became site actors. */
  discovered: Actor[];
  quotes: ReturnType<typeof buildCorpus>['quotes'];
  actorIds: string[];
}

/** One article (by its paragraphs) through the build, with the given dictionary. */
export function buildOne(paragraphs: string[], actors: Actor[], opts: { title?: string; topics?: Topic[] } = {}): BuiltArticle {
  const corpus = buildCorpus({
    articles: [{ slug: 'a', title: opts.title ?? '', raw: 'a.txt', tags: [], paragraphs }],
    actors,
    topics: opts.topics ?? [],
    sources: [],
    discoveryLexicon: loadDiscoveryLexicon(),
    relationPatterns: loadRelationPatterns(),
  });
  const [a] = corpus.articles;
  return {
    mentions: a.mentions,
    sentences: a.sentences,
    discovered: [...corpus.actors.values()].filter((x) => x.discovered),
    quotes: corpus.quotes,
    actorIds: a.actorIds,
  };
}

/** The curated dictionary (content/actors.yaml), as the site loads it. */
export const curatedActors = (): Actor[] => loadActors(fileURLToPath(new URL('../../../content/actors.yaml', import.meta.url)));

/** The sorted actor ids one article of these paragraphs links to with `actors`. */
export const actorIdsWith =
  (actors: Actor[]) =>
  (...paragraphs: string[]): string[] =>
    buildOne(paragraphs, actors).actorIds.sort();
