import { getCorpus } from '../../astro/corpus';
import { exportUrl } from '../../astro/exports';
import { exportArticles, jsonArrayBytes } from '../../lib/corpus/exports';

// Encoded in pieces (jsonArrayBytes): past ~120,000 articles the text is longer than a JS string can be.
export async function GET() {
  return new Response(jsonArrayBytes(exportArticles(await getCorpus(), exportUrl)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
