// Issue 15, seventeenth pass, part M (session 25): a broken plural of فعول، فعل، فعال read as its singular
// from the words around it that say a plural of things (the relative التي, هذه/تلك, an indefinite feminine
// adjective), the verbal nouns of that shape kept out, and «سد» without the article weighed as the verbal
// noun. Sentences written here, in the shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { readAs, weights, key } from './curatedMatch.testkit';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('a broken plural found by its singular from the words around it', () => {
  it('فعول before the feminine relative or after هذه/تلك, with the article', () => {
    expect(readAs('كهف', 'لجأ السكان إلى الكهوف التي حفرت في الجبل')).toEqual(LOW);
    expect(readAs('ظرف', 'لا تسمح هذه الظروف بإجراء الانتخابات')).toEqual(LOW);
    expect(readAs('سرج', 'باع الحرفي السروج التي صنعها بيده')).toEqual(LOW);
  });
  it('فعول without the article before an indefinite feminine adjective (ية، فعيلة)', () => {
    expect(readAs('خدش', 'ظهرت على هيكل السيارة ثلاثة خدوش جديدة بعد الحادث')).toEqual(LOW); // فرع/فروع is data since the thirty-ninth pass
    expect(readAs('ظرف', 'يعيش النازحون في ظروف صعبة وقاسية')).toEqual(NONE);
    expect(readAs('ظرف', 'يعيش النازحون في ظروف معيشية قاسية')).toEqual(LOW);
  });
  it('after a verb, the relative is the word’s own', () => {
    expect(readAs('جذر', 'جفت الجذور التي لم تصلها مياه الري')).toEqual(LOW);
  });
  it('فعال only from التي or هذه/تلك (الحبال التي), never from an adjective', () => {
    expect(readAs('رقعة', 'خاط الخياط الرقاع التي اشتراها من السوق')).toEqual(LOW); // حبل/حبال is data since the thirty-ninth pass
    expect(readAs('رقعة', 'خاط الخياط الرقاع الجديدة')).toEqual(NONE);
  });
});

describe('not where the words around belong to another word', () => {
  it('a verbal noun of فعول is no plural (قبول، عبور)', () => {
    expect(readAs('قبل', 'أعلنت الحكومة قبول تسوية مع الدائنين')).toEqual(NONE);
    expect(readAs('عبر', 'تبحث الشركات عن طرق عبور بديلة')).toEqual(NONE);
  });
  it('التي after a construct is its head’s («رسوم المرور التي»)', () => {
    expect(readAs('سرج', 'ارتفعت أسعار السروج التي تباع للفرسان')).toEqual(NONE);
  });
});

describe('«سد» without the article is the verbal noun: a page of «سد العجز» weighs little for «السدود»', () => {
  it('the dam with the article at full weight, the idiom at the low weight', () => {
    expect(key('السدود')).toBe(key('سد'));
    expect(weights('تراجع منسوب المياه خلف السدود').full.has(key('السدود'))).toBe(true);
    const idiom = weights('تسعى الحكومة إلى سد العجز في الموازنة');
    expect(idiom.full.has(key('السدود'))).toBe(false);
    expect(idiom.low.has(key('السدود'))).toBe(true);
  });
});
