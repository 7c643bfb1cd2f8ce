import { getCorpus } from '../../data/corpus';
import { exportUrl, json } from '../../data/exports';
import { exportArticles } from '../../lib/corpus/exports';

export async function GET() {
  return json(exportArticles(await getCorpus(), exportUrl));
}
