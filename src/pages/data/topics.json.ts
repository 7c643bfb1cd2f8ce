import { getCorpus } from '../../data/corpus';
import { exportUrl, json } from '../../data/exports';
import { exportTopics } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportTopics(await getCorpus(), exportUrl));
}
