// `rules_cross` (session 46: talks, accusation and the readings that cut across types) with the pair,
// place and hedge changes of that session: the cases of __fixtures__/cross46.yaml through the build as
// the site runs it (real dictionary, linking and patterns), and the merge's checks.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { buildRelationGraph } from './buildGraph';
import { withCrossRules } from './crossRules';
import { withMoreRules } from './moreRules';
import { compileRelationPatterns } from './patterns';

interface Case {
  kind: string;
  text: string;
  relations?: Array<[string, string, string]>;
  untyped?: Array<[string, string]>;
}

const cases = parse(readFileSync(new URL('./__fixtures__/cross46.yaml', import.meta.url), 'utf8')) as Case[];
const data = loadCuratedData();
const corpus = buildCorpus({ ...data, articles: cases.map((c, i) => ({ slug: `x${i}`, title: '', raw: `x${i}.txt`, tags: [], paragraphs: [c.text] })) });
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

describe('relations: rules_cross (talks, accusation, pair subjects)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const slug = `x${i}`;
      expect(stated(slug)).toEqual((c.relations ?? []).map(([t, a, b]) => key(t, a, b)).sort());
      // Named together but not related: still a co-occurrence edge, with no type.
      for (const [a, b] of c.untyped ?? []) expect(edgeIn(slug, a, b)?.evidence.filter((ev) => ev.slug === slug).flatMap((ev) => ev.types), `${a} — ${b} untyped`).toEqual([]);
    });
  });

  it('merges its classes and rules after rules_more, and refuses a class named twice', () => {
    const base = withMoreRules(data.relationPatterns);
    const merged = withCrossRules(base);
    expect(merged.rules).toEqual([...base.rules, ...data.relationPatterns.rules_cross.rules]);
    expect(merged.words.pair_of).toEqual(data.relationPatterns.rules_cross.words.pair_of);
    expect(() => withCrossRules({ ...base, rules_cross: { ...base.rules_cross, words: { ...base.rules_cross.words, backer: ['داعم'] } } })).toThrow(/"backer" is already/);
    expect(() => withCrossRules({ ...base, rules_cross: { ...base.rules_cross, verbs: ['nothing_here'] } })).toThrow(/no word class "nothing_here"/);
  });
});
