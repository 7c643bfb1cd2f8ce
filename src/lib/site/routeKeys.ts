// Route keys for an update (issue 18, docs/scale.md «The update, session 41»): a page's key is
// made from what its view reads, without the parts of the view that are only functions of those
// inputs, and it is the route's fingerprint. An update makes and hashes the full view only for
// routes whose key changed; the others are neither built nor hashed. A key must cover every
// input of the view: an input left out is a stale page (tests/site/incremental.test.ts).
import type { CorpusArticle } from '../corpus/types';
import type { StoryIndex } from '../stories/types';
import { fingerprintOf, type SharedHashes } from './fingerprint';
import type { ActorPageParts } from './pageViews';
import { groupOfArticle } from './stories';

/**
 * What foldSameText reads of the story index for `articles`: each listed article that is in a
 * same-text group, with the group's id and canonical article (listed order). Articles in no
 * group pass through the fold whatever the rest of the index holds.
 */
export function sameTextGroupsOf(articles: readonly CorpusArticle[], index: StoryIndex | undefined): [string, string, string][] {
  if (!index?.groupOf.size) return [];
  const out: [string, string, string][] = [];
  for (const a of articles) {
    const id = index.groupOf.get(a.slug);
    if (id !== undefined) out.push([a.slug, id, groupOfArticle(a.slug, index)?.canonical ?? '']);
  }
  return out;
}

/**
 * An actor route's key: its view's parts (the actor, its articles by their shared hashes, the
 * co-mentioned actors, topics, quotes, affiliation and its slice of the graph as the page draws
 * it) and the same-text groups of its articles. The folded list and the month buckets are made
 * from these alone (actorPageFromParts), so they are neither made nor hashed here.
 */
export function actorRouteKey(route: string, parts: ActorPageParts, stories: StoryIndex | undefined, shared: SharedHashes): string {
  return fingerprintOf({ route, key: 'actor-parts', parts, groups: sameTextGroupsOf(parts.articles, stories) }, shared, route);
}
