// Modality (helper 19t2, session 47): wishes, threats, studied measures, conditions, cancellations and
// refusals state nothing; a game names no talks; the object of «تستهدف» is no doer, a charge or an ally
// no accused. The cases of __fixtures__/modality47.yaml through the build as the site runs it.
import { describe, expect, it } from 'vitest';
import { readRuleCases } from './ruleCases.testkit';

const { cases, stated, expected } = readRuleCases(new URL('./__fixtures__/modality47.yaml', import.meta.url), 'q');

describe('relations: modality (wishes, threats, studies, conditions, cancellations; objects that are no doer or target)', () => {
  cases.forEach((c, i) => {
    it(`${c.kind}: ${c.text.slice(0, 60)}…`, () => {
      expect(stated(`q${i}`)).toEqual(expected(c));
    });
  });
});
