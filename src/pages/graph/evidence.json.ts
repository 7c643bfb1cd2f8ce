// Evidence sentences of the edges drawn on /graph/, loaded by the page on the first edge
// click so the page's own HTML stays light. Keys are "source|target".
import { articleTitles, getGraphView, getRelationGraph } from '../../components/graph/graphData';

const PER_EDGE = 30;

export async function GET() {
  const [graph, view] = await Promise.all([getRelationGraph(), getGraphView()]);
  const drawn = new Set(view.edges.map((e) => `${e.source}|${e.target}`));
  const edges: Record<string, unknown> = {};
  const slugs: string[] = [];
  for (const e of graph.edges) {
    const key = `${e.source}|${e.target}`;
    if (!drawn.has(key)) continue;
    const evidence = e.evidence.slice(0, PER_EDGE);
    edges[key] = { total: e.evidence.length, evidence };
    for (const ev of evidence) slugs.push(ev.slug);
  }
  const body = JSON.stringify({ titles: await articleTitles(slugs), edges });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
