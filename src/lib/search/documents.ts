// What the search indexer indexes: one SearchDoc per article with the labels its filter values
// need, made from the corpus (tests, benchmarks) or from one element of the site's own
// articles export, dist/data/articles/part-<n>.json.br (the build), and the facet labels
// gathered while indexing. Pure: the reading and writing is in src/indexer/.
import { resolveSource } from '../data/load';
import { makeSourceRef } from '../corpus/sources';
import type { ArticleExport } from '../corpus/exports';
import type { Corpus, SourceRef } from '../corpus/types';
import type { Source } from '../data/schemas';
import type { Actor } from '../types';
import { articlePath } from '../url';
import { buildContextJson, contextWithCorpus, type LabelActor, type SearchContextBase, type SearchContextJson } from './context';
import { actorKey, indexKeys, type KeyContext } from './keys';
import { docFromArticle, type SearchDoc } from './record';
import { StoryLabels } from './story-facet';

/** One article to index, with the labels its filter values need. */
export interface SourceDoc {
  slug: string;
  doc: SearchDoc;
  /** Linked actors (the corpus's, discovered people included) with their names. */
  actors: LabelActor[];
  topics: Array<{ id: string; name: string }>;
  sourceRef?: { id: string; name: string };
}

/** Documents from a corpus (tests, benchmarks, and builds without an export). */
export function* corpusDocs(corpus: Corpus): Iterable<SourceDoc> {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.name]));
  const canonicalOf = new Map(corpus.stories.groups.flatMap((g) => g.members.filter((m) => m !== g.canonical).map((m) => [m, g.canonical] as const)));
  for (const a of corpus.articles) {
    yield {
      slug: a.slug,
      doc: docFromArticle(a, { story: corpus.stories.storyOf.get(a.slug), sameTextAs: canonicalOf.get(a.slug) }),
      actors: a.actorIds.flatMap((id) => {
        const x = corpus.actors.get(id);
        return x ? [{ id, name: x.name, en: x.en, type: x.type }] : [];
      }),
      topics: a.topics.map((t) => ({ id: t.id, name: topicNames.get(t.id) ?? t.id })),
      sourceRef: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : undefined,
    };
  }
}

/**
 * The document of one article of the site's export: the corpus the pages were rendered from,
 * already linked, so nothing is computed twice. The source filter value is the outlet id,
 * resolved by the same function buildCorpus uses; `refs` caches it across articles.
 */
export function exportDoc(a: ArticleExport, sources: Source[], refs: Map<string, SourceRef>): SourceDoc {
  const outlet = a.source ? makeSourceRef(a.source, 'outlet', sources, resolveSource, refs) : undefined;
  const source = outlet?.id ?? a.source;
  return {
    slug: a.slug,
    doc: {
      slug: a.slug,
      url: articlePath(a.slug),
      title: a.title,
      date: a.date,
      source: a.source,
      paragraphs: a.paragraphs,
      filters: {
        actor: a.actors.map((x) => x.id),
        topic: a.topics.map((t) => t.id),
        source: source ? [source] : [],
        year: a.date ? [a.date.slice(0, 4)] : [],
        story: a.story ? [a.story] : [],
      },
      sameTextAs: a.same_text_as ?? null,
    },
    actors: a.actors.map((x) => ({ id: x.id, name: x.name, en: x.en, type: x.type as Actor['type'] })),
    topics: a.topics,
    sourceRef: outlet ? { id: outlet.id, name: outlet.name } : undefined,
  };
}

/** Actor ids our alias scan finds in a document (used only while the corpus linking is empty). */
export function scannedActors(doc: SearchDoc, ctx: KeyContext): string[] {
  const keys = new Set([doc.title, ...doc.paragraphs].flatMap((t) => indexKeys(t, ctx)));
  return [...new Set([...ctx.aliases.values()].flat().map((x) => x.id))].filter((id) => keys.has(actorKey(id)));
}

/** The facet counts and labels of the indexed documents, for the search context file. */
export class FacetLabels {
  private counts = new Map<string, number>();
  private labels = new Map<string, LabelActor>();
  private topics: Record<string, string> = {};
  private topicCounts: Record<string, number> = {};
  private sources: Record<string, string> = {};
  private stories = new StoryLabels();

  add(d: SourceDoc): void {
    for (const id of d.doc.filters.actor) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    for (const a of d.actors) if (!this.labels.has(a.id)) this.labels.set(a.id, a);
    for (const t of d.topics) this.topics[t.id] ??= t.name;
    for (const id of new Set(d.doc.filters.topic)) this.topicCounts[id] = (this.topicCounts[id] ?? 0) + 1;
    if (d.sourceRef) this.sources[d.sourceRef.id] ??= d.sourceRef.name;
    this.stories.add(d.doc.filters.story[0], d.doc);
  }

  /**
   * The context the browser loads: labels of every actor that occurs, the dictionary's, and the
   * corpus's for people the build discovered (not in actors.yaml). Only actors that occur are shipped.
   * `base`, when given, is buildContextBase(actors, vocabulary), made once by the caller.
   */
  contextJson(actors: Actor[], vocabulary: Pick<Parameters<typeof buildContextJson>[1] & object, 'families' | 'concepts' | 'total'> = {}, base?: SearchContextBase): SearchContextJson {
    const dictionary = new Map(actors.map((a) => [a.id, a]));
    for (const a of actors) if (!this.labels.has(a.id)) this.labels.set(a.id, { id: a.id, name: a.name, en: a.en, type: a.type });
    const labels = [...this.labels.values()].map((a) => dictionary.get(a.id) ?? a);
    const corpus = { articles: this.counts, topics: this.topics, topicArticles: this.topicCounts, sources: this.sources, labels };
    const json = base ? contextWithCorpus(base, actors, { ...corpus, total: vocabulary.total }) : buildContextJson(actors, { ...vocabulary, ...corpus });
    json.actors = json.actors.filter((a) => a.articles > 0);
    const stories = this.stories.labels();
    if (Object.keys(stories).length) json.stories = stories;
    return json;
  }
}
