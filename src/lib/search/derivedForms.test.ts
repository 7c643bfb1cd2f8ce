import { describe, expect, it } from 'vitest';
import { verbFamily, verbForms } from './derivedForms';

describe('verbFamily: a sound root and a measure give the verbal noun and its verbs', () => {
  it('writes measure VII (انسحاب) with past, present, future and the noun first', () => {
    const f = verbFamily({ root: 'سحب', measure: 'VII' });
    expect(f.key).toBe('انسحاب');
    for (const w of ['انسحاب', 'انسحابات', 'انسحب', 'انسحبت', 'انسحبوا', 'انسحبا', 'ينسحب', 'تنسحب', 'ينسحبون', 'سينسحب', 'ستنسحب']) expect(f.forms, w).toContain(w);
  });
  it('assimilates the ت of measure VIII (اصطدام، ازدحام، اتصال) and writes X, III, IV', () => {
    expect(verbFamily({ root: 'صدم', measure: 'VIII' }).forms).toEqual(expect.arrayContaining(['اصطدام', 'اصطدمت', 'يصطدم']));
    expect(verbFamily({ root: 'زحم', measure: 'VIII' }).forms).toEqual(expect.arrayContaining(['ازدحام', 'ازدحم']));
    expect(verbFamily({ root: 'وصل', measure: 'VIII' }).forms).toEqual(expect.arrayContaining(['اتصال', 'اتصلت', 'يتصل', 'اتصالات']));
    expect(verbFamily({ root: 'هدف', measure: 'X' }).forms).toEqual(expect.arrayContaining(['استهداف', 'استهدفت', 'يستهدف', 'تستهدف']));
    expect(verbFamily({ root: 'شرك', measure: 'III' }).forms).toEqual(expect.arrayContaining(['مشاركه', 'مشاركات', 'شارك', 'شاركت', 'يشارك']));
    expect(verbFamily({ root: 'علن', measure: 'IV' }).forms).toEqual(expect.arrayContaining(['اعلان', 'اعلنت', 'يعلن']));
    expect(verbFamily({ root: 'عون', measure: 'VI' }).forms).toEqual(expect.arrayContaining(['تعاون', 'يتعاون', 'تتعاون']));
  });
  it('leaves out the bare past when the data says it is another word (II جمّد → جمد «frozen»)', () => {
    const f = verbFamily({ root: 'جمد', measure: 'II', bare: false });
    expect(f.forms).not.toContain('جمد');
    expect(f.forms).toEqual(expect.arrayContaining(['تجميد', 'جمدت', 'يجمد']));
  });
  it('rejects a root that is not three letters', () => {
    expect(() => verbFamily({ root: 'ترجم', measure: 'II' })).toThrow(/ترجم.*three letters/);
  });
  it('writes the jussive plural and the second person plural (لم ينسحبوا، تنسحبون), each form labelled', () => {
    const f = verbFamily({ root: 'سحب', measure: 'VII' });
    for (const w of ['ينسحبوا', 'تنسحبوا', 'تنسحبون', 'ننسحب']) expect(f.forms, w).toContain(w);
    const kinds = new Map(verbForms('سحب', 'VII').map((x) => [x.form, x.kind]));
    expect(kinds.get('انسحاب')).toBe('noun');
    expect(kinds.get('انسحب')).toBe('past');
    expect(kinds.get('ينسحبوا')).toBe('jussiveThey');
  });
});
