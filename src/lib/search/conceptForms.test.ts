// A concept name's own forms (session 22): «verbal noun + object» also names the concept as
// «object + participle», on the real data and through the real keying.
import { describe, expect, it } from 'vitest';
import { participleOf, participlePhrases, withNameForms } from './conceptForms';
import { ctx } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';

describe('participleOf', () => {
  it('reads the passive participle of measures II, VIII and X from the verbal noun', () => {
    expect(participleOf('تجميد')).toBe('مجمد');
    expect(participleOf('الترحيل')).toBe('مرحل');
    expect(participleOf('توريد')).toBe('مورد');
    expect(participleOf('اختطاف')).toBe('مختطف');
    expect(participleOf('احتجاز')).toBe('محتجز');
    expect(participleOf('استبعاد')).toBe('مستبعد');
  });
  it('reads nothing where the shape is no one measure’s or the root changes shape', () => {
    expect(participleOf('أطفال')).toBeUndefined(); // أفعال: a plural, also IV's noun
    expect(participleOf('إطلاق')).toBeUndefined(); // IV, left out
    expect(participleOf('استدعاء')).toBeUndefined(); // hamzated
    expect(participleOf('تعاون')).toBeUndefined(); // VI
    expect(participleOf('عقوبات')).toBeUndefined();
  });
});

describe('participlePhrases', () => {
  it('turns a construct «verbal noun + definite object» round, with every agreement ending', () => {
    expect(participlePhrases('تجميد الأصول')).toEqual(['الأصول المجمد', 'الأصول المجمدة', 'الأصول المجمدين', 'الأصول المجمدون']);
    expect(participlePhrases('ترحيل الأطفال')).toContain('الأطفال المرحلين');
  });
  it('leaves a noun and its adjective, one word and three words alone', () => {
    expect(participlePhrases('التصعيد العسكري')).toEqual([]);
    expect(participlePhrases('تصعيد خطير')).toEqual([]);
    expect(participlePhrases('تجميد')).toEqual([]);
    expect(participlePhrases('إطلاق سراح الأسرى')).toEqual([]);
  });
  it('adds forms after the curated words, and never a name another concept holds', () => {
    const r = withNameForms({ names: ['تجميد الأصول'], phrases: ['ترحيل الأطفال'] }, (n) => n === 'الأصول المجمدين');
    expect(r.names[0]).toBe('تجميد الأصول');
    expect(r.names).toContain('الأصول المجمدة');
    expect(r.names).not.toContain('الأصول المجمدين');
    expect(r.phrases).toContain('الأطفال المرحلين');
  });
});

describe('the news concepts of session 22 on the real data', () => {
  const concepts = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));
  const named = (q: string) => planQuery(q, ctx).units.map((u) => u.concept).filter(Boolean);

  it('a participle phrasing carries the concept its verbal noun names', () => {
    expect(concepts('وتبقى الأصول المجمدة في بلجيكا')).toContain('uufrozenassetsuu');
    expect(concepts('عاد الأطفال المرحلون إلى ذويهم')).toContain('uudeportedchildrenuu');
    expect(named('الأطفال المختطفين')).toEqual(['deported-children']);
  });
  it('the news concepts are named by the reader’s words and found in the outlets’ words', () => {
    expect(named('ممر الحبوب')).toEqual(['grain-corridor']);
    expect(concepts('عبرت الباخرة الممر الآمن في البحر الأسود')).toContain('uugraincorridoruu');
    expect(named('سقف سعر النفط الروسي')).toContain('oil-price-cap');
    expect(concepts('الحد الأقصى لسعر برميل الخام')).toContain('uuoilpricecapuu');
    expect(concepts('إن القرار يصب الزيت على النار')).toContain('uuescalationuu');
    expect(concepts('تنويع مصادر الإمداد قبل الشتاء')).toContain('uuenergysecurityuu');
    expect(concepts('فقدان التبريد في المفاعلات')).toContain('uunuclearsafetyuu');
  });
  it('a concept word in another sense carries no concept', () => {
    expect(concepts('تجميد عضوية النادي')).toEqual([]);
    expect(concepts('مرحلة الأطفال الأولى')).toEqual([]);
    expect(concepts('صعد المتسلقون إلى الجبل')).toEqual([]);
  });
});
