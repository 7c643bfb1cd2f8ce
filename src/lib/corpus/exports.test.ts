import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelationGraph } from '../types';
import { articleParts, articlePartsIndex, exportOrder, graphJsonParts, jsonArrayParts } from './exports';
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
  const article = (slug: string, date?: string, via?: string) => ({ slug, date, via }) as unknown as CorpusArticle;
  const slugs = (parts: { n: string; articles: CorpusArticle[] }[]) => parts.map((p) => [p.n, p.articles.map((a) => a.slug)]);
  // Site order: newest first, undated last (in slug order).
  const articles = [article('e', '2025-05-01'), article('d', '2025-04-01'), article('c', '2025-03-01'), article('b', '2025-01-09'), article('a')];

  it('cuts the dated and the undated apart into parts of the given size, each from its oldest end, newest part first, none lost', () => {
    expect(slugs(articleParts(articles, 2))).toEqual([['2', ['e', 'd']], ['1', ['c', 'b']], ['undated-1', ['a']]]);
    expect(slugs(articleParts(articles.slice(0, 3), 2))).toEqual([['2', ['e']], ['1', ['d', 'c']]]);
    expect(slugs(articleParts([article('y'), article('z')], 10))).toEqual([['undated-1', ['y', 'z']]]);
    expect(articleParts([], 2)).toEqual([]);
  });

  it('orders the undated by their host page\'s date, newest first, those without a dated host last, each in slug order', () => {
    const hosts = [article('h2', '2025-06-02'), article('h1', '2025-06-01'), article('h0')];
    const undated = [article('a-old', undefined, 'h1'), article('b-lone'), article('c-new', undefined, 'h2'), article('d-gone', undefined, 'missing'), article('e-new', undefined, 'h2'), article('f-undated-host', undefined, 'h0')];
    const { dated, undated: ordered } = exportOrder([...hosts.slice(0, 2), hosts[2], ...undated]);
    expect(dated.map((a) => a.slug)).toEqual(['h2', 'h1']);
    expect(ordered.map((a) => a.slug)).toEqual(['c-new', 'e-new', 'a-old', 'b-lone', 'd-gone', 'f-undated-host', 'h0']);
  });

  it('a daily update (dated articles of the newest day, and articles embedded in its pages) changes the newest part of each only', () => {
    const day = (i: number) => `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const pad = (i: number) => String(i).padStart(3, '0');
    const siteOrder = (list: CorpusArticle[]) => [...list.filter((a) => a.date).sort((x, y) => (x.date! < y.date! ? 1 : -1)), ...list.filter((a) => !a.date).sort((x, y) => (x.slug < y.slug ? -1 : 1))];
    const byName = (parts: ReturnType<typeof articleParts<CorpusArticle>>) => new Map(parts.map((p) => [p.n, p.articles.map((a) => a.slug)]));
    for (const datedCount of [38, 40, 42]) {
      // Dated pages over as many days, every second one embedding an article, and 10 undated pages.
      const dated = Array.from({ length: datedCount }, (_, i) => article(`p${pad(i)}`, day(i))).reverse();
      const undated = [
        ...Array.from({ length: datedCount / 2 }, (_, i) => article(`p${pad(i * 2)}-e1`, undefined, `p${pad(i * 2)}`)),
        ...Array.from({ length: 10 }, (_, i) => article(`q${i}`)),
      ];
      const before = articleParts(siteOrder([...dated, ...undated]), 7);
      // Three pages of a new newest day, two embedding an article each; the slugs sort anywhere
      // among the older ones (real slugs come from the titles), so in site order the embedded
      // ones fall among the undated, not at an end.
      const update = [article('a1', '2025-03-01'), article('p0x', '2025-03-01'), article('z1', '2025-03-01'), article('p0x-e1', undefined, 'p0x'), article('z1-e1', undefined, 'z1')];
      const after = articleParts(siteOrder([...dated, ...undated, ...update]), 7);
      const [b, a] = [byName(before), byName(after)];
      const newest = [before[0].n, before.find((p) => p.n.startsWith('undated-'))!.n];
      const changed = [...b.keys()].filter((n) => JSON.stringify(b.get(n)) !== JSON.stringify(a.get(n)));
      expect(changed.filter((n) => !newest.includes(n))).toEqual([]);
      // The newest undated part always takes the update's embedded articles.
      expect(changed).toContain(newest[1]);
      expect(after.flatMap((p) => p.articles)).toHaveLength(dated.length + undated.length + update.length);
    }
  });

  it('the index names each part, its article count and its date range (undated parts have none)', () => {
    expect(articlePartsIndex(articleParts(articles, 2), 2)).toEqual({
      articles: 5,
      per_part: 2,
      parts: [
        { json: 'part-2.json.br', csv: 'part-2.csv.gz', actors: 'part-2.actors.json.br', articles: 2, from: '2025-04-01', to: '2025-05-01' },
        { json: 'part-1.json.br', csv: 'part-1.csv.gz', actors: 'part-1.actors.json.br', articles: 2, from: '2025-01-09', to: '2025-03-01' },
        { json: 'part-undated-1.json.br', csv: 'part-undated-1.csv.gz', actors: 'part-undated-1.actors.json.br', articles: 1, from: null, to: null },
      ],
    });
  });
});
