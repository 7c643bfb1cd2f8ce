import { getCorpus } from '../../data/corpus';
import { exportUrl, json } from '../../data/exports';
import { exportActors } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportActors(await getCorpus(), exportUrl));
}
