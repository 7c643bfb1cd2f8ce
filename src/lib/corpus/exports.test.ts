import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelationGraph } from '../types';
import { articlePart, articleParts, articlePartsIndex, graphJsonParts, jsonArrayParts } from './exports';
import type { CorpusArticle } from './types';

const node = (id: string): GraphNode => ({ id, name: `«${id}» \\ "ن"`, en: id, type: 'person', articles: 1, firstDate: null, lastDate: null, topics: [] });
const edge = (source: string, target: string): GraphEdge => ({
  source, target, weight: 2, articles: 1, types: [], topics: [], firstDate: '2025-03-19', lastDate: null,
  evidence: [{ slug: 's', paragraph: 'p-1', sentence: 'بحث الطرفان "وقف النار".', date: null, types: [] }],
} as unknown as GraphEdge);

describe('graphJsonParts (the text of /data/graph.json.br)', () => {
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

describe('jsonArrayParts (the articles export without one giant string)', () => {
  const rows = [{ slug: 'a', title: 'مستشارا «الأمن» "القومي"', paragraphs: ['فقرة', 'x\u2028y'] }, { slug: 'b', date: null }, 3, 'نص'];

  it('joins to exactly JSON.stringify, whatever the piece size', () => {
    for (const size of [1, 10, 1 << 22]) expect([...jsonArrayParts(rows, size)].join('')).toBe(JSON.stringify(rows));
    expect([...jsonArrayParts([])].join('')).toBe('[]');
  });

  it('yields pieces as it goes: no piece much longer than the piece size', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ slug: `s${i}`, paragraphs: ['نص المقال'] }));
    const parts = [...jsonArrayParts(many, 200)];
    expect(parts.length).toBeGreaterThan(50);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(200 + JSON.stringify(many[0]).length + 2);
  });
});

describe('the articles export in parts', () => {
  const article = (slug: string, date?: string) => ({ slug, date }) as unknown as CorpusArticle;
  // Site order: newest first, undated last.
  const articles = [article('e', '2025-05-01'), article('d', '2025-04-01'), article('c', '2025-03-01'), article('b', '2025-01-09'), article('a')];

  it('cuts the site order into consecutive parts of the given size from the oldest end, newest part first, none lost', () => {
    const parts = articleParts(articles, 2);
    expect(parts.map((p) => p.map((a) => a.slug))).toEqual([['e'], ['d', 'c'], ['b', 'a']]);
    expect(articlePart(articles, 1, 2).map((a) => a.slug)).toEqual(['b', 'a']);
    expect(articlePart(articles, 3, 2).map((a) => a.slug)).toEqual(['e']);
    expect(articlePart(articles, 4, 2)).toEqual([]);
    expect(articleParts(articles, 10)).toEqual([articles]);
    expect(articleParts([], 2)).toEqual([]);
  });

  it('a newer article changes the newest part only; the older parts keep their rows', () => {
    const grown = [article('f', '2025-06-01'), ...articles];
    const before = articleParts(articles, 2);
    const after = articleParts(grown, 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0].map((a) => a.slug)).toEqual(['f', 'e']);
    // A sixth article fills the newest part; a seventh opens part 4, and parts 1–3 stay.
    const seventh = [article('g', '2025-07-01'), ...grown];
    expect(articleParts(seventh, 2).slice(1)).toEqual(after);
  });

  it('the index names each part, its article count and its date range (undated articles out of the range)', () => {
    expect(articlePartsIndex(articles, 2)).toEqual({
      articles: 5,
      per_part: 2,
      parts: [
        { json: 'part-3.json.br', csv: 'part-3.csv.gz', actors: 'part-3.actors.json.br', articles: 1, from: '2025-05-01', to: '2025-05-01' },
        { json: 'part-2.json.br', csv: 'part-2.csv.gz', actors: 'part-2.actors.json.br', articles: 2, from: '2025-03-01', to: '2025-04-01' },
        { json: 'part-1.json.br', csv: 'part-1.csv.gz', actors: 'part-1.actors.json.br', articles: 2, from: '2025-01-09', to: '2025-01-09' },
      ],
    });
  });
});
