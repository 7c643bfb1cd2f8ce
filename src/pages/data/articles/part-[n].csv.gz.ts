// One part of the articles export as CSV (the same articles as part-<n>.json.br), gzipped:
// spreadsheet users' tools open gzip, not Brotli.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { digestOf, exportUrl, gzipResponse } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { articlePart, articlePartNumber, articleParts, articlesCsvRows, csvText } from '../../../lib/corpus/exports';
import type { Corpus } from '../../../lib/corpus/types';

const csvOf = (corpus: Corpus, n: number) => csvText(articlesCsvRows(corpus, exportUrl, articlePart(corpus.articles, n)));

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  // A digest as props, not the rows (see part-[n].json.br.ts).
  const paths = articleParts(corpus.articles).map((_, i, parts) => articlePartNumber(i, parts.length)).map((n) => ({ params: { n: String(n) }, props: { digest: digestOf([csvOf(corpus, n)]) } }));
  return onlyChangedRoutes('/data/articles/part-[n].csv.gz', paths);
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  return gzipResponse([csvOf(await getCorpus(), Number(params.n))]);
}
