// Astro-side glue for the graph pages: the relation graph of the corpus, and the bounded,
// laid-out view the /graph/ page draws. Computed once per build and shared by the page,
// its evidence endpoint and every actor page's ego graph.
import { readFileSync } from 'node:fs';
import { getCorpus } from '../../astro/corpus';
import { buildGraphView, type GraphView } from '../../lib/relations/view';
import type { RelationGraph } from '../../lib/types';

let graph: Promise<RelationGraph> | undefined;
let view: Promise<GraphView> | undefined;

export function getRelationGraph(): Promise<RelationGraph> {
  graph ??= (async () => {
    // scripts/bench-graph.ts builds the site with a synthetic graph (1,000 actors, 10,000 edges).
    if (process.env.GRAPH_FIXTURE) return JSON.parse(readFileSync(process.env.GRAPH_FIXTURE, 'utf8')) as RelationGraph;
    return (await getCorpus()).graph;
  })();
  return graph;
}

export function getGraphView(): Promise<GraphView> {
  view ??= getRelationGraph().then((g) => buildGraphView(g));
  return view;
}

/** Article titles by slug, for evidence links. */
export async function articleTitles(slugs: Iterable<string>): Promise<Record<string, string>> {
  const corpus = await getCorpus();
  const out: Record<string, string> = {};
  for (const s of [...new Set(slugs)].sort()) {
    const a = corpus.bySlug.get(s);
    if (a) out[s] = a.title;
  }
  return out;
}
