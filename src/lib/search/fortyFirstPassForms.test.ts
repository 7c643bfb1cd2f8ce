// Forty-first pass (session 49, helper 15m): forms the blind aside41 showed missing.
import { describe, expect, it } from 'vitest';
import { finds } from './curatedMatch.testkit';

describe('a loanword singular written with its long vowel reaches the broken plural', () => {
  it('كاردينال as كردينال: the cardinals (الكرادلة) of a page', () => {
    const page = 'وقال السفير إن أحد الكرادلة الإيطاليين زار كييف وموسكو بتكليف من البابا';
    expect(finds('كاردينال', page)).toBe(true);
    expect(finds('الكاردينال', page)).toBe(true);
    expect(finds('كردينال', page)).toBe(true);
  });
  it('does not join the plural to an unrelated word (guard)', () => {
    expect(finds('كاردينال', 'وقال السفير إن أحد الكهنة الإيطاليين زار كييف')).toBe(false);
  });
});
