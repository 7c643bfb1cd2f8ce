// One case per kind of wrong or missing relation the issue names (__fixtures__/kinds.yaml),
// through the build as the site runs it: real dictionary, real linking, real patterns.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import type { GraphEdge } from '../types';
import { buildRelationGraph } from './buildGraph';
import { compileRelationPatterns } from './patterns';

interface KindCase {
  kind: string;
  text: string;
  relations?: Array<[string, string, string]>;
  untyped?: Array<[string, string]>;
  no_edge?: Array<[string, string]>;
}

const cases = parse(readFileSync(new URL('./__fixtures__/kinds.yaml', import.meta.url), 'utf8')) as KindCase[];
const data = loadCuratedData();
const corpus = buildCorpus({ ...data, articles: cases.map((c, i) => ({ slug: `k${i}`, title: '', raw: `k${i}.txt`, tags: [], paragraphs: [c.text] })) });
const graph = buildRelationGraph(corpus.articles, corpus.actors, compileRelationPatterns(data.relationPatterns));

/** What the graph says about one case's sentence: "type a-b" (undirected, sorted) or "type a>b". */
function stated(slug: string): string[] {
  const out = new Set<string>();
  for (const e of graph.edges) {
    for (const ev of e.evidence) {
      if (ev.slug !== slug) continue;
      for (const r of ev.relations ?? []) out.add(r.directed ? `${r.type} ${r.from}>${r.to}` : `${r.type} ${[r.from, r.to].sort().join('-')}`);
    }
  }
  return [...out].sort();
}

function edgeIn(slug: string, a: string, b: string): GraphEdge | undefined {
  const [s, t] = a < b ? [a, b] : [b, a];
  return graph.edges.find((e) => e.source === s && e.target === t && e.evidence.some((ev) => ev.slug === slug));
}

const DIRECTED = new Set(['support', 'sanctions', 'accusation']);
const normalise = ([type, a, b]: [string, string, string]) => (DIRECTED.has(type) ? `${type} ${a}>${b}` : `${type} ${[a, b].sort().join('-')}`);

describe('relations: one case per kind', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const slug = `k${i}`;
      expect(stated(slug)).toEqual((c.relations ?? []).map(normalise).sort());
      for (const [a, b] of c.untyped ?? []) {
        const e = edgeIn(slug, a, b);
        expect(e, `${a} — ${b} are mentioned together`).toBeDefined();
        expect(e!.evidence.filter((ev) => ev.slug === slug).flatMap((ev) => ev.types), `${a} — ${b} untyped`).toEqual([]);
      }
      for (const [a, b] of c.no_edge ?? []) expect(edgeIn(slug, a, b), `${a} — ${b} is no edge`).toBeUndefined();
    });
  });

  it('a pair only mentioned together is the weaker kind, never typed', () => {
    const i = cases.findIndex((c) => c.kind === 'cooccurrence');
    const e = edgeIn(`k${i}`, 'china', 'india')!;
    expect(e).toMatchObject({ kind: 'cooccurrence', types: [], relations: [], typedWeight: 0 });
  });
});
