// Session 49 (helper 19g): the general reader — the cases of __fixtures__/general49.yaml through the build as the site
// runs it (real dictionary, linking and patterns). Every case but the guards fails with `general_reader` left out of
// content/relation-patterns.yaml; the guards hold both ways.
import { describe, expect, it } from 'vitest';
import { readRuleCases, relationKey } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/general49.yaml', import.meta.url), 'g');

describe('relations: the general reader (session 49)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const got = stated(`g${i}`);
      for (const key of expected(c)) expect(got).toContain(key);
      for (const [t, a, b] of c.no_type ?? []) expect(got).not.toContain(relationKey(t, a, b));
    });
  });
});
