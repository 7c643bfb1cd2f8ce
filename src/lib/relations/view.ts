// What the /graph/ page and the ego graphs draw: a bounded subset of the relation graph
// (so HTML weight stays bounded on a 10,000-article corpus), laid out at build time,
// plus the compact JSON the browser script needs. Pure; the Astro side only renders.
import { normalizeArabic } from '../arabic';
import type { ActorType, GraphEdge, GraphNode, RelationEvidence, RelationGraph, RelationType } from '../types';
import { layoutGraph, nodeRadius } from './layout';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLORS: Record<ActorType, string> = {
  person: '#0072B2',
  country: '#D55E00',
  organization: '#009E73',
};
export const TYPE_LABELS: Record<ActorType, string> = { person: 'أشخاص', country: 'دول', organization: 'منظمات' };
export const TYPE_SINGULAR: Record<ActorType, string> = { person: 'شخص', country: 'دولة', organization: 'منظمة' };
export const RELATION_LABELS: Record<RelationType, string> = {
  talks: 'محادثات واتصالات',
  support: 'دعم ومساعدات',
  sanctions: 'عقوبات',
  accusation: 'اتهام وانتقاد',
  mediation: 'وساطة',
};

export interface ViewOptions {
  maxNodes?: number;
  maxEdges?: number;
  /** How many of the biggest nodes carry a permanent label; the rest on hover/focus. */
  labelled?: number;
  /** Evidence sentences embedded per edge; the rest load from /data/graph.json on demand. */
  evidencePerEdge?: number;
  width?: number;
  height?: number;
  seed?: number;
}

export interface ViewNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  label: boolean;
  /** normalised Arabic name + lower-case English name, for the search box. */
  key: string;
}

export interface ViewEdge extends Omit<GraphEdge, 'evidence'> {
  evidence: RelationEvidence[];
  evidenceTotal: number;
}

export interface GraphView {
  width: number;
  height: number;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Sizes of the whole graph, to say "showing N of M". */
  totalNodes: number;
  totalEdges: number;
  /** Initial minimum sentence weight: the strongest edges only. */
  threshold: number;
  maxWeight: number;
  topics: string[];
  dateRange: [string | null, string | null];
}

const searchKey = (n: { name: string; en: string }) => `${normalizeArabic(n.name)} ${n.en.toLowerCase()}`;

/** Smallest weight threshold that shows at most `target` edges (at least 1). */
export function defaultThreshold(edges: Pick<GraphEdge, 'weight'>[], target = 80): number {
  const weights = edges.map((e) => e.weight).filter((w) => w > 0).sort((a, b) => b - a);
  if (weights.length <= target) return 1;
  return Math.max(1, weights[target - 1] + (weights[target] === weights[target - 1] ? 1 : 0));
}

/** Top nodes by article count, the strongest edges among them, laid out. */
export function buildGraphView(graph: RelationGraph, options: ViewOptions = {}): GraphView {
  const maxNodes = options.maxNodes ?? 150;
  const maxEdges = options.maxEdges ?? 400;
  const labelled = options.labelled ?? 24;
  const perEdge = options.evidencePerEdge ?? 5;
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  // graph.nodes is sorted by article count already; keep that order.
  const kept = graph.nodes.slice(0, maxNodes);
  const keep = new Set(kept.map((n) => n.id));
  const edges = graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)).slice(0, maxEdges);
  const layout = layoutGraph({ nodes: kept, edges }, { width, height, seed: options.seed ?? 7 });
  const maxArticles = kept.reduce((m, n) => Math.max(m, n.articles), 1);
  const nodes: ViewNode[] = kept.map((n, i) => ({
    ...n,
    ...layout.positions[n.id],
    r: nodeRadius(n.articles, maxArticles),
    label: i < labelled,
    key: searchKey(n),
  }));
  const topics = [...new Set(kept.flatMap((n) => n.topics))].sort();
  const dates = kept.flatMap((n) => [n.firstDate, n.lastDate]).filter((d): d is string => !!d).sort();
  return {
    width,
    height,
    nodes,
    edges: edges.map((e) => ({ ...e, evidence: e.evidence.slice(0, perEdge), evidenceTotal: e.evidence.length })),
    totalNodes: graph.nodes.length,
    totalEdges: graph.edges.length,
    threshold: defaultThreshold(edges),
    maxWeight: edges.reduce((m, e) => Math.max(m, e.weight), 0),
    topics,
    dateRange: [dates[0] ?? null, dates[dates.length - 1] ?? null],
  };
}

export interface EgoView {
  width: number;
  height: number;
  center: ViewNode | null;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const tiesByActor = new WeakMap<RelationGraph, { edges: Map<string, GraphEdge[]>; nodes: Map<string, GraphNode> }>();

// Indexed once per graph: every actor page asks for its ties, and scanning all edges per
// page made a 1,000-article build spend seconds here.
function egoIndex(graph: RelationGraph) {
  let index = tiesByActor.get(graph);
  if (!index) {
    const edges = new Map<string, GraphEdge[]>();
    for (const e of graph.edges) {
      for (const id of [e.source, e.target]) {
        const list = edges.get(id);
        if (list) list.push(e);
        else edges.set(id, [e]);
      }
    }
    index = { edges, nodes: new Map(graph.nodes.map((n) => [n.id, n])) };
    tiesByActor.set(graph, index);
  }
  return index;
}

/**
 * Radial layout for an ego graph: the actor in the middle, its ties on a ring, strongest
 * first, starting at the top and going clockwise. Deterministic and O(ties), unlike a force
 * simulation per actor page, and easier to read for a star-shaped graph.
 */
export function egoPositions(centerId: string, tieIds: string[], width: number, height: number, padding = 36): Record<string, { x: number; y: number }> {
  const cx = width / 2;
  const cy = height / 2;
  const rx = Math.max(cx - padding, 10);
  const ry = Math.max(cy - padding / 1.5, 10);
  const out: Record<string, { x: number; y: number }> = { [centerId]: { x: cx, y: cy } };
  tieIds.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(tieIds.length, 1);
    out[id] = { x: Math.round((cx + rx * Math.cos(angle)) * 10) / 10, y: Math.round((cy + ry * Math.sin(angle)) * 10) / 10 };
  });
  return out;
}

/** An actor and its strongest direct ties (sentence weight, then shared articles). */
export function buildEgoView(graph: RelationGraph, actorId: string, options: { maxTies?: number; width?: number; height?: number } = {}): EgoView {
  const width = options.width ?? 360;
  const height = options.height ?? 260;
  const index = egoIndex(graph);
  const center = index.nodes.get(actorId);
  if (!center) return { width, height, center: null, nodes: [], edges: [] };
  // graph.edges is sorted strongest first, so each actor's list is too.
  const ties = (index.edges.get(actorId) ?? []).filter((e) => e.weight > 0).slice(0, options.maxTies ?? 10);
  const tieIds = ties.map((e) => (e.source === actorId ? e.target : e.source));
  const positions = egoPositions(actorId, tieIds, width, height);
  const view: ViewNode[] = [center, ...tieIds.map((id) => index.nodes.get(id)!)].map((n) => ({
    ...n,
    ...positions[n.id],
    r: n.id === actorId ? 16 : Math.min(nodeRadius(n.articles, center.articles), 12),
    label: true,
    key: searchKey(n),
  }));
  return {
    width,
    height,
    center: view[0],
    nodes: view,
    edges: ties.map((e) => ({ ...e, evidence: [], evidenceTotal: e.evidence.length })),
  };
}

/** Stroke width of an edge by sentence weight. */
export function edgeWidth(weight: number, maxWeight: number): number {
  if (weight <= 0) return 0.75;
  return Math.round((1 + 5 * Math.sqrt(weight / Math.max(maxWeight, 1))) * 10) / 10;
}

/** JSON safe to embed in <script type="application/json">: no `<` can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
