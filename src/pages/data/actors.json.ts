import { getCorpus } from '../../astro/corpus';
import { exportUrl, json } from '../../astro/exports';
import { exportActors } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportActors(await getCorpus(), exportUrl));
}
