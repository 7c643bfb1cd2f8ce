import { describe, expect, it } from 'vitest';
import { countNoun } from './count';

const relations = { one: 'علاقة واحدة', two: 'علاقتان', few: 'علاقات', many: 'علاقة' };

describe('countNoun: the number agrees with its noun', () => {
  it('says 1 and 2 by the noun, 3–10 with the plural, 11 and more with the singular', () => {
    expect(countNoun(1, relations)).toBe('علاقة واحدة');
    expect(countNoun(2, relations)).toBe('علاقتان');
    expect(countNoun(3, relations)).toBe('3 علاقات');
    expect(countNoun(10, relations)).toBe('10 علاقات');
    expect(countNoun(11, relations)).toBe('11 علاقة');
    expect(countNoun(250, relations)).toBe('250 علاقة');
  });

  it('says nothing counted with its own form when it has one', () => {
    expect(countNoun(0, relations)).toBe('0 علاقة');
    expect(countNoun(0, { ...relations, zero: 'لا علاقة' })).toBe('لا علاقة');
  });
});
