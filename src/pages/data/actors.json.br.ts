import { getCorpus } from '../../astro/corpus';
import { exportUrl, jsonBr } from '../../astro/exports';
import { exportActors } from '../../lib/corpus/exports';

export async function GET() {
  return jsonBr(exportActors(await getCorpus(), exportUrl));
}
