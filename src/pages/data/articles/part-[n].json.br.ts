// One part of the articles export (ARTICLES_PER_PART articles in site order), a Brotli JSON
// array of ArticleExport rows. The search indexer reads these parts.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { brotliResponse, digestKeepingText, digestOf, dropKeptTextUnless, exportUrl, takeKeptText } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { articlePart, articlePartNumber, articleParts, exportArticles, jsonArrayParts } from '../../../lib/corpus/exports';
import type { Corpus } from '../../../lib/corpus/types';

const rowsOf = (corpus: Corpus, n: number) => exportArticles(corpus, exportUrl, articlePart(corpus.articles, n));
const textKey = (n: number) => `part-${n}.json`;

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  // The props are the digest of the part's text, not its rows: incremental builds still see
  // any change, and the build holds one part's rows at a time (they are made again in GET).
  // The newest part's text is kept for its GET (src/astro/exports.ts).
  const newest = articleParts(corpus.articles).length;
  const paths = articleParts(corpus.articles).map((_, i, parts) => articlePartNumber(i, parts.length)).map((n) => ({ params: { n: String(n) }, props: { digest: n === newest ? digestKeepingText(textKey(n), jsonArrayParts(rowsOf(corpus, n))) : digestOf(jsonArrayParts(rowsOf(corpus, n))) } }));
  const rendered = await onlyChangedRoutes('/data/articles/part-[n].json.br', paths);
  dropKeptTextUnless(textKey(newest), rendered.some((p) => p.params.n === String(newest)));
  return rendered;
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  const n = Number(params.n);
  return brotliResponse(takeKeptText(textKey(n)) ?? jsonArrayParts(rowsOf(await getCorpus(), n)));
}
