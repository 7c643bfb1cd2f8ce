// Session 48 (helper 19t): recall on unseen shapes — a dual or plural verb after a coordinated subject, a trip made
// to meet someone, the passive and impersonal voice, relative clauses, arrest warrants, the direction of an
// accusation, a list in apposition to a list, and their hedges — the cases of __fixtures__/shapes48.yaml through the
// build as the site runs it (real dictionary, linking and patterns). Every case but the guards fails on main 85ccebc5.
import { describe, expect, it } from 'vitest';
import { withExtraRuleSets, withShapesRules } from './ruleSets';
import { readRuleCases } from './ruleCases.testkit';

const { cases, data, stated, expected } = readRuleCases(new URL('./__fixtures__/shapes48.yaml', import.meta.url), 'h');

describe('relations: unseen shapes (session 48)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      expect(stated(`h${i}`)).toEqual(expected(c));
    });
  });

  it('tries rules_shapes after every other set, and refuses a class it names twice', () => {
    const p = data.relationPatterns;
    const all = withExtraRuleSets(p);
    expect(all.rules.slice(-p.rules_shapes.rules.length)).toEqual(p.rules_shapes.rules);
    expect(all.words.travel).toEqual(p.rules_shapes.words.travel);
    expect(() => withShapesRules({ ...p, rules_shapes: { ...p.rules_shapes, words: { ...p.rules_shapes.words, meet: ['التقى'] } } })).toThrow(/"meet" is already/);
  });
});
