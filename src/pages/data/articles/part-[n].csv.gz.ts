// One part of the articles export as CSV (the same articles as part-<n>.json.gz), gzipped.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { exportUrl, gzipResponse } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { articleParts, articlesCsvRows, csvText } from '../../../lib/corpus/exports';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const paths = articleParts(corpus.articles).map((articles, i) => ({ params: { n: String(i + 1) }, props: { rows: articlesCsvRows(corpus, exportUrl, articles) } }));
  return onlyChangedRoutes('/data/articles/part-[n].csv.gz', paths);
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { rows: string[][] } }) {
  return gzipResponse([csvText(props.rows)]);
}
