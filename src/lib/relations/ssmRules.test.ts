// `rules_ssm` (session 46: support, sanctions, mediation on unseen phrasing): the cases of
// __fixtures__/ssm46.yaml through the build as the site runs it (real dictionary, linking and
// patterns), and the merge's checks.
import { describe, expect, it } from 'vitest';
import { withSsmRules } from './ruleSets';
import { readRuleCases, relationKey as key } from './ruleCases.testkit';

const { cases, data, stated, expected } = readRuleCases(new URL('./__fixtures__/ssm46.yaml', import.meta.url), 's');

describe('relations: rules_ssm (support, sanctions, mediation)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`s${i}`);
      if (c.relations) expect(got).toEqual(expected(c));
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
