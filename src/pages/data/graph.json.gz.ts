// The complete relation graph for download (format: docs/architecture.md «Exports»), gzipped:
// 56 MB of JSON at 16,600 articles is about a tenth of that compressed. The site's own pages
// never fetch it (/graph/ embeds its view and fetches per-actor evidence files).
import { createGzip } from 'node:zlib';
import { getRelationGraph } from '../../components/graph/graphData';
import { graphJsonParts } from '../../lib/corpus/exports';

export async function GET() {
  const graph = await getRelationGraph();
  // Level 9 and no file name or time in the header: the same graph gives the same bytes.
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => { gzip.on('end', resolve); gzip.on('error', reject); });
  for (const part of graphJsonParts(graph)) gzip.write(part);
  gzip.end();
  await done;
  return new Response(Buffer.concat(chunks), { headers: { 'content-type': 'application/gzip' } });
}
