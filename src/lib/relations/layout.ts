// Build-time force layout (d3-force in Node): seeded, fixed iteration count, no timers,
// so the same graph always gives the same picture (and the same HTML bytes).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import type { RelationGraph } from '../types';

export interface LayoutOptions {
  seed?: number;
  width: number;
  height: number;
  /** Simulation ticks; fixed so the output never depends on timing. */
  iterations?: number;
  /** Free margin around the drawing, in layout units (room for labels). */
  padding?: number;
  /** Node radius used for collision; default nodeRadius(articles). */
  radius?: (articles: number) => number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Actor id → position, rounded to 0.1 so serialisation is stable. */
  positions: Record<string, { x: number; y: number }>;
}

/**
 * Node radius by article count, relative to the biggest actor drawn (`max`): area grows with
 * the count from 4 to 22 units, so a 10-article corpus and a 10,000-article one both give a
 * readable picture instead of hubs swallowing the view.
 */
export function nodeRadius(articles: number, max = 400): number {
  const share = Math.min(articles, max) / Math.max(max, 1);
  return Math.round((4 + 18 * Math.sqrt(share)) * 10) / 10;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutGraph(graph: Pick<RelationGraph, 'nodes' | 'edges'>, options: LayoutOptions): GraphLayout {
  const { width, height } = options;
  const seed = options.seed ?? 1;
  const iterations = options.iterations ?? 300;
  const padding = options.padding ?? 40;
  const maxArticles = graph.nodes.reduce((m, n) => Math.max(m, n.articles), 1);
  const radius = options.radius ?? ((articles: number) => nodeRadius(articles, maxArticles));
  // randomLcg wants a number in [0, 1): spread integer seeds over it (Knuth's multiplier).
  const random = randomLcg((((Math.floor(seed) * 2654435761) >>> 0) + 1) / 4294967297);
  // Input order must not matter: sort by id, place on a seeded disc.
  const nodes: SimNode[] = [...graph.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n, i, all) => {
      const a = random() * Math.PI * 2;
      const d = Math.sqrt((i + 0.5) / all.length) * Math.min(width, height) * 0.45;
      return { id: n.id, r: radius(n.articles), x: Math.cos(a) * d, y: Math.sin(a) * d };
    });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const key = (e: { source: string; target: string }) => `${e.source}\u0000${e.target}`;
  const links: Array<SimulationLinkDatum<SimNode> & { w: number }> = graph.edges
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((e) => ({ source: e.source, target: e.target, w: e.weight > 0 ? e.weight : 0.25 * e.articles }));
  const maxW = links.reduce((m, l) => Math.max(m, l.w), 1);

  const sim = forceSimulation(nodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { w: number }>(links)
        .id((n) => n.id)
        .distance((l) => 30 + 60 * (1 - l.w / maxW))
        .strength((l) => 0.05 + 0.6 * (l.w / maxW)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-60).distanceMax(400))
    .force('collide', forceCollide<SimNode>((n) => n.r + 3))
    // Weak pull to the centre keeps disconnected actors on screen.
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    .stop();
  sim.tick(iterations);

  // Fit the drawing into width × height, keeping the aspect ratio.
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x! - n.r); x1 = Math.max(x1, n.x! + n.r);
    y0 = Math.min(y0, n.y! - n.r); y1 = Math.max(y1, n.y! + n.r);
  }
  const positions: GraphLayout['positions'] = {};
  if (!nodes.length) return { width, height, positions };
  const w = Math.max(x1 - x0, 1);
  const h = Math.max(y1 - y0, 1);
  const k = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h, 3);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const n of nodes) positions[n.id] = { x: round(width / 2 + (n.x! - cx) * k), y: round(height / 2 + (n.y! - cy) * k) };
  return { width, height, positions };
}
