// Session 47 at the merge (helper 19m): aside7's recurring misses fixed by class — entry bans, a package adopted
// verb-first, the heads of several countries in one meeting with a third, teams and olympiads — the cases of
// __fixtures__/merge47.yaml through the build as the site runs it (real dictionary, linking and patterns).
import { describe, expect, it } from 'vitest';
import { readRuleCases } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/merge47.yaml', import.meta.url), 'm');

describe('relations: aside7 classes at the merge (session 47)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      expect(stated(`m${i}`)).toEqual(expected(c));
    });
  });
});
