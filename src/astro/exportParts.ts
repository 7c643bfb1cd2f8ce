// The paths of the articles export's parts (the three `src/pages/data/articles/part-[n].*`
// routes; the layout: articleParts in src/lib/corpus/exports.ts), for incremental builds: each part's props are what its rows read
// (src/lib/corpus/exportPartInputs.ts), fingerprinted like any page's view data, so a part whose
// articles and lookups are unchanged is neither rendered nor has its rows made.
import { getCorpus } from './corpus';
import { exportUrl } from './exports';
import { onlyChangedRoutes } from './routeFilter';
import { articleParts } from '../lib/corpus/exports';
import { articlePartInputs, type ArticlePartInputs } from '../lib/corpus/exportPartInputs';
import type { Corpus } from '../lib/corpus/types';

export type PartPath = { params: { n: string }; props: { inputs: ArticlePartInputs } };

// The three routes of a part share its inputs: looked up once per build.
let made: { corpus: Corpus; paths: PartPath[] } | undefined;

export async function articlePartPaths(pattern: string): Promise<PartPath[]> {
  const corpus = await getCorpus();
  if (made?.corpus !== corpus) {
    made = { corpus, paths: articleParts(corpus.articles).map((part) => ({ params: { n: part.n }, props: { inputs: articlePartInputs(corpus, exportUrl, part.articles) } })) };
  }
  return onlyChangedRoutes(pattern, made.paths);
}
