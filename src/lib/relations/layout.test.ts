import { describe, expect, it } from 'vitest';
import { layoutGraph, nodeRadius } from './layout';
import { buildEgoView, buildGraphView, defaultThreshold, jsonForScript } from './view';
import type { GraphEdge, GraphNode, RelationGraph } from '../types';

function synthetic(n: number, m: number): RelationGraph {
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`, name: `فاعل ${i}`, en: `Actor ${i}`, type: (['person', 'country', 'organization'] as const)[i % 3],
    articles: 1 + ((i * 7) % 13), firstDate: null, lastDate: null, topics: [],
  }));
  const edges: GraphEdge[] = Array.from({ length: m }, (_, i) => ({
    source: `a${i % n}`, target: `a${(i * 3 + 1) % n}`, weight: 1 + (i % 5), articles: 1, types: [], topics: [],
    firstDate: null, lastDate: null, evidence: [],
  })).filter((e, i, all) => e.source !== e.target && all.findIndex((x) => x.source === e.source && x.target === e.target) === i);
  return { nodes, edges };
}

describe('layoutGraph', () => {
  it('is byte-identical across runs and independent of input order', () => {
    const g = synthetic(40, 80);
    const a = JSON.stringify(layoutGraph(g, { seed: 1, width: 800, height: 600 }));
    const b = JSON.stringify(layoutGraph(g, { seed: 1, width: 800, height: 600 }));
    const c = JSON.stringify(layoutGraph({ nodes: [...g.nodes].reverse(), edges: [...g.edges].reverse() }, { seed: 1, width: 800, height: 600 }));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(JSON.stringify(layoutGraph(g, { seed: 2, width: 800, height: 600 }))).not.toBe(a);
  });

  it('keeps every node inside the box and apart from the others', () => {
    const g = synthetic(30, 50);
    const { positions } = layoutGraph(g, { seed: 5, width: 500, height: 400, padding: 20 });
    const pts = Object.values(positions);
    expect(pts).toHaveLength(30);
    for (const p of pts) {
      expect(p.x).toBeGreaterThanOrEqual(20);
      expect(p.x).toBeLessThanOrEqual(480);
      expect(p.y).toBeGreaterThanOrEqual(20);
      expect(p.y).toBeLessThanOrEqual(380);
    }
    const distinct = new Set(pts.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(30);
  });

  it('handles an empty graph and a single node', () => {
    expect(layoutGraph({ nodes: [], edges: [] }, { width: 10, height: 10 }).positions).toEqual({});
    const one = layoutGraph(synthetic(1, 0), { width: 100, height: 100 });
    expect(one.positions.a0).toEqual({ x: 50, y: 50 });
  });

  it('sizes nodes by article count, capped', () => {
    expect(nodeRadius(1)).toBeLessThan(nodeRadius(10));
    expect(nodeRadius(400)).toBe(nodeRadius(5000));
    // Relative to the biggest actor drawn: hubs of a huge corpus stay the size of a small one's.
    expect(nodeRadius(9, 9)).toBe(22);
    expect(nodeRadius(9000, 9000)).toBe(22);
    expect(nodeRadius(90, 9000)).toBeLessThan(8);
  });
});

describe('buildGraphView', () => {
  it('bounds nodes and edges, labels the biggest, caps evidence', () => {
    const g = synthetic(300, 2000);
    g.edges[0].evidence = Array.from({ length: 9 }, (_, i) => ({ slug: `s${i}`, paragraph: 'p-1', sentence: 'x', date: null, types: [] }));
    const v = buildGraphView(g, { maxNodes: 50, maxEdges: 120, labelled: 10, evidencePerEdge: 3 });
    expect(v.nodes).toHaveLength(50);
    expect(v.edges.length).toBeLessThanOrEqual(120);
    const ids = new Set(v.nodes.map((n) => n.id));
    expect(v.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(v.nodes.filter((n) => n.label)).toHaveLength(10);
    expect(v.totalNodes).toBe(300);
    const e0 = v.edges.find((e) => e.source === g.edges[0].source && e.target === g.edges[0].target);
    if (e0) expect(e0).toMatchObject({ evidenceTotal: 9 });
    expect(v.nodes[0].key).toContain('actor 0');
  });

  it('picks a threshold that shows about the target number of edges', () => {
    const edges = [5, 5, 4, 3, 3, 3, 2, 1, 1].map((weight) => ({ weight }));
    expect(defaultThreshold(edges, 20)).toBe(1);
    expect(defaultThreshold(edges, 4)).toBe(4);
    expect(edges.filter((e) => e.weight >= defaultThreshold(edges, 4)).length).toBeLessThanOrEqual(4);
  });

  it('ego view: the actor and its direct ties only', () => {
    const g = synthetic(20, 40);
    const v = buildEgoView(g, 'a0', { maxTies: 3 });
    expect(v.center?.id).toBe('a0');
    expect(v.edges.length).toBeLessThanOrEqual(3);
    expect(v.edges.every((e) => e.source === 'a0' || e.target === 'a0')).toBe(true);
    expect(v.nodes.length).toBe(v.edges.length + 1);
    expect(buildEgoView(g, 'nobody').center).toBeNull();
  });

  it('ego view: the actor sits in the middle and its ties on a ring, strongest at the top', () => {
    const g = synthetic(20, 40);
    const v = buildEgoView(g, 'a0', { maxTies: 4, width: 300, height: 200 });
    expect(v.center).toMatchObject({ x: 150, y: 100 });
    const ring = v.nodes.slice(1);
    for (const n of ring) expect(Math.hypot((n.x - 150) / 114, (n.y - 100) / 76)).toBeCloseTo(1, 1);
    expect(ring[0].y).toBeLessThan(100);
    expect(ring[0].x).toBeCloseTo(150, 5);
    expect(buildEgoView(g, 'a0', { maxTies: 4, width: 300, height: 200 })).toEqual(v);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element', () => {
    const s = jsonForScript({ t: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s).t).toBe('</script><script>alert(1)</script>');
  });
});
