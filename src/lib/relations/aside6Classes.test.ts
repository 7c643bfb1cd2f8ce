// The classes of aside6's misses and false relations (helper 19m, session 46): the cases of
// __fixtures__/aside6m.yaml through the build as the site runs it (real dictionary, linking, patterns).
import { describe, expect, it } from 'vitest';
import { readRuleCases } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/aside6m.yaml', import.meta.url), 'm');

describe('relations: the classes of aside6 (teams, venues, apart, occasions, own and rejected accusations, unnamed brokers)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      expect(stated(`m${i}`)).toEqual(expected(c));
    });
  });
});
