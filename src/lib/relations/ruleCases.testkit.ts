// Shared by the rule-set tests (moreRules, crossRules, ssmRules, aside6Classes): read a fixtures file of sentence
// cases, build the relation graph over one article per case, and say which typed relations each case states.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { buildRelationGraph } from './buildGraph';
import { compileRelationPatterns } from './patterns';

export interface RuleCase {
  kind: string;
  text: string;
  /** [type, from, to] the sentence states. */
  relations?: Array<[string, string, string]>;
  /** Pairs named together but not related: a co-occurrence edge with no type. */
  untyped?: Array<[string, string]>;
  /** Pairs that must not be joined at all. */
  no_edge?: Array<[string, string]>;
  /** Typed relations it must not state. */
  no_type?: Array<[string, string, string]>;
}

const DIRECTED = new Set(['support', 'sanctions', 'accusation']);
export const relationKey = (type: string, a: string, b: string) => (DIRECTED.has(type) ? `${type} ${a}>${b}` : `${type} ${[a, b].sort().join('-')}`);

/** The cases of `fixture` (a URL beside the test) read through the curated patterns, one article `${prefix}${i}` each. */
export function readRuleCases(fixture: URL, prefix: string) {
  const cases = parse(readFileSync(fixture, 'utf8')) as RuleCase[];
  const data = loadCuratedData();
  const corpus = buildCorpus({ ...data, articles: cases.map((c, i) => ({ slug: `${prefix}${i}`, title: '', raw: `${prefix}${i}.txt`, tags: [], paragraphs: [c.text] })) });
  const graph = buildRelationGraph(corpus.articles, corpus.actors, compileRelationPatterns(data.relationPatterns));
  /** The typed relations the article `slug` states, as sorted keys. */
  const stated = (slug: string): string[] => {
    const out = new Set<string>();
    for (const e of graph.edges) for (const ev of e.evidence) if (ev.slug === slug) for (const r of ev.relations ?? []) out.add(relationKey(r.type, r.from, r.to));
    return [...out].sort();
  };
  /** The edge between `a` and `b` holding evidence from `slug`, if any. */
  const edgeIn = (slug: string, a: string, b: string) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    return graph.edges.find((e) => e.source === s && e.target === t && e.evidence.some((ev) => ev.slug === slug));
  };
  /** The expected keys of a case. */
  const expected = (c: RuleCase) => (c.relations ?? []).map(([t, a, b]) => relationKey(t, a, b)).sort();
  return { cases, data, stated, edgeIn, expected };
}
