import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelationGraph } from '../types';
import { graphJsonParts, jsonArrayBytes } from './exports';

const node = (id: string): GraphNode => ({ id, name: `«${id}» \\ "ن"`, en: id, type: 'person', articles: 1, firstDate: null, lastDate: null, topics: [] });
const edge = (source: string, target: string): GraphEdge => ({
  source, target, weight: 2, articles: 1, types: [], topics: [], firstDate: '2025-03-19', lastDate: null,
  evidence: [{ slug: 's', paragraph: 'p-1', sentence: 'بحث الطرفان "وقف النار".', date: null, types: [] }],
} as unknown as GraphEdge);

describe('graphJsonParts (the text of /data/graph.json.gz)', () => {
  const graph: RelationGraph = { nodes: ['a', 'b', 'c'].map(node), edges: [edge('a', 'b'), edge('b', 'c')] };

  it('joins to exactly JSON.stringify(graph), whatever the piece size', () => {
    for (const size of [1, 50, 1 << 20]) expect([...graphJsonParts(graph, size)].join('')).toBe(JSON.stringify(graph));
  });

  it('cuts a large graph into pieces no longer than a piece plus one item', () => {
    const big: RelationGraph = { nodes: Array.from({ length: 200 }, (_, i) => node(`n${i}`)), edges: [] };
    const parts = [...graphJsonParts(big, 1000)];
    expect(parts.length).toBeGreaterThan(10);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(1000 + JSON.stringify(big.nodes[199]).length + 2);
  });

  it('an empty graph is the same empty JSON', () => {
    expect([...graphJsonParts({ nodes: [], edges: [] })].join('')).toBe('{"nodes":[],"edges":[]}');
  });
});

describe('jsonArrayBytes (articles.json without one giant string)', () => {
  const rows = [{ slug: 'a', title: 'مستشارا «الأمن» "القومي"', paragraphs: ['فقرة', 'x\u2028y'] }, { slug: 'b', date: null }, 3, 'نص'];

  it('is the UTF-8 of JSON.stringify, whatever the piece size', () => {
    for (const size of [1, 10, 1 << 22]) expect(new TextDecoder().decode(jsonArrayBytes(rows, size))).toBe(JSON.stringify(rows));
    expect(new TextDecoder().decode(jsonArrayBytes([]))).toBe('[]');
  });
});
