import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildFormIndex, expandFamily, withoutArticle, type WordFamilyInput } from './forms';
import { normalizeArabic } from './normalize';

const families: WordFamilyInput[] = parse(readFileSync('content/word-forms.yaml', 'utf8'));
const index = buildFormIndex(families);
const fam = (word: string) => index.familyOf(withoutArticle(normalizeArabic(word)));

describe('word families (content/word-forms.yaml)', () => {
  it('joins broken plurals to their singular', () => {
    expect(fam('الأسرى')).toBe(fam('أسير'));
    expect(fam('قوات')).toBe(fam('قوة'));
    expect(fam('صواريخ')).toBe(fam('صاروخ'));
    expect(fam('الجنود')).toBe(fam('جندي'));
  });
  it('joins verbs and verbal nouns of one root', () => {
    expect(fam('توسطت')).toBe(fam('الوساطة'));
    expect(fam('يتفاوض')).toBe(fam('مفاوضات'));
    expect(fam('أفرجت')).toBe(fam('الإفراج'));
  });
  it('generates duals and adjective agreement', () => {
    expect(fam('اتفاقيتين')).toBe(fam('اتفاق'));
    expect(fam('العسكرية')).toBe(fam('عسكري'));
    expect(fam('النوويين')).toBe(fam('نووي'));
  });
  it('leaves words outside a family alone (no rule stemming)', () => {
    expect(fam('الزيتون')).toBeUndefined();
    expect(fam('زيت')).toBeUndefined();
    expect(fam('قوت')).toBeUndefined();
    expect(fam('أسرة')).toBeUndefined();
    expect(fam('أسرى')).not.toBe(fam('أسرة'));
  });
  it('reads a pronoun suffix only on families that list it (قمتهم → قمة; شرطة is no شرط)', () => {
    const suf = (word: string) => index.suffixedFamilyOf(normalizeArabic(word));
    expect(suf('قمتهم')).toBe(fam('قمة'));
    expect(suf('مفاوضاتهما')).toBe(fam('مفاوضات'));
    expect(suf('عقوباتها')).toBe(fam('العقوبات'));
    expect(suf('شرطة')).toBeUndefined();
    expect(suf('قمة')).toBeUndefined();
    const small = buildFormIndex([{ forms: ['خطة'], suffixes: ['ها'] }, { forms: ['شرط'] }]);
    expect(small.suffixedFamilyOf('خطتها')).toBe('خطه');
    expect(small.suffixedFamilyOf('شرطها')).toBeUndefined();
  });
  it('rejects a form two families claim, naming both', () => {
    expect(() => buildFormIndex([{ forms: ['قوة', 'قوات'] }, { forms: ['قوات'] }])).toThrow(/«قوات».*«قوه».*«قوات»/);
  });
  it('normalises forms and puts the key first', () => {
    const f = expandFamily({ key: 'أسير', forms: ['أسرى'], inflect: 'dual' });
    expect(f.forms[0]).toBe('اسير');
    expect(f.forms).toContain('اسيران');
  });
});
