import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelationEvidence, RelationGraph, RelationType } from '../types';
import { buildEgoView, buildGraphView, edgeFacts } from './view';
import { arrowEnds } from './viewDraw';
import { labelBox } from './layoutLabels';

const node = (id: string, type: GraphNode['type'], articles: number, lastDate = '2025-06-20'): GraphNode =>
  ({ id, name: id, en: id, type, articles, firstDate: '2024-01-05', lastDate, topics: [] });

interface Rel { type: RelationType; from: string; to: string; months: Record<string, number> }
const DIRECTED = new Set<RelationType>(['support', 'sanctions', 'accusation']);

/** An edge in the shape of src/lib/types.ts (issue 19 contract): typed relations with months. */
function edge(a: string, b: string, rels: Rel[], cooc: Record<string, number> = {}): GraphEdge {
  const [source, target] = a < b ? [a, b] : [b, a];
  const relations = rels.map((r) => ({
    type: r.type, from: r.from, to: r.to, directed: DIRECTED.has(r.type),
    count: Object.values(r.months).reduce((s, n) => s + n, 0), firstDate: null, lastDate: null, months: r.months,
  }));
  const months = { ...cooc };
  for (const r of rels) for (const [m, n] of Object.entries(r.months)) months[m] = (months[m] ?? 0) + n;
  const typedWeight = relations.reduce((s, r) => s + r.count, 0);
  const evidence: RelationEvidence[] = [{ slug: `${source}-${target}`, paragraph: 'p-1', sentence: 'جملة', date: null, types: relations.map((r) => r.type) }];
  return {
    source, target, weight: Object.values(months).reduce((s, n) => s + n, 0), articles: 1, types: relations.map((r) => r.type), topics: [],
    firstDate: null, lastDate: null, evidence,
    ...({ kind: relations.length ? 'typed' : 'cooccurrence', typedWeight, relations, months } as object),
  } as GraphEdge;
}

const graph: RelationGraph = {
  nodes: [
    node('russia', 'country', 90), node('ukraine', 'country', 80), node('united-states', 'country', 70), node('turkey', 'country', 40),
    node('vladimir-putin', 'person', 50), node('volodymyr-zelensky', 'person', 45), node('steve-witkoff', 'person', 30),
    node('kirill-dmitriev', 'person', 20), node('european-union', 'organization', 25), node('hakan-fidan', 'person', 10),
    node('rustem-umerov', 'person', 8),
  ],
  edges: [
    edge('russia', 'ukraine', [{ type: 'talks', from: 'russia', to: 'ukraine', months: { '2025-06': 4, '2024-02': 9 } }]),
    edge('turkey', 'russia', [{ type: 'mediation', from: 'russia', to: 'turkey', months: { '2025-02': 2 } }]),
    edge('turkey', 'ukraine', [{ type: 'mediation', from: 'turkey', to: 'ukraine', months: { '2025-02': 2 } }]),
    edge('steve-witkoff', 'kirill-dmitriev', [{ type: 'talks', from: 'kirill-dmitriev', to: 'steve-witkoff', months: { '2025-05': 3 } }]),
    edge('vladimir-putin', 'steve-witkoff', [{ type: 'talks', from: 'steve-witkoff', to: 'vladimir-putin', months: { '2025-06': 2 } }]),
    edge('european-union', 'vladimir-putin', [{ type: 'sanctions', from: 'european-union', to: 'vladimir-putin', months: { '2025-04': 1, '2025-06': 1 } }]),
    edge('volodymyr-zelensky', 'european-union', [{ type: 'support', from: 'european-union', to: 'volodymyr-zelensky', months: { '2025-06': 2 } }]),
    edge('vladimir-putin', 'volodymyr-zelensky', [
      { type: 'accusation', from: 'vladimir-putin', to: 'volodymyr-zelensky', months: { '2025-06': 1 } },
      { type: 'accusation', from: 'volodymyr-zelensky', to: 'vladimir-putin', months: { '2025-06': 2 } },
    ]),
    // Old news only: out of the default window.
    edge('hakan-fidan', 'rustem-umerov', [{ type: 'talks', from: 'hakan-fidan', to: 'rustem-umerov', months: { '2024-03': 5 } }]),
    // Only mentioned together, many times: never in the default view.
    edge('hakan-fidan', 'vladimir-putin', [], { '2025-06': 40 }),
  ],
};

describe('buildGraphView: the default view', () => {
  const v = buildGraphView(graph);
  const pair = (i: number) => `${v.edges[i].source}|${v.edges[i].target}`;

  it('lands on the last three months of the corpus, typed relations only, people and organisations', () => {
    expect(v.defaults).toMatchObject({ from: '2025-04', to: '', countries: false, cooccurrence: false, actor: '' });
    expect(v.defaults.types).toHaveLength(5);
    expect([...v.visible.edges.keys()].map(pair).sort()).toEqual([
      'european-union|vladimir-putin', 'european-union|volodymyr-zelensky', 'kirill-dmitriev|steve-witkoff', 'steve-witkoff|vladimir-putin', 'vladimir-putin|volodymyr-zelensky',
    ]);
  });

  it('draws no node without an edge in the view', () => {
    const ends = new Set([...v.visible.edges.keys()].flatMap((i) => [v.edges[i].source, v.edges[i].target]));
    expect(v.visible.nodes).toEqual(ends);
    expect(v.visible.nodes.has('hakan-fidan')).toBe(false);
  });

  it('labels placed at build time never overlap', () => {
    const boxes = v.nodes.filter((n) => v.labels.has(n.id)).map((n) => labelBox(n, v.fit.k));
    expect(boxes.length).toBeGreaterThan(0);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    for (const id of v.labels) expect(v.visible.nodes.has(id)).toBe(true);
  });

  it('keeps the direction of directed relations: arrows point at who the act falls on', () => {
    const i = v.edges.findIndex((e) => e.source === 'european-union' && e.target === 'vladimir-putin');
    expect(arrowEnds(v.edges[i])).toEqual({ start: false, end: true });
    const mutual = v.edges.findIndex((e) => e.source === 'vladimir-putin' && e.target === 'volodymyr-zelensky');
    expect(arrowEnds(v.edges[mutual])).toEqual({ start: true, end: true });
    const talks = v.edges.findIndex((e) => e.source === 'kirill-dmitriev');
    expect(arrowEnds(v.edges[talks])).toEqual({ start: false, end: false });
  });

  it('carries months as indexes into one sorted list', () => {
    expect(v.months).toEqual([...v.months].sort());
    const ru = v.edges.find((e) => e.source === 'russia' && e.target === 'ukraine')!;
    expect(ru.relations[0].months.filter((_, k) => k % 2 === 0).map((m) => v.months[m])).toEqual(['2024-02', '2025-06']);
  });

  it('is bounded: strongest in the default window first, then overall', () => {
    const small = buildGraphView(graph, { maxNodes: 4, maxEdges: 3 });
    expect(small.nodes.length).toBeLessThanOrEqual(4);
    expect(small.edges.filter((e) => e.kind === 'typed').length).toBeLessThanOrEqual(3);
    expect(small.visible.edges.size).toBeGreaterThan(0);
    const ids = new Set(small.nodes.map((n) => n.id));
    expect(small.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('widens the window when the last months state nothing, rather than drawing an empty page', () => {
    const quiet = { nodes: graph.nodes.map((n) => ({ ...n, lastDate: '2026-12-01' })), edges: graph.edges };
    const w = buildGraphView(quiet);
    expect(w.defaults.from).toBe('');
    expect(w.visible.edges.size).toBeGreaterThan(0);
  });

  it('is byte-identical across runs', () => {
    expect(JSON.stringify(buildGraphView(graph), (_, x) => (x instanceof Set ? [...x] : x instanceof Map ? [...x] : x))).toBe(
      JSON.stringify(v, (_, x) => (x instanceof Set ? [...x] : x instanceof Map ? [...x] : x)),
    );
  });
});

describe('graphs built before typed relations (no `relations` field)', () => {
  it('read their claimed types as undirected relations counted from the evidence', () => {
    const old: GraphEdge = {
      source: 'russia', target: 'ukraine', weight: 3, articles: 1, types: ['talks'], topics: [], firstDate: null, lastDate: null,
      evidence: [
        { slug: 'a', paragraph: 'p-1', sentence: 's', date: '2025-03-02', types: ['talks'] },
        { slug: 'b', paragraph: 'p-1', sentence: 's', date: '2025-04-02', types: [] },
      ],
    };
    const f = edgeFacts(old);
    expect(f.relations).toEqual([{ type: 'talks', from: 'russia', to: 'ukraine', directed: false, count: 1, months: { '2025-03': 1 } }]);
    expect(f.months).toEqual({ '2025-03': 1, '2025-04': 1 });
  });
});

describe('buildEgoView', () => {
  it('shows an actor\'s typed relations only, strongest first, with their direction', () => {
    const ego = buildEgoView(graph, 'vladimir-putin');
    expect(ego.center?.id).toBe('vladimir-putin');
    const others = ego.nodes.slice(1).map((n) => n.id);
    expect(others).not.toContain('hakan-fidan'); // mentioned together only
    expect(others[0]).toBe('volodymyr-zelensky'); // 3 sentences state relations
    expect(ego.edges.every((e) => e.kind === 'typed')).toBe(true);
    expect(buildEgoView(graph, 'nobody').center).toBeNull();
  });
});
