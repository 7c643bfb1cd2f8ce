// Evidence sentences of the edges /graph/ draws, one file per source actor, loaded by the page
// when a reader opens an edge so the page's own HTML stays light and a click fetches only one
// actor's edges. The shape is GraphEvidenceFile.
import type { GetStaticPaths } from 'astro';
import { articleTitles, getGraphView, getRelationGraph } from '../../../components/graph/graphData';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { drawnEdgeEvidence, evidenceBySource, evidenceSlugs, type GraphEvidenceFile } from '../../../lib/relations/payload';

export const getStaticPaths = (async () => {
  const [graph, view] = await Promise.all([getRelationGraph(), getGraphView()]);
  // The whole file is the props (titles included), so incremental builds fingerprint what it holds.
  const paths = await Promise.all(
    [...evidenceBySource(drawnEdgeEvidence(graph, view))].map(async ([source, edges]) => {
      const file: GraphEvidenceFile = { titles: await articleTitles(evidenceSlugs(edges)), edges };
      return { params: { source }, props: { file } };
    }),
  );
  return onlyChangedRoutes('/graph/evidence/[source].json', paths);
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { file: GraphEvidenceFile } }) {
  return new Response(JSON.stringify(props.file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
