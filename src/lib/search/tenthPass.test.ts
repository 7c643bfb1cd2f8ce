// Issue 15, tenth pass: a noun typed with the article against the same letters without it
// (content/search-forms.yaml definiteNouns), on the real curated data, with sentences written
// for these tests (never the held-out aside10 pages).
import { describe, expect, it } from 'vitest';
import { finds, key, weights } from './curatedMatch.testkit';
import { hasArticle } from './keys';


describe('a listed noun without its article weighs little', () => {
  it('«القدم»: a verb with a pronoun («قدمها») is a low-weight key, football is not', () => {
    const verb = weights('ناقش المجلس الورقة التي عرضها الوفد وورقة أخرى قدمها السفير');
    expect(verb.full.has(key('القدم'))).toBe(false);
    expect(verb.low.has(key('القدم'))).toBe(true);
    expect(weights('خسر المنتخب مباراة كرة القدم أمس').full.has(key('القدم'))).toBe(true);
  });
  it('«العقوبة»: the town «بعقوبة» is low; «العقوبات» and an indefinite «عقوبات» stay whole', () => {
    expect(weights('ارتفع سعر الدولار في أسواق بعقوبة').full.has(key('العقوبة'))).toBe(false);
    expect(weights('قضت المحكمة بأن العقوبة نهائية').full.has(key('العقوبة'))).toBe(true);
    const plural = key('العقوبات').split(' ');
    for (const text of ['فرضت واشنطن عقوبات جديدة على موسكو', 'مددت بروكسل العقوبات ستة أشهر']) {
      const { full } = weights(text);
      expect(plural.every((k) => full.has(k)), text).toBe(true);
    }
  });
  it('«الغرب»: a direction in construct («غرب القرنة») is low; «بالغرب»، «للغرب»، «والغرب» are not', () => {
    expect(weights('يقع الحقل غرب القرنة في البصرة').full.has(key('الغرب'))).toBe(false);
    for (const text of ['اتهم الكرملين الغرب بإطالة الحرب', 'لا ثقة بالغرب', 'رسالة للغرب', 'روسيا والغرب']) {
      expect(weights(text).full.has(key('الغرب')), text).toBe(true);
    }
  });
  it('«الطالب»: «طالب النائب» («demanded») is low', () => {
    expect(weights('وطالب النائب الحكومة بتوضيح موقفها').full.has(key('الطالب'))).toBe(false);
    expect(weights('عاد الطالب إلى جامعته في خاركيف').full.has(key('الطالب'))).toBe(true);
  });
  it('the page still matches: only its rank changes', () => {
    expect(finds('القدم', 'وورقة أخرى قدمها السفير')).toBe(true);
    expect(finds('الغرب', 'يقع الحقل غرب القرنة')).toBe(true);
  });
  it('an unlisted word keeps its weight with or without the article', () => {
    expect(weights('اتفق الجانبان على تخفيض الإنتاج').full.has(key('الإنتاج'))).toBe(true);
  });
});

describe('hasArticle', () => {
  it('reads ال after و ف ب ك and لل, not a word that merely starts with ل', () => {
    for (const w of ['الغرب', 'والغرب', 'بالغرب', 'فالغرب', 'كالغرب', 'للغرب', 'وبالغرب']) expect(hasArticle(w), w).toBe(true);
    for (const w of ['غرب', 'وغرب', 'لغرب', 'بعقوبه', 'قدمها', 'ال']) expect(hasArticle(w), w).toBe(false);
  });
});
