// Evidence sentences of the edges drawn on /graph/, loaded by the page on the first edge
// click so the page's own HTML stays light. The shape is GraphEvidenceFile.
import { articleTitles, getGraphView, getRelationGraph } from '../../components/graph/graphData';
import { drawnEdgeEvidence, evidenceSlugs, type GraphEvidenceFile } from '../../lib/relations/payload';

export async function GET() {
  const [graph, view] = await Promise.all([getRelationGraph(), getGraphView()]);
  const edges = drawnEdgeEvidence(graph, view);
  const file: GraphEvidenceFile = { titles: await articleTitles(evidenceSlugs(edges)), edges };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
