// `rules_more` (session 45: support, sanctions, mediation): the cases of __fixtures__/more45.yaml
// through the build as the site runs it (real dictionary, linking and patterns), and the merge's checks.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { buildRelationGraph } from './buildGraph';
import { withMoreRules } from './moreRules';
import { compileRelationPatterns } from './patterns';

interface Case {
  kind: string;
  text: string;
  relations?: Array<[string, string, string]>;
  untyped?: Array<[string, string]>;
  no_edge?: Array<[string, string]>;
}

const cases = parse(readFileSync(new URL('./__fixtures__/more45.yaml', import.meta.url), 'utf8')) as Case[];
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
const edgeIn = (slug: string, a: string, b: string) => {
  const [s, t] = a < b ? [a, b] : [b, a];
  return graph.edges.find((e) => e.source === s && e.target === t && e.evidence.some((ev) => ev.slug === slug));
};

describe('relations: rules_more (support, sanctions, mediation)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const slug = `m${i}`;
      expect(stated(slug)).toEqual((c.relations ?? []).map(([t, a, b]) => key(t, a, b)).sort());
      for (const [a, b] of c.untyped ?? []) expect(edgeIn(slug, a, b)?.evidence.filter((ev) => ev.slug === slug).flatMap((ev) => ev.types), `${a} — ${b} untyped`).toEqual([]);
      for (const [a, b] of c.no_edge ?? []) expect(edgeIn(slug, a, b), `${a} — ${b} is no edge`).toBeUndefined();
    });
  });

  it('merges its classes and rules after the main ones, and refuses a class named twice', () => {
    const base = data.relationPatterns;
    const merged = withMoreRules(base);
    expect(merged.rules).toEqual([...base.rules, ...base.rules_more.rules, ...base.rules_ssm.rules]);
    expect(merged.words.backer).toEqual(base.rules_more.words.backer);
    expect(() => withMoreRules({ ...base, rules_more: { ...base.rules_more, words: { ...base.rules_more.words, meet: ['التقى'] } } })).toThrow(/"meet" is already/);
    expect(() => withMoreRules({ ...base, rules_more: { ...base.rules_more, verbs: ['nothing_here'] } })).toThrow(/no word class "nothing_here"/);
  });
});
