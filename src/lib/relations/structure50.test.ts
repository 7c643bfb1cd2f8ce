// Session 50 (helper 19a): structure, not vocabulary — parentheticals, proxies, adjunct meetings; the
// cases of __fixtures__/structure50.yaml through the build as the site runs it (real dictionary, linking and patterns).
// Every case but the guards fails on main a0c1216a.
import { describe, expect, it } from 'vitest';
import { readRuleCases, relationKey } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/structure50.yaml', import.meta.url), 's');

describe('relations: sentence structure (session 50)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`s${i}`);
      if (c.no_type) for (const [t, a, b] of c.no_type) expect(got).not.toContain(relationKey(t, a, b));
      else expect(got).toEqual(expected(c));
    });
  });
});
