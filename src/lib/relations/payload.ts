// The contract between the build and the /graph/ page's script (src/client/graph/): the JSON
// the page embeds (GraphPagePayload) and the evidence file it fetches on the first edge click
// (GraphEvidenceFile, /graph/evidence.json). Both sides import these types; the build makes
// them only through the functions below. Pure.
import type { ActorType, GraphEdge, GraphNode, RelationEvidence, RelationGraph, RelationType } from '../types';
import { RELATION_LABELS, TYPE_SINGULAR, type GraphView } from './view';

export interface GraphPageNode extends GraphNode {
  x: number;
  y: number;
  /** normalised Arabic name + lower-case English name, for the search box. */
  key: string;
}

/** An edge as the page needs it: without its evidence sentences, only how many there are. */
export interface GraphPageEdge extends Omit<GraphEdge, 'evidence'> {
  evidence: number;
}

/** What the script needs and the build-time SVG does not carry. No evidence: it loads on demand. */
export interface GraphPagePayload {
  /** The deployment base ("/" or "/kb/"), to build links and fetch the evidence file. */
  base: string;
  threshold: number;
  nodes: GraphPageNode[];
  edges: GraphPageEdge[];
  relationLabels: Record<RelationType, string>;
  typeLabels: Record<ActorType, string>;
}

// Field order is the JSON's order in the page: keep it stable so builds stay byte-identical.
export function graphPagePayload(view: GraphView, base: string): GraphPagePayload {
  return {
    base,
    threshold: view.threshold,
    nodes: view.nodes.map((n) => ({ id: n.id, name: n.name, en: n.en, type: n.type, articles: n.articles, firstDate: n.firstDate, lastDate: n.lastDate, topics: n.topics, x: n.x, y: n.y, key: n.key })),
    edges: view.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, articles: e.articles, types: e.types, topics: e.topics, firstDate: e.firstDate, lastDate: e.lastDate, evidence: e.evidenceTotal })),
    relationLabels: RELATION_LABELS,
    typeLabels: TYPE_SINGULAR,
  };
}

/** /graph/evidence.json: evidence of the drawn edges by "source|target", and the titles of their articles. */
export interface GraphEvidenceFile {
  titles: Record<string, string>;
  edges: Record<string, { total: number; evidence: RelationEvidence[] }>;
}

/** Evidence sentences embedded per drawn edge; the whole list is in /data/graph.json. */
export const EVIDENCE_PER_EDGE = 30;

/** The evidence of the edges the page draws, keyed "source|target" (titles are added by the caller). */
export function drawnEdgeEvidence(graph: RelationGraph, view: GraphView): GraphEvidenceFile['edges'] {
  const drawn = new Set(view.edges.map((e) => `${e.source}|${e.target}`));
  const edges: GraphEvidenceFile['edges'] = {};
  for (const e of graph.edges) {
    const key = `${e.source}|${e.target}`;
    if (!drawn.has(key)) continue;
    edges[key] = { total: e.evidence.length, evidence: e.evidence.slice(0, EVIDENCE_PER_EDGE) };
  }
  return edges;
}

/** The slugs the evidence cites, in order of appearance (articleTitles sorts and dedupes them). */
export function evidenceSlugs(edges: GraphEvidenceFile['edges']): string[] {
  return Object.values(edges).flatMap((e) => e.evidence.map((ev) => ev.slug));
}
