// `rules_more` (session 45: support, sanctions, mediation): the cases of __fixtures__/more45.yaml
// through the build as the site runs it (real dictionary, linking and patterns), and the merge's checks.
import { describe, expect, it } from 'vitest';
import { withMoreRules } from './ruleSets';
import { readRuleCases } from './ruleCases.testkit';

const { cases, data, stated, edgeIn, expected } = readRuleCases(new URL('./__fixtures__/more45.yaml', import.meta.url), 'm');

describe('relations: rules_more (support, sanctions, mediation)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const slug = `m${i}`;
      expect(stated(slug)).toEqual(expected(c));
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
