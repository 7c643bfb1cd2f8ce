// The complete relation graph for download (format: docs/architecture.md «Exports»), gzipped:
// 56 MB of JSON at 16,600 articles is about a tenth of that compressed. The site's own pages
// never fetch it (/graph/ embeds its view and fetches per-actor evidence files).
import { getRelationGraph } from '../../components/graph/graphData';
import { gzipResponse } from '../../astro/exports';
import { graphJsonParts } from '../../lib/corpus/exports';

export async function GET() {
  return gzipResponse(graphJsonParts(await getRelationGraph()));
}
