import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelationEvidence, RelationGraph } from '../types';
import { drawnEdgeEvidence, EVIDENCE_PER_EDGE, evidenceBySource, evidenceFilePath, evidenceSlugs, graphPagePayload } from './payload';
import { loadCuratedData } from '../data/load';
import { compileRelationPatterns, relationWords } from './patterns';
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
  const patterns = compileRelationPatterns(loadCuratedData().relationPatterns);
  const words = relationWords(patterns.labels, patterns.cooccurrenceLabel);

  it('carries the drawn nodes and edges, with evidence counts instead of sentences', () => {
    const payload = graphPagePayload(view, '/kb/', words);
    expect(payload.base).toBe('/kb/');
    expect(payload.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(payload.edges.find((e) => e.source === 'a')?.evidence).toBe(40);
    expect(Object.keys(payload)).toEqual(['base', 'evidenceFile', 'months', 'defaults', 'nodes', 'edges', 'relationTypes', 'relationLabels', 'directedWords', 'cooccurrenceLabel', 'typeLabels']);
    // Relations carry their direction and months; the sentences themselves load on demand.
    expect(payload.edges.find((e) => e.source === 'a')?.relations[0]).toMatchObject({ type: 'talks', directed: false });
    expect(JSON.stringify(payload)).not.toContain('"sentence"');
    // The wording is the patterns file's: «عقوبات من X على Y».
    expect(payload.relationLabels.sanctions).toBe('عقوبات');
    expect(payload.directedWords.sanctions).toEqual(['من', 'على']);
    expect(payload.directedWords.talks).toBeUndefined();
  });

  it('evidence file: the drawn edges keyed source|target, capped per edge, with the slugs they cite', () => {
    const edges = drawnEdgeEvidence(graph, view);
    expect(Object.keys(edges).sort()).toEqual(['a|b', 'b|c']);
    expect(edges['a|b'].total).toBe(40);
    expect(edges['a|b'].evidence).toHaveLength(EVIDENCE_PER_EDGE);
    expect(EVIDENCE_PER_EDGE).toBeLessThan(40);
    expect(new Set(evidenceSlugs(edges))).toEqual(new Set(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']));
  });

  it('evidence files: one per source actor, so opening an edge fetches only that actor\'s edges', () => {
    const many: RelationGraph = {
      nodes: [node('a', 5), node('b', 4), node('c', 3), node('d', 2)],
      edges: [edge('a', 'b', 4), edge('a', 'c', 3), edge('b', 'c', 2), edge('c', 'd', 2)],
    };
    const files = evidenceBySource(drawnEdgeEvidence(many, buildGraphView(many)));
    expect([...files.keys()]).toEqual(['a', 'b', 'c']);
    expect(Object.keys(files.get('a')!)).toEqual(['a|b', 'a|c']);
    expect(Object.keys(files.get('c')!)).toEqual(['c|d']);
    // The page finds an edge's file from the payload's pattern and the edge's source.
    const payload = graphPagePayload(buildGraphView(many), '/', words);
    expect(payload.evidenceFile.replace('{source}', 'a')).toBe(evidenceFilePath('a'));
    expect(evidenceFilePath('a')).toBe('/graph/evidence/a.json');
  });
});
