// One part of the articles export (up to ARTICLES_PER_PART articles: articleParts), a Brotli JSON
// array of ArticleExport rows. The search indexer reads these parts.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { articlePartPaths, type PartPath } from '../../../astro/exportParts';
import { brotliResponse, exportUrl } from '../../../astro/exports';
import { exportArticles, jsonArrayParts } from '../../../lib/corpus/exports';

// The props are what the part's rows read (src/lib/corpus/exportPartInputs.ts), not their text:
// an update sees any change of the rows without making an unchanged part's rows at all; the
// rows are made once, when the part renders.
export const getStaticPaths = (async () => articlePartPaths('/data/articles/part-[n].json.br')) satisfies GetStaticPaths;

export async function GET({ props }: { props: PartPath['props'] }) {
  return brotliResponse(jsonArrayParts(exportArticles(await getCorpus(), exportUrl, props.inputs.articles)));
}
