import { getCorpus } from '../../astro/corpus';
import { exportUrl, jsonGz } from '../../astro/exports';
import { exportActors } from '../../lib/corpus/exports';

export async function GET() {
  return jsonGz(exportActors(await getCorpus(), exportUrl));
}
