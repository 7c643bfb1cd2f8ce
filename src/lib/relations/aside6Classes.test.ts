// The classes of aside6's misses and false relations (helper 19m, session 46): the cases of
// __fixtures__/aside6m.yaml through the build as the site runs it (real dictionary, linking, patterns).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { buildRelationGraph } from './buildGraph';
import { compileRelationPatterns } from './patterns';

interface Case {
  kind: string;
  text: string;
  relations?: Array<[string, string, string]>;
}

const cases = parse(readFileSync(new URL('./__fixtures__/aside6m.yaml', import.meta.url), 'utf8')) as Case[];
const data = loadCuratedData();
const corpus = buildCorpus({ ...data, articles: cases.map((c, i) => ({ slug: `m${i}`, title: '', raw: `m${i}.txt`, tags: [], paragraphs: [c.text] })) });
const graph = buildRelationGraph(corpus.articles, corpus.actors, compileRelationPatterns(data.relationPatterns));

const DIRECTED = new Set(['support', 'sanctions', 'accusation']);
const key = (type: string, a: string, b: string) => (DIRECTED.has(type) ? `${type} ${a}>${b}` : `${type} ${[a, b].sort().join('-')}`);

function stated(slug: string): string[] {
  const out = new Set<string>();
  for (const e of graph.edges) for (const ev of e.evidence) if (ev.slug === slug) for (const r of ev.relations ?? []) out.add(key(r.type, r.from, r.to));
  return [...out].sort();
}

describe('relations: the classes of aside6 (teams, venues, apart, occasions, own and rejected accusations, unnamed brokers)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      expect(stated(`m${i}`)).toEqual((c.relations ?? []).map(([t, a, b]) => key(t, a, b)).sort());
    });
  });
});
