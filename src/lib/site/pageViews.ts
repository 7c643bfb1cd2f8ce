// What each dynamic page shows, computed from the corpus once, in getStaticPaths: these views
// ARE the pages' props, so the hash of the props is the page's fingerprint for incremental
// builds (fingerprint.ts, src/astro/routeFilter.ts). A page body renders its props and reads
// nothing else from the corpus: what it read beside them would change without the page being
// rebuilt.
import type { Corpus, CorpusArticle, SourceRef } from '../corpus/types';
import type { Actor, RelationGraph, Topic } from '../types';
import { relatedArticles, neighbours, actorsIn, coMentionedActors, topicsIn, quotesOf } from './related';
import { monthBuckets, type MonthBucket } from './timeline';
import { pageCount, pageItems } from './paging';
import { actorRelations, shownRelations, type ShownRelationGroup } from '../relations/actorRelations';
import { buildEgoView, egoDrawing, type EgoDrawing } from '../relations/view';
import { articleStoryLinks, foldSameText, foldedCorpusArticles, type ArticleStoryLinks, type FoldedArticle } from './same-text';
import { STORIES_PER_PAGE, storyActors, storySummaries, storyTimeline, storyTopics, type StoryActor, type StorySummary, type StoryTopic, type StoryVersion } from './stories';
import type { Story } from '../stories/types';

type Counted<T> = T & { count: number };

export interface ArticlePageView {
  article: CorpusArticle;
  /**
   * What the page shows of its actors (chips, JSON-LD): not the whole actor, whose evidence (a
   * discovered person's) grows with every article naming them and would re-render them all.
   */
  actors: Pick<Actor, 'id' | 'name'>[];
  topics: { id: string; name: string }[];
  related: CorpusArticle[];
  older?: CorpusArticle;
  newer?: CorpusArticle;
  host?: CorpusArticle;
  embedded: CorpusArticle[];
  /** «نُشر النص نفسه في» and «تغطيات أخرى للحدث» (issue 16). */
  storyLinks: ArticleStoryLinks;
}

export function articlePageView(article: CorpusArticle, corpus: Corpus): ArticlePageView {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.name]));
  const storyLinks = articleStoryLinks(article, corpus);
  // «للقراءة أيضًا» leaves out the story's own articles: they are linked above it.
  const inStory = new Set([...storyLinks.sameText, ...(storyLinks.story?.others ?? [])].map((v) => v.slug));
  return {
    article,
    actors: article.actorIds.flatMap((id) => {
      const actor = corpus.actors.get(id);
      return actor ? [{ id: actor.id, name: actor.name }] : [];
    }),
    topics: article.topics.map((t) => ({ id: t.id, name: topicNames.get(t.id) ?? t.id })),
    related: relatedArticles(article, corpus.articles, 5 + inStory.size)
      .filter((r) => !inStory.has(r.article.slug))
      .slice(0, 5)
      .map((r) => r.article),
    ...neighbours(article, corpus.articles),
    host: article.via ? corpus.bySlug.get(article.via) : undefined,
    embedded: article.embedded.flatMap((s) => corpus.bySlug.get(s) ?? []),
    storyLinks,
  };
}

export interface ActorPageView {
  actor: Actor;
  articles: CorpusArticle[];
  /** The same articles with same-text copies folded under their canonical one. */
  folded: FoldedArticle[];
  months: MonthBucket[];
  /** What the chips show: not the whole actor (a discovered person's evidence grows with every article naming them). */
  co: Counted<Pick<Actor, 'id' | 'name'>>[];
  topics: Counted<{ id: string; name: string }>[];
  quotes: (Corpus['quotes'][number] & { title: string })[];
  affiliation?: Pick<Actor, 'id' | 'name'>;
  /**
   * What the page's graph components (ActorRelations, EgoGraph) render, and only that: the
   * relation graph's corpus-wide parts (the neighbours' article counts, dates and topics, a
   * relation's last date) would change every actor page on any update (docs/scale.md, session 14).
   */
  graph: { relations: ShownRelationGroup[]; ego: EgoDrawing; inFullGraph: boolean };
}

/** An actor's view but its folded list and months, which are made from its articles alone: what the route key reads (routeKeys.ts). */
export type ActorPageParts = Omit<ActorPageView, 'folded' | 'months'>;

/** `graph` and `drawnIds` are what the graph components read (a fixture graph in the graph benchmark). */
export function actorPageParts(actor: Actor, corpus: Corpus, graph: RelationGraph, drawnIds: ReadonlySet<string>): ActorPageParts {
  const slugs = corpus.actorArticles.get(actor.id) ?? [];
  const articles = slugs.flatMap((s) => corpus.bySlug.get(s) ?? []);
  const topicNames = new Map(corpus.topics.map((t) => [t.id as string, t.name]));
  const nameOf = (id: string) => corpus.actors.get(id)?.name ?? id;
  const relations = shownRelations(actorRelations(graph, actor.id), nameOf);
  const ego = egoDrawing(buildEgoView(graph, actor.id));
  const affiliation = actor.affiliation ? corpus.actors.get(actor.affiliation) : undefined;
  return {
    actor,
    articles,
    co: coMentionedActors(actor.id, corpus, 12).map((c) => ({ id: c.id, name: corpus.actors.get(c.id)!.name, count: c.count })),
    topics: topicsIn(slugs, corpus, 8).map((t) => ({ id: t.id, name: topicNames.get(t.id) ?? t.id, count: t.count })),
    quotes: quotesOf(corpus, actor.id)
      .slice(0, 12)
      .map((q) => ({ ...q, title: corpus.bySlug.get(q.slug)?.title ?? 'المقال' })),
    affiliation: affiliation && { id: affiliation.id, name: affiliation.name },
    graph: { relations, ego, inFullGraph: drawnIds.has(actor.id) },
  };
}

/** The whole view from its parts: the folded list and the months read the articles and the same-text groups only. */
export function actorPageFromParts(parts: ActorPageParts, corpus: Pick<Corpus, 'stories'>): ActorPageView {
  return { ...parts, folded: foldSameText(parts.articles, corpus.stories), months: monthBuckets(parts.articles).months };
}

export function actorPageView(actor: Actor, corpus: Corpus, graph: RelationGraph, drawnIds: ReadonlySet<string>): ActorPageView {
  return actorPageFromParts(actorPageParts(actor, corpus, graph, drawnIds), corpus);
}

export interface TopicPageView {
  topic: Topic;
  articles: CorpusArticle[];
  folded: FoldedArticle[];
  actors: Counted<Actor>[];
  months: MonthBucket[];
}

/** A topic's or an outlet's articles, folded by same text, and the actors they name most. */
function listedArticles(slugs: string[], corpus: Corpus, actorLimit: number) {
  const articles = slugs.flatMap((s) => corpus.bySlug.get(s) ?? []);
  return {
    articles,
    folded: foldSameText(articles, corpus.stories),
    actors: actorsIn(slugs, corpus, actorLimit).map((c) => ({ ...corpus.actors.get(c.id)!, count: c.count })),
  };
}

export function topicPageView(topic: Topic, corpus: Corpus): TopicPageView {
  const listed = listedArticles(corpus.topicArticles.get(topic.id) ?? [], corpus, 16);
  return { topic, ...listed, months: monthBuckets(listed.articles).months };
}

export interface SourcePageView {
  source: SourceRef;
  articles: CorpusArticle[];
  folded: FoldedArticle[];
  actors: Counted<Actor>[];
}

export function sourcePageView(source: SourceRef, corpus: Corpus): SourcePageView {
  return { source, ...listedArticles(corpus.sourceArticles.get(source.id) ?? [], corpus, 12) };
}

export interface MonthPageView {
  /** YYYY-MM, or `undated`. */
  month: string;
  articles: CorpusArticle[];
}

/** One page per month with articles, and one for the undated ones when there are any. */
export function monthPageViews(corpus: Corpus): MonthPageView[] {
  const { months, undated } = monthBuckets(corpus.articles, { fill: false });
  const bySlug = (slugs: string[]) => slugs.flatMap((s) => corpus.bySlug.get(s) ?? []);
  const views = months.map((m) => ({ month: m.month, articles: bySlug(m.slugs) }));
  if (undated.length) views.push({ month: 'undated', articles: bySlug(undated) });
  return views;
}

export interface ArticlesListView {
  page: number;
  pages: number;
  /** Every article, copies included (the count the page states). */
  total: number;
  /** This page's entries: same-text copies sit under their canonical article, not apart. */
  items: FoldedArticle[];
}

/** Page `page` (1-based) of the article listing, paged over folded entries. */
export function articlesListView(page: number, corpus: Corpus): ArticlesListView {
  const folded = foldedCorpusArticles(corpus);
  return { page, pages: pageCount(folded.length), total: corpus.articles.length, items: pageItems(folded, page) };
}

export interface StoriesListView {
  page: number;
  pages: number;
  total: number;
  items: StorySummary[];
}

/** Page `page` (1-based) of /stories/. */
export function storiesListView(page: number, corpus: Corpus): StoriesListView {
  const all = storySummaries(corpus.stories);
  return { page, pages: pageCount(all.length, STORIES_PER_PAGE), total: all.length, items: pageItems(all, page, STORIES_PER_PAGE) };
}

export interface StoryPageView {
  story: Story;
  versions: StoryVersion[];
  actors: StoryActor[];
  topics: StoryTopic[];
}

export function storyPageView(story: Story, corpus: Corpus): StoryPageView {
  return { story, versions: storyTimeline(story, corpus), actors: storyActors(story, corpus), topics: storyTopics(story, corpus) };
}
