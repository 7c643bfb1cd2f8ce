import { getCorpus } from '../../astro/corpus';
import { exportUrl, jsonBr } from '../../astro/exports';
import { exportStories } from '../../lib/corpus/exports';

export async function GET() {
  return jsonBr(exportStories(await getCorpus(), exportUrl));
}
