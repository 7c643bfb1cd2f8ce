// Issue 15, fourth pass: the misses of the spent sets (aside3's above all) read as general
// patterns and data, on the real curated data and the browser's context — never aside4's words.
// A query matches a text when every key of its plan is among the text's keys.
import { describe, expect, it } from 'vitest';
import { concept, finds } from './curatedMatch.testkit';
import { indexKeys, planQuery } from './keys';


describe('verbal nouns of measures III–VI meet their verbs (wordPatterns.verbalNounOf)', () => {
  it('III مصادرة ↔ يصادر/صادرت، IV إسقاط ↔ أسقطت، V تحدث ↔ يتحدث، VI تبادل ↔ يتبادلان', () => {
    expect(finds('مصادرة', 'قالت السلطات إنها ستصادر الشحنة')).toBe(true);
    expect(finds('مصادرة', 'صادرت الشرطة ناقلة نفط')).toBe(true);
    expect(finds('إغلاق', 'أغلقت الحكومة المجال الجوي')).toBe(true);
    expect(finds('التراجع', 'تتراجع القوات نحو الشرق')).toBe(true);
    expect(finds('تبادل', 'يتبادلان الرسائل منذ أسابيع')).toBe(true);
  });
  it('measure II through the data (درّب ↔ تدريب), hollow VIII by hand (اغتيل ↔ اغتيال)', () => {
    expect(finds('تدريب الطيارين', 'يدرب مدربون غربيون طيارين أوكرانيين')).toBe(true);
    expect(finds('اغتيال', 'اغتيل الجنرال بقنبلة أمام منزله')).toBe(true);
  });
  it('keeps a province apart from a verb of preserving (محافظة ≠ يحافظ)', () => {
    expect(finds('محافظة', 'تعهد الرئيس بأن يحافظ على الاتفاق')).toBe(false);
    expect(finds('الحفاظ', 'تعهد الرئيس بأن يحافظ على الاتفاق')).toBe(true);
  });
});

describe('page words with an ending: pronoun suffixes and the tanween alif (index side)', () => {
  it('finds the bare noun in a suffixed or accusative one (نفطها → نفط، مصنعا → مصنع، حكومتها → حكومة)', () => {
    expect(finds('النفط', 'صادرت ناقلات تنقل نفطها سرا')).toBe(true);
    expect(finds('مصانع', 'استهدفت المسيرات مصنعا للذخيرة')).toBe(true);
    expect(finds('الحكومة', 'قالت إن حكومتها لن تتراجع')).toBe(true);
    expect(finds('القوات', 'سحبت قواتها من المدينة')).toBe(true);
  });
  it('does not read names, particles and prepositions that only look suffixed', () => {
    expect(finds('درع', 'قصف في ريف درعا')).toBe(false);
    expect(finds('علي', 'ردت عليها الحكومة')).toBe(false);
    expect(finds('عدم', 'انسحبوا بعدما انتهى الاجتماع')).toBe(false);
    expect(finds('الزيت', 'مزارع الزيتون في الجنوب')).toBe(false);
  });
  it('reads only the page: a typed suffixed word keeps its own key', () => {
    expect(finds('نفطها', 'ارتفعت أسعار النفط')).toBe(false);
  });
});

describe('concepts: a paused strike campaign is a truce', () => {
  it('«هدنة» also finds «تعليق الضربات» and «الامتناع عن استهداف»', () => {
    expect(concept('هدنة', 'اتفق الطرفان على تعليق الضربات على محطات الكهرباء')).toBe(true);
    expect(concept('هدنة', 'أمر الجيش بالامتناع عن استهداف منشآت الطاقة')).toBe(true);
  });
});
