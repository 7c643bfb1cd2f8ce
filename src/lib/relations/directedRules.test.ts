// Session 48 (helper 19d): support, sanctions and accusation with their direction — a denial naming the accuser, a
// package adopted in any tense, a verbal noun of imposing, a gift received with its giver after it, a subject carried
// from the sentence before, an occasion between accuser and accused, a body's nisba joined by «و», a reason on «ل»
// — the cases of __fixtures__/directed48.yaml through the build as the site runs it (real dictionary, linking, patterns).
import { describe, expect, it } from 'vitest';
import { readRuleCases } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/directed48.yaml', import.meta.url), 'dr');

describe('relations: directed relations on unseen wording (session 48)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      expect(stated(`dr${i}`)).toEqual(expected(c));
    });
  });
});
