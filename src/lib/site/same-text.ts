// Same-text copies on the site (issue 16): an article page's cross-links («نُشر النص نفسه في»,
// «تغطيات أخرى للحدث») and listings that fold copies under their canonical article.
// Pure: the story index comes in with the corpus.
import type { CorpusArticle } from '../corpus/types';
import type { StoryIndex } from '../stories/types';
import { groupOfArticle, storyOfArticle, versionArticle, type StoryCorpus, type VersionArticle } from './stories';
import { storyPath } from '../url';

export interface ArticleStoryLinks {
  /** The other members of the article's same-text group (canonical first). */
  sameText: VersionArticle[];
  /** The article's story and its other articles, those of the same text left out (listed above). */
  story: { id: string; url: string; title: string; others: VersionArticle[] } | null;
}

export function articleStoryLinks(article: CorpusArticle, corpus: StoryCorpus): ArticleStoryLinks {
  const index = corpus.stories;
  const group = groupOfArticle(article.slug, index);
  const inGroup = new Set(group?.members ?? [article.slug]);
  const others = (slugs: string[]) =>
    slugs.flatMap((s) => {
      const a = s === article.slug ? undefined : corpus.bySlug.get(s);
      return a ? [versionArticle(a, s === group?.canonical)] : [];
    });
  const sameText = others(group?.members ?? []);
  const story = storyOfArticle(article.slug, index);
  return {
    sameText,
    story: story
      ? { id: story.id, url: storyPath(story.id), title: story.title, others: others(story.articles.filter((s) => !inGroup.has(s))) }
      : null,
  };
}

/** One entry of a folded listing: an article and the same-text copies shown under it. */
export interface FoldedArticle {
  article: CorpusArticle;
  copies: CorpusArticle[];
}

/**
 * A listing with same-text copies folded: each group's members in the list become one entry,
 * headed by the canonical article when the list holds it (else the member listed first), at
 * the head's place; the copies keep the list's order. Articles in no group pass through.
 */
export function foldSameText(articles: CorpusArticle[], index: StoryIndex | undefined): FoldedArticle[] {
  if (!index?.groupOf.size) return articles.map((article) => ({ article, copies: [] }));
  const members = new Map<string, CorpusArticle[]>();
  for (const a of articles) {
    const g = index.groupOf.get(a.slug);
    if (g === undefined) continue;
    const list = members.get(g);
    if (list) list.push(a);
    else members.set(g, [a]);
  }
  const out: FoldedArticle[] = [];
  for (const a of articles) {
    const g = index.groupOf.get(a.slug);
    const list = g === undefined ? undefined : members.get(g);
    if (!list || list.length < 2) {
      out.push({ article: a, copies: [] });
      continue;
    }
    const canonical = groupOfArticle(a.slug, index)?.canonical;
    const head = list.find((x) => x.slug === canonical) ?? list[0];
    if (a !== head) continue;
    out.push({ article: head, copies: list.filter((x) => x !== head) });
  }
  return out;
}

const foldedLists = new WeakMap<CorpusArticle[], FoldedArticle[]>();

/** The whole corpus folded, once per build (every /articles/ page reads it). */
export function foldedCorpusArticles(corpus: { articles: CorpusArticle[]; stories: StoryIndex }): FoldedArticle[] {
  let folded = foldedLists.get(corpus.articles);
  if (!folded) foldedLists.set(corpus.articles, (folded = foldSameText(corpus.articles, corpus.stories)));
  return folded;
}
