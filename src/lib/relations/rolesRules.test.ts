// `rules_first` (tried before `rules`: the voice and the role a word plays) and `rules_roles` (after every other
// set: slot R, briefing, pair and delegation subjects) of session 47, with the engine changes they need (slot R,
// a delegation's country beside its head, a dateline before the first clause): the cases of
// __fixtures__/roles47.yaml through the build as the site runs it (real dictionary, linking and patterns).
import { describe, expect, it } from 'vitest';
import { withCrossRules, withExtraRuleSets, withFirstRules, withMoreRules, withRolesRules } from './ruleSets';
import { readRuleCases } from './ruleCases.testkit';

const { cases, data, stated, edgeIn, expected } = readRuleCases(new URL('./__fixtures__/roles47.yaml', import.meta.url), 'r');

describe('relations: rules_first and rules_roles (session 47)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      const slug = `r${i}`;
      expect(stated(slug)).toEqual(expected(c));
      // Named together but not related: still a co-occurrence edge, with no type.
      for (const [a, b] of c.untyped ?? []) expect(edgeIn(slug, a, b)?.evidence.filter((ev) => ev.slug === slug).flatMap((ev) => ev.types), `${a} — ${b} untyped`).toEqual([]);
    });
  });

  it('tries rules_first before rules and rules_roles after every other set, and refuses a class named twice', () => {
    const p = data.relationPatterns;
    const later = withCrossRules(withMoreRules(p));
    const all = withExtraRuleSets(p);
    // (Session 48's sets: rules_directed_first right after rules_first; rules_directed after rules_roles; rules_shapes last.)
    expect(all.rules).toEqual([...p.rules_first.rules, ...p.rules_mediation.rules, ...p.rules_directed_first.rules, ...later.rules, ...p.rules_roles.rules, ...p.rules_directed.rules, ...p.rules_shapes.rules]);
    expect(all.words.carry).toEqual(p.rules_first.words.carry);
    expect(all.words.brief).toEqual(p.rules_roles.words.brief);
    expect(() => withFirstRules({ ...later, rules_first: { ...p.rules_first, words: { ...p.rules_first.words, meet: ['التقى'] } } })).toThrow(/"meet" is already/);
    expect(() => withRolesRules({ ...later, rules_roles: { ...p.rules_roles, verbs: ['nothing_here'] } })).toThrow(/no word class "nothing_here"/);
  });
});
