// One part of the articles export as CSV (the same articles as part-<n>.json.br), gzipped:
// spreadsheet users' tools open gzip, not Brotli.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { digestKeepingText, digestOf, dropKeptTextUnless, exportUrl, gzipResponse, takeKeptText } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { articlePart, articlePartNumber, articleParts, articlesCsvRows, csvText } from '../../../lib/corpus/exports';
import type { Corpus } from '../../../lib/corpus/types';

const csvOf = (corpus: Corpus, n: number) => csvText(articlesCsvRows(corpus, exportUrl, articlePart(corpus.articles, n)));
const textKey = (n: number) => `part-${n}.csv`;

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  // A digest as props, not the rows (see part-[n].json.br.ts).
  // The newest part's text is kept for its GET (src/astro/exports.ts).
  const newest = articleParts(corpus.articles).length;
  const paths = articleParts(corpus.articles).map((_, i, parts) => articlePartNumber(i, parts.length)).map((n) => ({ params: { n: String(n) }, props: { digest: n === newest ? digestKeepingText(textKey(n), [csvOf(corpus, n)]) : digestOf([csvOf(corpus, n)]) } }));
  const rendered = await onlyChangedRoutes('/data/articles/part-[n].csv.gz', paths);
  dropKeptTextUnless(textKey(newest), rendered.some((p) => p.params.n === String(newest)));
  return rendered;
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  const n = Number(params.n);
  return gzipResponse(takeKeptText(textKey(n)) ?? [csvOf(await getCorpus(), n)]);
}
