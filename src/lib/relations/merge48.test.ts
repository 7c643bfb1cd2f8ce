// Session 48 at the merge (helper 19m): speaking «إلى» a person, and blaming with a few words between the blamed and
// «المسؤولية» — the cases of __fixtures__/merge48.yaml through the build as the site runs it (real dictionary,
// linking and patterns). Every case but the guards fails on s48-merge c7bb80b7.
import { describe, expect, it } from 'vitest';
import { readRuleCases, relationKey } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/merge48.yaml', import.meta.url), 'm');

describe('relations: speaking to, blaming a share (session 48, merge)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`m${i}`);
      if (c.no_type) for (const [t, a, b] of c.no_type) expect(got).not.toContain(relationKey(t, a, b));
      else expect(got).toEqual(expected(c));
    });
  });
});
