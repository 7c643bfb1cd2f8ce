// Session 49 at the merge (helper 19m): mediation from its own grammar (rules_mediation) — the cases of
// __fixtures__/mediation49.yaml through the build as the site runs it (real dictionary, linking and patterns).
// Every case but the guards fails on main 3ac76b60.
import { describe, expect, it } from 'vitest';
import { readRuleCases, relationKey } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/mediation49.yaml', import.meta.url), 'n');

describe('relations: mediation read from its grammar (session 49, merge)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`n${i}`);
      if (c.no_type) for (const [t, a, b] of c.no_type) expect(got).not.toContain(relationKey(t, a, b));
      else expect(got).toEqual(expected(c));
    });
  });
});
