// `rules_cross` (session 46: talks, accusation and the readings that cut across types) with the pair,
// place and hedge changes of that session: the cases of __fixtures__/cross46.yaml through the build as
// the site runs it (real dictionary, linking and patterns), and the merge's checks.
import { describe, expect, it } from 'vitest';
import { withCrossRules } from './ruleSets';
import { withMoreRules } from './ruleSets';
import { readRuleCases } from './ruleCases.testkit';

const { cases, data, stated, edgeIn, expected } = readRuleCases(new URL('./__fixtures__/cross46.yaml', import.meta.url), 'x');

describe('relations: rules_cross (talks, accusation, pair subjects)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const slug = `x${i}`;
      expect(stated(slug)).toEqual(expected(c));
      // Named together but not related: still a co-occurrence edge, with no type.
      for (const [a, b] of c.untyped ?? []) expect(edgeIn(slug, a, b)?.evidence.filter((ev) => ev.slug === slug).flatMap((ev) => ev.types), `${a} — ${b} untyped`).toEqual([]);
    });
  });

  it('merges its classes and rules after rules_more, and refuses a class named twice', () => {
    const base = withMoreRules(data.relationPatterns);
    const merged = withCrossRules(base);
    expect(merged.rules).toEqual([...base.rules, ...data.relationPatterns.rules_cross.rules]);
    expect(merged.words.pair_of).toEqual(data.relationPatterns.rules_cross.words.pair_of);
    expect(() => withCrossRules({ ...base, rules_cross: { ...base.rules_cross, words: { ...base.rules_cross.words, backer: ['داعم'] } } })).toThrow(/"backer" is already/);
    expect(() => withCrossRules({ ...base, rules_cross: { ...base.rules_cross, verbs: ['nothing_here'] } })).toThrow(/no word class "nothing_here"/);
  });
});
