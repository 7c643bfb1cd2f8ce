// What the /graph/ page and the ego graphs draw: a bounded subset of the relation graph (so
// the HTML stays bounded on a 10,000-article corpus), laid out at build time, with the default
// view (typed relations of the corpus's last three months, people and organisations) and its
// labels decided here too. Pure; the Astro side only renders.
import { normalizeArabic } from '../arabic';
import type { ActorType, GraphEdge, GraphNode, RelationEvidence, RelationGraph, RelationType } from '../types';
import { layoutGraph, nodeRadius } from './layout';
import { placeLabels } from './layoutLabels';
import { RELATION_TYPES } from './patterns';
import { monthsBefore, visibleGraph, type MonthCounts, type ViewFilters, type VisibleGraph } from './viewFilters';
import { fitNodes, type Fit, type ViewRelation } from './viewDraw';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLORS: Record<ActorType, string> = {
  person: '#0072B2',
  country: '#D55E00',
  organization: '#009E73',
};
export const TYPE_LABELS: Record<ActorType, string> = { person: 'أشخاص', country: 'دول', organization: 'منظمات' };
export const TYPE_SINGULAR: Record<ActorType, string> = { person: 'شخص', country: 'دولة', organization: 'منظمة' };
export interface ViewOptions {
  maxNodes?: number;
  /** Typed edges drawn (the strongest in the default window first, then overall). */
  maxEdges?: number;
  /** Co-occurrence-only edges drawn (off by default, a toggle shows them). */
  maxCooccurrence?: number;
  /** Evidence sentences embedded per edge (the table's first example); the rest load on demand. */
  evidencePerEdge?: number;
  width?: number;
  height?: number;
  seed?: number;
  /** Months back from the corpus's last month that the default window starts (2 = three months). */
  windowMonths?: number;
}

export interface ViewNode extends GraphNode {
  x: number;
  y: number;
  r: number;
  /** normalised Arabic name + lower-case English name, for the search box. */
  key: string;
}

export interface ViewEdge {
  source: string;
  target: string;
  kind: 'typed' | 'cooccurrence';
  weight: number;
  typedWeight: number;
  articles: number;
  relations: ViewRelation[];
  cooc: MonthCounts;
  evidence: RelationEvidence[];
  evidenceTotal: number;
}

export interface GraphView {
  width: number;
  height: number;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Every month with a drawn sentence, sorted ("YYYY-MM"): relations' month indexes point here. */
  months: string[];
  /** The filters of the view a reader lands on. */
  defaults: ViewFilters;
  /** What the default view shows, its zoom and its labels: all decided at build time. */
  visible: VisibleGraph;
  fit: Fit;
  labels: Set<string>;
  /** Sizes of the whole graph, to say what is left out. */
  totalNodes: number;
  totalEdges: number;
  totalTyped: number;
}

const searchKey = (n: { name: string; en: string }) => `${normalizeArabic(n.name)} ${n.en.toLowerCase()}`;
const monthOf = (date: string | null) => (date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null);

/**
 * The typed-relation fields of an edge (src/lib/types.ts, issue 19), optional here: graphs made
 * before them (a GRAPH_FIXTURE, an old export) lack them.
 */
type EdgeWithRelations = GraphEdge & {
  typedWeight?: number;
  relations?: Array<{ type: RelationType; from: string; to: string; directed: boolean; count: number; months?: Record<string, number> }>;
  months?: Record<string, number>;
};

interface EdgeFacts {
  edge: GraphEdge;
  typedWeight: number;
  relations: Array<Omit<ViewRelation, 'months'> & { months: Record<string, number> }>;
  months: Record<string, number>;
}

/**
 * An edge's typed relations and monthly counts. Graphs built before typed, directed relations
 * (no `relations` field) fall back to their evidence: one undirected relation per claimed type,
 * counted over the kept sentences.
 */
export function edgeFacts(e: GraphEdge): EdgeFacts {
  const typed = e as EdgeWithRelations;
  if (typed.relations) {
    return {
      edge: e,
      typedWeight: typed.typedWeight ?? typed.relations.reduce((s, r) => s + r.count, 0),
      relations: typed.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, directed: r.directed, count: r.count, months: r.months ?? {} })),
      months: typed.months ?? countMonths(e.evidence),
    };
  }
  const relations = RELATION_TYPES.filter((t) => e.types.includes(t)).map((type) => {
    const sentences = e.evidence.filter((ev) => ev.types.includes(type));
    return { type, from: e.source, to: e.target, directed: false, count: Math.max(sentences.length, 1), months: countMonths(sentences) };
  });
  return { edge: e, typedWeight: e.evidence.filter((ev) => ev.types.length).length, relations, months: countMonths(e.evidence) };
}

function countMonths(evidence: Pick<RelationEvidence, 'date'>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ev of evidence) {
    const m = monthOf(ev.date);
    if (m) out[m] = (out[m] ?? 0) + 1;
  }
  return out;
}

/** The corpus's last month: the latest date any drawn actor is named. */
function lastMonth(nodes: GraphNode[]): string | null {
  let last: string | null = null;
  for (const n of nodes) {
    const m = monthOf(n.lastDate);
    if (m && (!last || m > last)) last = m;
  }
  return last;
}

const monthCounts = (months: Record<string, number>, index: Map<string, number>): MonthCounts =>
  Object.keys(months)
    .sort()
    .flatMap((m) => [index.get(m)!, months[m]]);

/** The filters a reader lands on: every type, no co-occurrence, no countries, the last three months. */
export function defaultFilters(last: string | null, windowMonths = 2): ViewFilters {
  return { types: [...RELATION_TYPES], cooccurrence: false, countries: false, actor: '', from: last ? monthsBefore(last, windowMonths) : '', to: '' };
}

/**
 * The drawn subset: typed edges ranked by what they show in the default window, then overall,
 * taken while their ends fit in `maxNodes`; then the strongest co-occurrence-only edges among
 * those nodes. Laid out once (typed edges pull), fitted to the default view, labels placed.
 */
export function buildGraphView(graph: RelationGraph, options: ViewOptions = {}): GraphView {
  const maxNodes = options.maxNodes ?? 120;
  const maxEdges = options.maxEdges ?? 360;
  const maxCooc = options.maxCooccurrence ?? 120;
  const perEdge = options.evidencePerEdge ?? 1;
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const facts = graph.edges.map(edgeFacts);
  let defaults = defaultFilters(lastMonth(graph.nodes), options.windowMonths ?? 2);

  // Rank typed edges by their weight in the default window (people and organisations), then overall.
  const allMonths = [...new Set(facts.flatMap((f) => [...Object.keys(f.months), ...f.relations.flatMap((r) => Object.keys(r.months))]))].sort();
  const allIndex = new Map(allMonths.map((m, i) => [m, i]));
  const windowed = (fs: EdgeFacts[]) =>
    visibleGraph(
      graph.nodes,
      fs.map((f) => ({ source: f.edge.source, target: f.edge.target, weight: f.edge.weight, relations: f.relations.map((r) => ({ ...r, months: monthCounts(r.months, allIndex) })), cooc: [] })),
      allMonths,
      defaults,
    );
  const typed = facts.filter((f) => f.relations.length > 0);
  let inDefault = windowed(typed);
  // A corpus whose last months state no relation among people and organisations: widen, then show countries.
  if (!inDefault.edges.size && defaults.from) {
    defaults = { ...defaults, from: '' };
    inDefault = windowed(typed);
  }
  if (!inDefault.edges.size) {
    defaults = { ...defaults, countries: true };
    inDefault = windowed(typed);
  }
  const ranked = typed
    .map((f, i) => ({ f, w: inDefault.edges.get(i)?.weight ?? 0 }))
    .sort((a, b) => b.w - a.w || b.f.typedWeight - a.f.typedWeight || b.f.edge.weight - a.f.edge.weight);
  const keep = new Set<string>();
  const kept: EdgeFacts[] = [];
  for (const { f } of ranked) {
    if (kept.length >= maxEdges) break;
    const added = [f.edge.source, f.edge.target].filter((id) => !keep.has(id)).length;
    if (keep.size + added > maxNodes || !byId.has(f.edge.source) || !byId.has(f.edge.target)) continue;
    keep.add(f.edge.source);
    keep.add(f.edge.target);
    kept.push(f);
  }
  const cooc = facts
    .filter((f) => !f.relations.length && f.edge.weight > 0 && keep.has(f.edge.source) && keep.has(f.edge.target))
    .slice(0, maxCooc); // graph.edges is sorted strongest first
  const drawn = [...kept, ...cooc];

  const months = [...new Set(drawn.flatMap((f) => [...Object.keys(f.months), ...f.relations.flatMap((r) => Object.keys(r.months))]))].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const nodeList = graph.nodes.filter((n) => keep.has(n.id)); // graph order: most articles first
  const layout = layoutGraph(
    { nodes: nodeList, edges: kept.map((f) => ({ ...f.edge, weight: f.typedWeight, articles: 0 })) },
    { width, height, seed: options.seed ?? 7 },
  );
  const maxArticles = nodeList.reduce((m, n) => Math.max(m, n.articles), 1);
  const nodes: ViewNode[] = nodeList.map((n) => ({ ...n, ...layout.positions[n.id], r: nodeRadius(n.articles, maxArticles), key: searchKey(n) }));
  const edges: ViewEdge[] = drawn.map((f) => ({
    source: f.edge.source,
    target: f.edge.target,
    kind: f.relations.length ? 'typed' : 'cooccurrence',
    weight: f.edge.weight,
    typedWeight: f.typedWeight,
    articles: f.edge.articles,
    relations: f.relations.map((r) => ({ ...r, months: monthCounts(r.months, index) })),
    cooc: monthCounts(f.months, index),
    evidence: f.edge.evidence.slice(0, perEdge),
    evidenceTotal: f.edge.evidence.length,
  }));
  const visible = visibleGraph(nodes, edges, months, defaults);
  const shown = nodes.filter((n) => visible.nodes.has(n.id));
  const fit = fitNodes(shown, width, height);
  return {
    width,
    height,
    nodes,
    edges,
    months,
    defaults,
    visible,
    fit,
    labels: placeLabels(shown, fit.k),
    totalNodes: graph.nodes.length,
    totalEdges: graph.edges.length,
    totalTyped: typed.length,
  };
}

export interface EgoView {
  width: number;
  height: number;
  center: ViewNode | null;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const tiesByActor = new WeakMap<RelationGraph, { edges: Map<string, EdgeFacts[]>; nodes: Map<string, GraphNode> }>();

// Indexed once per graph: every actor page asks for its ties, and scanning all edges per
// page made a 1,000-article build spend seconds here. Typed edges only, strongest first.
function egoIndex(graph: RelationGraph) {
  let index = tiesByActor.get(graph);
  if (!index) {
    const edges = new Map<string, EdgeFacts[]>();
    for (const e of graph.edges) {
      const f = edgeFacts(e);
      if (!f.relations.length) continue;
      for (const id of [e.source, e.target]) {
        const list = edges.get(id);
        if (list) list.push(f);
        else edges.set(id, [f]);
      }
    }
    for (const list of edges.values()) list.sort((a, b) => b.typedWeight - a.typedWeight || b.edge.weight - a.edge.weight);
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

/** An actor and its strongest typed relations (sentences that state one), with their direction. */
export function buildEgoView(graph: RelationGraph, actorId: string, options: { maxTies?: number; width?: number; height?: number } = {}): EgoView {
  const width = options.width ?? 360;
  const height = options.height ?? 260;
  const index = egoIndex(graph);
  const center = index.nodes.get(actorId);
  if (!center) return { width, height, center: null, nodes: [], edges: [] };
  const ties = (index.edges.get(actorId) ?? []).slice(0, options.maxTies ?? 10);
  const tieIds = ties.map((f) => (f.edge.source === actorId ? f.edge.target : f.edge.source));
  const positions = egoPositions(actorId, tieIds, width, height);
  const view: ViewNode[] = [center, ...tieIds.map((id) => index.nodes.get(id)!)].map((n) => ({
    ...n,
    ...positions[n.id],
    r: n.id === actorId ? 16 : Math.min(nodeRadius(n.articles, center.articles), 12),
    key: searchKey(n),
  }));
  return {
    width,
    height,
    center: view[0],
    nodes: view,
    edges: ties.map((f) => ({
      source: f.edge.source,
      target: f.edge.target,
      kind: 'typed',
      weight: f.edge.weight,
      typedWeight: f.typedWeight,
      articles: f.edge.articles,
      relations: f.relations.map((r) => ({ ...r, months: [] })),
      cooc: [],
      evidence: [],
      evidenceTotal: f.edge.evidence.length,
    })),
  };
}

/**
 * What an actor page's ego graph draws, and nothing else: each actor's name, kind, place and
 * size, each tie's width and relations. An actor page's props carry this (src/lib/site/pageViews.ts),
 * not the EgoView, whose nodes hold their actors' corpus-wide counts, dates and topics: those
 * change with any article naming a neighbour, and would re-render nearly every actor page of
 * an incremental build while the drawing stays the same.
 */
export interface EgoDrawing {
  width: number;
  height: number;
  center: { id: string; name: string } | null;
  nodes: Array<Pick<ViewNode, 'id' | 'name' | 'en' | 'type' | 'x' | 'y' | 'r'>>;
  edges: Array<{ source: string; target: string; typedWeight: number; relations: Array<Pick<ViewRelation, 'type' | 'directed' | 'from' | 'to' | 'count'>> }>;
}

export function egoDrawing(ego: EgoView): EgoDrawing {
  return {
    width: ego.width,
    height: ego.height,
    center: ego.center && { id: ego.center.id, name: ego.center.name },
    nodes: ego.nodes.map(({ id, name, en, type, x, y, r }) => ({ id, name, en, type, x, y, r })),
    edges: ego.edges.map((e) => ({
      source: e.source,
      target: e.target,
      typedWeight: e.typedWeight,
      relations: e.relations.map(({ type, directed, from, to, count }) => ({ type, directed, from, to, count })),
    })),
  };
}

/** JSON safe to embed in <script type="application/json">: no `<` can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

