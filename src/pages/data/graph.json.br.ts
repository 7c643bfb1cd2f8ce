// The complete relation graph for download (format: docs/architecture.md «Exports»), Brotli:
// 68 MB of JSON at 16,900 articles is about a twelfth of that compressed. The site's own pages
// never fetch it (/graph/ embeds its view and fetches per-actor evidence files).
import { getRelationGraph } from '../../components/graph/graphData';
import { brotliResponse } from '../../astro/exports';
import { graphJsonParts } from '../../lib/corpus/exports';

export async function GET() {
  return brotliResponse(graphJsonParts(await getRelationGraph()));
}
