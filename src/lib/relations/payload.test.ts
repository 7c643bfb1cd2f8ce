import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelationEvidence, RelationGraph } from '../types';
import { drawnEdgeEvidence, EVIDENCE_PER_EDGE, evidenceSlugs, graphPagePayload } from './payload';
import { buildGraphView } from './view';

const node = (id: string, articles: number): GraphNode => ({ id, name: id, en: id, type: 'person', articles, firstDate: null, lastDate: null, topics: [] });
const evidence = (slug: string, n: number): RelationEvidence[] =>
  Array.from({ length: n }, (_, i) => ({ slug: `${slug}-${i % 3}`, paragraph: `p-${i}`, sentence: 's', date: null, types: [] }));
const edge = (source: string, target: string, weight: number): GraphEdge => ({
  source, target, weight, articles: 1, types: ['talks'], topics: [], firstDate: null, lastDate: null, evidence: evidence(source, weight),
});

const graph: RelationGraph = {
  nodes: [node('a', 5), node('b', 4), node('c', 3)],
  edges: [edge('a', 'b', 40), edge('b', 'c', 2)],
};

describe('the /graph/ page payload', () => {
  const view = buildGraphView(graph);

  it('carries the drawn nodes and edges, with evidence counts instead of sentences', () => {
    const payload = graphPagePayload(view, '/kb/');
    expect(payload.base).toBe('/kb/');
    expect(payload.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(payload.edges.find((e) => e.source === 'a')?.evidence).toBe(40);
    expect(Object.keys(payload)).toEqual(['base', 'threshold', 'nodes', 'edges', 'relationLabels', 'typeLabels']);
  });

  it('evidence file: the drawn edges keyed source|target, capped per edge, with the slugs they cite', () => {
    const edges = drawnEdgeEvidence(graph, view);
    expect(Object.keys(edges).sort()).toEqual(['a|b', 'b|c']);
    expect(edges['a|b'].total).toBe(40);
    expect(edges['a|b'].evidence).toHaveLength(EVIDENCE_PER_EDGE);
    expect(new Set(evidenceSlugs(edges))).toEqual(new Set(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']));
  });
});
