// One part of the articles export (ARTICLES_PER_PART articles in site order), a Brotli JSON
// array of ArticleExport rows. The search indexer reads these parts.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { articlePartPaths } from '../../../astro/exportParts';
import { brotliResponse, exportUrl } from '../../../astro/exports';
import { articlePart, exportArticles, jsonArrayParts } from '../../../lib/corpus/exports';

// The props are what the part's rows read (src/lib/corpus/exportPartInputs.ts), not their text:
// an update sees any change of the rows without making an unchanged part's rows at all; the
// rows are made once, when the part renders.
export const getStaticPaths = (async () => articlePartPaths('/data/articles/part-[n].json.br')) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  const corpus = await getCorpus();
  return brotliResponse(jsonArrayParts(exportArticles(corpus, exportUrl, articlePart(corpus.articles, Number(params.n)))));
}
