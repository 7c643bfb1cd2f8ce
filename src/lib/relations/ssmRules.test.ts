// `rules_ssm` (session 46: support, sanctions, mediation on unseen phrasing): the cases of
// __fixtures__/ssm46.yaml through the build as the site runs it (real dictionary, linking and
// patterns), and the merge's checks.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { buildRelationGraph } from './buildGraph';
import { compileRelationPatterns } from './patterns';
import { withSsmRules } from './ssmRules';

interface Case {
  kind: string;
  text: string;
  /** Every typed relation the sentence must state ([type, from, to]; undirected types in any order). */
  relations?: Array<[string, string, string]>;
  /** Typed relations it must not state. */
  no_type?: Array<[string, string, string]>;
}

const cases = parse(readFileSync(new URL('./__fixtures__/ssm46.yaml', import.meta.url), 'utf8')) as Case[];
const data = loadCuratedData();
const corpus = buildCorpus({ ...data, articles: cases.map((c, i) => ({ slug: `s${i}`, title: '', raw: `s${i}.txt`, tags: [], paragraphs: [c.text] })) });
const graph = buildRelationGraph(corpus.articles, corpus.actors, compileRelationPatterns(data.relationPatterns));

const DIRECTED = new Set(['support', 'sanctions', 'accusation']);
const key = (type: string, a: string, b: string) => (DIRECTED.has(type) ? `${type} ${a}>${b}` : `${type} ${[a, b].sort().join('-')}`);

function stated(slug: string): string[] {
  const out = new Set<string>();
  for (const e of graph.edges) for (const ev of e.evidence) if (ev.slug === slug) for (const r of ev.relations ?? []) out.add(key(r.type, r.from, r.to));
  return [...out].sort();
}

describe('relations: rules_ssm (support, sanctions, mediation)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`s${i}`);
      if (c.relations) expect(got).toEqual(c.relations.map(([t, a, b]) => key(t, a, b)).sort());
      for (const [t, a, b] of c.no_type ?? []) expect(got).not.toContain(key(t, a, b));
    });
  });

  it('merges its classes and rules after rules_more, and refuses a class named twice', () => {
    const base = data.relationPatterns;
    const merged = withSsmRules(base);
    expect(merged.rules.slice(-base.rules_ssm.rules.length)).toEqual(base.rules_ssm.rules);
    expect(merged.words.thank_for).toEqual(base.rules_ssm.words.thank_for);
    expect(() => withSsmRules({ ...base, rules_ssm: { ...base.rules_ssm, words: { ...base.rules_ssm.words, meet: ['التقى'] } } })).toThrow(/"meet" is already/);
    expect(() => withSsmRules({ ...base, rules_ssm: { ...base.rules_ssm, verbs: ['nothing_here'] } })).toThrow(/no word class "nothing_here"/);
  });
});
