// Session 50 at the merge (helper 19m): aside10's unread shapes — mediation from its grammar (rules_mediation's
// session 50 block) and an unknown official acting as his title's country (noun-phrases.ts) — the cases of
// __fixtures__/aside10m.yaml through the build as the site runs it. Every case but the guards fails on main a0c1216a.
import { describe, expect, it } from 'vitest';
import { readRuleCases, relationKey } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/aside10m.yaml', import.meta.url), 'n');

describe('relations: aside10 shapes: mediation and unknown officials (session 50, merge)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`n${i}`);
      if (c.no_type) for (const [t, a, b] of c.no_type) expect(got).not.toContain(relationKey(t, a, b));
      else expect(got).toEqual(expected(c));
    });
  });
});
