import { getCorpus } from '../../astro/corpus';
import { exportUrl, jsonGz } from '../../astro/exports';
import { exportTopics } from '../../lib/corpus/exports';

export async function GET() {
  return jsonGz(exportTopics(await getCorpus(), exportUrl));
}
