import { getCorpus } from '../../astro/corpus';
import { exportUrl, json } from '../../astro/exports';
import { exportArticles } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportArticles(await getCorpus(), exportUrl));
}
