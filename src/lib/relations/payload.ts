// The contract between the build and the /graph/ page's script (src/client/graph/): the JSON
// the page embeds (GraphPagePayload) and the evidence files it fetches when an edge is opened
// (GraphEvidenceFile, one per actor: /graph/evidence/<source>.json). Both sides import these
// types; the build makes them only through the functions below. Pure.
import type { ActorType, RelationEvidence, RelationGraph, RelationType } from '../types';
import { RELATION_TYPES } from './patterns';
import { TYPE_SINGULAR, type GraphView, type ViewEdge, type ViewNode } from './view';
import type { RelationWords } from './viewDraw';
import type { ViewFilters } from './viewFilters';

/** A drawn node as the page gets it: the view's node without its topics. */
export type GraphPageNode = Omit<ViewNode, 'topics'>;

/** A drawn edge as the page gets it: the evidence is counted here and loaded on demand. */
export type GraphPageEdge = Omit<ViewEdge, 'evidence' | 'evidenceTotal'> & {
  /** How many evidence sentences the edge has in all. */
  evidence: number;
};

/** What the script needs and the build-time SVG does not carry. No evidence: it loads on demand. */
export interface GraphPagePayload {
  /** The deployment base ("/" or "/kb/"), to build links and fetch the evidence files. */
  base: string;
  /** Site path of an edge's evidence file, `{source}` standing for the edge's source id. */
  evidenceFile: string;
  months: string[];
  /** The view a reader lands on; the query string only says what differs from it. */
  defaults: ViewFilters;
  nodes: GraphPageNode[];
  edges: GraphPageEdge[];
  relationTypes: RelationType[];
  relationLabels: Record<RelationType, string>;
  directedWords: Partial<Record<RelationType, [string, string]>>;
  cooccurrenceLabel: string;
  typeLabels: Record<ActorType, string>;
}

// Field order is the JSON's order in the page: keep it stable so builds stay byte-identical.
/** `words`: the relation types' words from the patterns data (relationWords in patterns.ts). */
export function graphPagePayload(view: GraphView, base: string, words: RelationWords): GraphPagePayload {
  return {
    base,
    evidenceFile: evidenceFilePath('{source}'),
    months: view.months,
    defaults: view.defaults,
    nodes: view.nodes.map((n) => ({ id: n.id, name: n.name, en: n.en, type: n.type, articles: n.articles, firstDate: n.firstDate, lastDate: n.lastDate, x: n.x, y: n.y, r: n.r, key: n.key })),
    edges: view.edges.map((e) => ({
      source: e.source, target: e.target, kind: e.kind, weight: e.weight, typedWeight: e.typedWeight, articles: e.articles,
      relations: e.relations, cooc: e.cooc, evidence: e.evidenceTotal,
    })),
    relationTypes: [...RELATION_TYPES],
    relationLabels: words.labels,
    directedWords: words.directed,
    cooccurrenceLabel: words.cooccurrence,
    typeLabels: TYPE_SINGULAR,
  };
}

/**
 * /graph/evidence/<source>.json: the evidence of the drawn edges whose `source` is that actor,
 * keyed "source|target", and the titles of their articles. One file per actor, so opening an
 * edge fetches the few edges of one actor, not the evidence of the whole drawing.
 */
export interface GraphEvidenceFile {
  titles: Record<string, string>;
  edges: Record<string, { total: number; evidence: RelationEvidence[] }>;
}

/** The site path of the evidence file that holds the edges drawn from `source` (an actor id). */
export const evidenceFilePath = (source: string) => `/graph/evidence/${source}.json`;

/** Evidence sentences per drawn edge (typed ones come first); the whole list is in /data/graph.json.br. */
export const EVIDENCE_PER_EDGE = 10;

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

/** The drawn edges' evidence split by source actor: one evidence file each (sorted by id). */
export function evidenceBySource(edges: GraphEvidenceFile['edges']): Map<string, GraphEvidenceFile['edges']> {
  const out = new Map<string, GraphEvidenceFile['edges']>();
  for (const key of Object.keys(edges).sort()) {
    const source = key.slice(0, key.indexOf('|'));
    if (!out.has(source)) out.set(source, {});
    out.get(source)![key] = edges[key];
  }
  return out;
}

/** The slugs the evidence cites, in order of appearance (articleTitles sorts and dedupes them). */
export function evidenceSlugs(edges: GraphEvidenceFile['edges']): string[] {
  return Object.values(edges).flatMap((e) => e.evidence.map((ev) => ev.slug));
}
