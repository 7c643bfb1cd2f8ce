// Evidence sentences of the edges /graph/ draws, one file per source actor, loaded by the page
// when a reader opens an edge so the page's own HTML stays light and a click fetches only one
// actor's edges. The shape is GraphEvidenceFile.
import type { GetStaticPaths } from 'astro';
import { articleTitles, getGraphView, getRelationGraph } from '../../../components/graph/graphData';
import { drawnEdgeEvidence, evidenceBySource, evidenceSlugs, type GraphEvidenceFile } from '../../../lib/relations/payload';

export const getStaticPaths = (async () => {
  const [graph, view] = await Promise.all([getRelationGraph(), getGraphView()]);
  return [...evidenceBySource(drawnEdgeEvidence(graph, view))].map(([source, edges]) => ({ params: { source }, props: { edges } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { edges: GraphEvidenceFile['edges'] } }) {
  const file: GraphEvidenceFile = { titles: await articleTitles(evidenceSlugs(props.edges)), edges: props.edges };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
