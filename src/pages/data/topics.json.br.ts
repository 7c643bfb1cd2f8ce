import { getCorpus } from '../../astro/corpus';
import { exportUrl, jsonBr } from '../../astro/exports';
import { exportTopics } from '../../lib/corpus/exports';

export async function GET() {
  return jsonBr(exportTopics(await getCorpus(), exportUrl));
}
