// Issue 15, fifteenth pass, part two (session 23): a ة word's ات plural keeps a key of its own, a family
// form keeps a first letter the clitic rule would take (البحارة ≠ «صيف حار»), and ه as a plural's root
// letter where the pattern says so (الرهبان ← راهب). Sentences written here, in the shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { ctx, finds, key, readAs } from './curatedMatch.testkit';
import { matchRanges } from './excerpt';
import { planQuery } from './keys';


describe('ة ↔ ات in another sense: the plural query ranks the plural above the singular', () => {
  it('a page with only the ة singular holds the plural query’s key at the low weight, a page with the plural at full weight', () => {
    expect(readAs('العبارات', 'رست عبارة تقل الشاحنات في ميناء أكتاو')).toEqual({ low: true, full: false });
    expect(readAs('العبارات', 'ردد المحتجون عبارات مناهضة للحرب')).toEqual({ low: false, full: true });
    // «الخزانة» is a name's word (وزارة الخزانة): the Treasury, never the tanks.
    expect(readAs('الخزانات', 'قالت الخزانة العمومية إن العجز تراجع')).toEqual({ low: false, full: false });
    // A word read with its written hamza has no ة ↔ ات link: «آلية» (mechanism) is no «الآليات» (vehicles).
    expect(readAs('الآليات', 'اتفق الطرفان على آلية للرقابة')).toEqual({ low: false, full: false });
    expect(readAs('الخزانات', 'اشتعلت النيران في خزانات الوقود')).toEqual({ low: false, full: true });
    expect(readAs('الدوريات', 'يجتمع المجلس بصورة دورية')).toEqual({ low: true, full: false });
    expect(readAs('الإشارات', 'في إشارة إلى العقوبات الأوروبية')).toEqual({ low: true, full: false });
  });
  it('the singular query still finds the plural at full weight, and the singular with a pronoun or in the dual is read too', () => {
    expect(readAs('عبارة', 'ردد المحتجون عبارات مناهضة للحرب')).toEqual({ low: false, full: true });
    expect(readAs('العبارات', 'أبحرت العبارتان من الميناء')).toEqual({ low: true, full: false });
  });
  it('a singular in a family of the data, or a verbal noun’s plural, keeps the family key (the sense is one)', () => {
    expect(readAs('العقوبات', 'أعلنت واشنطن العقوبة الجديدة')).toEqual({ low: false, full: true });
    expect(readAs('الانتخابات', 'جرى الانتخاب في موعده')).toEqual({ low: false, full: true });
  });
  it('the excerpt marks the singular the plural query found', () => {
    const text = 'رست عبارة تقل الشاحنات';
    expect(matchRanges(text, planQuery('العبارات', ctx), ctx)).toEqual([[4, 9]]);
  });
});

describe('a family form keeps a first letter that the clitic rule would take', () => {
  it('البحارة is neither «صيف حار» nor «أعالي البحار» (the seas)', () => {
    expect(finds('البحارة', 'أفرج الحوثيون عن البحارة اليمنيين')).toBe(true);
    expect(finds('البحارة', 'يتوقع الأرصاد صيفا حارا وصيف حار في الجنوب')).toBe(false);
    expect(finds('البحارة', 'تصطاد السفن في أعالي البحار')).toBe(false);
    expect(finds('حار', 'أفرج الحوثيون عن البحارة اليمنيين')).toBe(false);
  });
  it('the singular still finds the plural, and a clitic before the form still comes off', () => {
    expect(finds('بحار', 'أفرج الحوثيون عن البحارة اليمنيين')).toBe(true);
    expect(finds('البحارة', 'أفرج الحوثيون عن بحارة يمنيين وللبحارة حقوق')).toBe(true);
    expect(key('وللبحارة')).toBe(key('البحارة'));
  });
});

describe('ه as a plural’s root letter where the pattern says so', () => {
  it('الرهبان ← راهب (فعلان, ه in its middle place), at the low weight', () => {
    expect(readAs('راهب', 'استقبل الرهبان الروس الزوار في الدير')).toEqual({ low: true, full: false });
  });
  it('not in a place the pattern does not name (a final ه is a ة or a pronoun)', () => {
    expect(readAs('سفه', 'اشترى سفها')).toEqual({ low: false, full: false });
  });
});
