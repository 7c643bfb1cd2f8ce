import { getCorpus } from '../../data/corpus';
import { json } from '../../data/exports';

export async function GET() {
  return json((await getCorpus()).graph);
}
