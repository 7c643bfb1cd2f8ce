// Issue 15, seventh pass: the sixth pass's held-out plurals (spent since), words that only look
// like a form (مواصلات، صوفيا) and the verb after a relative pronoun (طلبتها) — on the real
// curated data, with sentences written for these tests (never the held-out aside7 pages).
import { describe, expect, it } from 'vitest';
import { ctx, finds } from './curatedMatch.testkit';
import { suffixReadings } from './wordPatterns';
import { stemWord } from './keys';

describe('the plurals aside6 held out, now data (content/search-forms.yaml)', () => {
  it('meets each singular and its plural, both ways', () => {
    expect(finds('صهريج', 'اصطفت صهاريج الوقود أمام المحطة')).toBe(true);
    expect(finds('صائغ', 'قال أحد الصاغة إن الطلب تراجع')).toBe(true);
    expect(finds('ملاذ آمن', 'يلجأ المستثمرون إلى الملاذات الآمنة')).toBe(true);
    expect(finds('المطاحن', 'توقفت مطحنة المدينة عن العمل')).toBe(true);
    expect(finds('خيمة', 'نصبت الخيام على أطراف المخيم')).toBe(true);
    expect(finds('شاطئ', 'امتلأت الشواطئ بالزوار')).toBe(true);
    expect(finds('قارب', 'عادت القوارب إلى المرفأ')).toBe(true);
  });
  it('keeps قوارب apart from التقارب', () => {
    expect(finds('قوارب', 'دعا إلى التقارب بين البلدين')).toBe(false);
  });
});

describe('words that only look like a form stand alone', () => {
  it('مواصلات «transport» is not the plural of مواصلة «continuing» (notFemininePlurals)', () => {
    expect(finds('مواصلة', 'ارتفعت أجور المواصلات العامة')).toBe(false);
    expect(finds('مواصلة', 'أكد مواصلة الدعم')).toBe(true);
  });
  it('صوفيا is not صوفي with a tanween alif (notTanweenForms); an accusative still is', () => {
    expect(finds('صوفي', 'وصل الوفد إلى صوفيا أمس')).toBe(false);
    expect(finds('صوفيا', 'وصل الوفد إلى صوفيا أمس')).toBe(true);
    expect(finds('مصنع', 'افتتحت الشركة مصنعا جديدا')).toBe(true);
  });
});

describe('the word after a relative pronoun is a verb (wordPatterns.ts isRelativePronoun)', () => {
  it('«التي طلبتها» is not «her students»; «طلبتها» alone still may be', () => {
    expect(finds('الطلبة', 'وصلت الذخائر التي طلبتها كييف')).toBe(false);
    expect(finds('الطلبة', 'وصلت الذخائر والتي طلبتها كييف')).toBe(false);
    expect(finds('الطلبة', 'عادت الجامعة إلى طلبتها بعد العطلة')).toBe(true);
  });
  it('keeps the pronoun reading itself: the verb without its suffix', () => {
    const stem = stemWord('طلبتها', ctx);
    expect(suffixReadings(stem, ctx, 'طلبتها', true)).toEqual([stemWord('طلبت', ctx)]);
    expect(suffixReadings(stem, ctx, 'طلبتها')).toContain(stemWord('طلبة', ctx));
  });
  it('a noun after other words keeps its ة reading (حكومتها → حكومة)', () => {
    expect(finds('الحكومة', 'أعلنت البلاد أن حكومتها ستستقيل')).toBe(true);
    expect(finds('الحكومة', 'القرارات التي اتخذتها حكومتها')).toBe(true);
  });
});
