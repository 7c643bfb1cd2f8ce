import { getCorpus } from '../../astro/corpus';
import { exportUrl, jsonGz } from '../../astro/exports';
import { exportStories } from '../../lib/corpus/exports';

export async function GET() {
  return jsonGz(exportStories(await getCorpus(), exportUrl));
}
