import { getCorpus } from '../../astro/corpus';
import { exportUrl, json } from '../../astro/exports';
import { exportStories } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportStories(await getCorpus(), exportUrl));
}
