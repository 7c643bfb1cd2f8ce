import { getCorpus } from '../../astro/corpus';
import { json } from '../../astro/exports';

export async function GET() {
  return json((await getCorpus()).graph);
}
