import { getCorpus } from '../../astro/corpus';
import { exportUrl } from '../../astro/exports';
import { exportArticlesCsv } from '../../lib/corpus/exports';

export async function GET() {
  return new Response(exportArticlesCsv(await getCorpus(), exportUrl), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
