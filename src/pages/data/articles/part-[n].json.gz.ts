// One part of the articles export (ARTICLES_PER_PART articles in site order), a gzipped JSON
// array of ArticleExport rows. The search indexer reads these parts.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { exportUrl, gzipResponse } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { articleParts, exportArticles, jsonArrayParts, type ArticleExport } from '../../../lib/corpus/exports';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  // The rows are the props (they share the corpus's strings), so incremental builds fingerprint what a part holds.
  const paths = articleParts(corpus.articles).map((articles, i) => ({ params: { n: String(i + 1) }, props: { rows: exportArticles(corpus, exportUrl, articles) } }));
  return onlyChangedRoutes('/data/articles/part-[n].json.gz', paths);
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { rows: ArticleExport[] } }) {
  return gzipResponse(jsonArrayParts(props.rows));
}
