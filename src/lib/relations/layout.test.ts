import { describe, expect, it } from 'vitest';
import { layoutGraph, nodeRadius } from './layout';
import { egoPositions, jsonForScript } from './view';
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

describe('egoPositions', () => {
  it('puts the actor in the middle and its ties on a ring, the first at the top', () => {
    const p = egoPositions('a0', ['a1', 'a2', 'a3', 'a4'], 300, 200);
    expect(p.a0).toEqual({ x: 150, y: 100 });
    for (const id of ['a1', 'a2', 'a3', 'a4']) expect(Math.hypot((p[id].x - 150) / 114, (p[id].y - 100) / 76)).toBeCloseTo(1, 1);
    expect(p.a1.y).toBeLessThan(100);
    expect(p.a1.x).toBeCloseTo(150, 5);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element', () => {
    const s = jsonForScript({ t: '</script><script>alert(1)</script>' });
    expect(s).not.toContain('<');
    expect(JSON.parse(s).t).toBe('</script><script>alert(1)</script>');
  });
});
