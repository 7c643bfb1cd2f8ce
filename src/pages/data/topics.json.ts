import { getCorpus } from '../../astro/corpus';
import { exportUrl, json } from '../../astro/exports';
import { exportTopics } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportTopics(await getCorpus(), exportUrl));
}
