// The articles export's parts as the site cuts them (the layout: articleParts in
// src/lib/corpus/exports.ts), and the paths of the three `src/pages/data/articles/part-[n].*`
// routes, for incremental builds: each part's props are what its rows read
// (src/lib/corpus/exportPartInputs.ts), fingerprinted like any page's view data, so a part whose
// articles and lookups are unchanged is neither rendered nor has its rows made.
import { getCorpus } from './corpus';
import { exportUrl } from './exports';
import { onlyChangedRoutes } from './routeFilter';
import { ARTICLES_PER_PART, articleParts, articlePartsIndex, type ArticlePart } from '../lib/corpus/exports';
import { articlePartInputs, type ArticlePartInputs } from '../lib/corpus/exportPartInputs';
import type { Corpus, CorpusArticle } from '../lib/corpus/types';

/**
 * Articles per part: ARTICLES_PER_PART, or EXPORT_PART_SIZE when set (tests/site/incremental.test.ts
 * cuts its small corpus into several parts; scripts/build.ts's global fingerprint holds it).
 */
const partSize = () => Number(process.env.EXPORT_PART_SIZE) || ARTICLES_PER_PART;

/** The corpus's parts of the articles export, as the part routes, the index and /data/ list them. */
export const sitePartsOf = (corpus: Corpus): ArticlePart<CorpusArticle>[] => articleParts(corpus.articles, partSize());

/** /data/articles/index.json's content. */
export const sitePartsIndex = (corpus: Corpus) => articlePartsIndex(sitePartsOf(corpus), partSize());

export type PartPath = { params: { n: string }; props: { inputs: ArticlePartInputs } };

// The three routes of a part share its inputs: looked up once per build.
let made: { corpus: Corpus; paths: PartPath[] } | undefined;

export async function articlePartPaths(pattern: string): Promise<PartPath[]> {
  const corpus = await getCorpus();
  if (made?.corpus !== corpus) {
    made = { corpus, paths: sitePartsOf(corpus).map((part) => ({ params: { n: part.n }, props: { inputs: articlePartInputs(corpus, exportUrl, part.articles) } })) };
  }
  return onlyChangedRoutes(pattern, made.paths);
}
