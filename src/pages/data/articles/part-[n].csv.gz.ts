// One part of the articles export as CSV (the same articles as part-<n>.json.br), gzipped:
// spreadsheet users' tools open gzip, not Brotli.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { articlePartPaths, type PartPath } from '../../../astro/exportParts';
import { exportUrl, gzipResponse } from '../../../astro/exports';
import { articlesCsvRows, csvText } from '../../../lib/corpus/exports';

// Props: what the rows read, not their text (see part-[n].json.br.ts).
export const getStaticPaths = (async () => articlePartPaths('/data/articles/part-[n].csv.gz')) satisfies GetStaticPaths;

export async function GET({ props }: { props: PartPath['props'] }) {
  return gzipResponse([csvText(articlesCsvRows(await getCorpus(), exportUrl, props.inputs.articles))]);
}
