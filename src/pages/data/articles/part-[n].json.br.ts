// One part of the articles export (ARTICLES_PER_PART articles in site order), a Brotli JSON
// array of ArticleExport rows. The search indexer reads these parts.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { brotliResponse, digestOf, exportUrl } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { articlePart, articlePartNumber, articleParts, exportArticles, jsonArrayParts } from '../../../lib/corpus/exports';
import type { Corpus } from '../../../lib/corpus/types';

const rowsOf = (corpus: Corpus, n: number) => exportArticles(corpus, exportUrl, articlePart(corpus.articles, n));

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  // The props are the digest of the part's text, not its rows: incremental builds still see
  // any change, and the build holds one part's rows at a time (they are made again in GET).
  const paths = articleParts(corpus.articles).map((_, i, parts) => articlePartNumber(i, parts.length)).map((n) => ({ params: { n: String(n) }, props: { digest: digestOf(jsonArrayParts(rowsOf(corpus, n))) } }));
  return onlyChangedRoutes('/data/articles/part-[n].json.br', paths);
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  return brotliResponse(jsonArrayParts(rowsOf(await getCorpus(), Number(params.n))));
}
