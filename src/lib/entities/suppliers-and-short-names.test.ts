// Session 14 (issue 14, actors; p-dev and the spent o-aside): a capital after «من» that follows
// goods or a verb of receiving is the supplier; a company's name holding a country's name of the
// nisba's shape, or a nisba quoted alone, is the company; a bare «روس» after a broken plural of
// people; «المملكة» next to a Jordanian mention is Jordan; «فوق كييف» is a place. Real dictionary
// and context words (content/), sentences written in the shape of the misses, none copied.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, buildOne, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);
const titleIds = (title: string) => buildOne(['نص قصير.'], actors, { title }).actorIds.sort();

describe('«من» + capital after goods or receiving names the supplier (o-aside oa09, p-dev pd24)', () => {
  it('weapons, a batch, a verb of receiving', () => {
    expect(ids('أعلن الجيش وصول دفعة من صواريخ «أتاكمز» من واشنطن.')).toEqual(['united-states']);
    expect(ids('حذر المسؤول من الرد إذا تلقت البلاد صواريخ بعيدة المدى من واشنطن.')).toEqual(['united-states']);
    expect(ids('وحصلت الحكومة على قرض جديد من بكين لتمويل الطرق.')).toEqual(['china']);
  });
  it('a return or an arrival from the capital stays a place', () => {
    expect(ids('ينتظر الرد عودة المبعوث من موسكو.')).toEqual([]);
    expect(ids('ووصل الوفد من كييف مساء الأحد.')).toEqual([]);
    // A new clause between the goods and «من»: the capital is where someone came from.
    expect(ids('نقلت الطائرة الصواريخ إلى القاعدة، ثم عاد الطاقم من موسكو.')).toEqual([]);
  });
});

describe('a country inside a company\'s name (p-dev pd02, pd06)', () => {
  it('a country name of the nisba\'s shape after a definite body noun is the company\'s', () => {
    expect(ids('أعلنت الشركة السعودية للصناعات الأساسية تراجع أرباحها.')).toEqual([]);
    // A country's name without the article is still the country: the company told Russia.
    expect(ids('أبلغت الشركة روسيا بوقف الشحنات.')).toEqual(['russia']);
  });
  it('a nisba quoted alone is a short name, not the country', () => {
    expect(titleIds('«القطرية» تزيد رحلاتها الأسبوعية')).toEqual([]);
    expect(titleIds('الحكومة القطرية تزيد دعمها')).toEqual(['qatar']);
  });
});

describe('«روس» after a broken plural of people (p-dev pd35)', () => {
  it('soldiers, prisoners', () => {
    expect(ids('عادت الجثامين مقابل 31 جثة لجنود روس.')).toEqual(['russia']);
    expect(ids('أفرج عن خمسة أسرى روس.')).toEqual(['russia']);
  });
  it('still not after a first name', () => {
    expect(ids('قال دينيس روس إن المفاوضات صعبة.')).not.toContain('russia');
  });
});

describe('«المملكة» in a Jordanian item (p-dev pd22)', () => {
  it('is Jordan next to the Jordanian minister, not Saudi Arabia', () => {
    expect(ids('التقى وزير الخارجية أيمن الصفدي نظيره، وأكد موقف المملكة الداعي إلى حل سلمي.')).toEqual(['ayman-safadi', 'jordan']);
  });
  it('is still Saudi Arabia next to a Saudi mention, and nothing alone', () => {
    expect(ids('وأشاد ولي العهد السعودي بدور المملكة في الوساطة.')).toEqual(['saudi-arabia']);
    expect(ids('وقال المتحدث إن المملكة تتابع التطورات.')).toEqual([]);
  });
});

describe('drones «فوق كييف» (p-dev pd15)', () => {
  it('over a capital is a place', () => {
    expect(ids('اعتراض مسيرات فوق كييف ليلا.')).toEqual([]);
    expect(ids('أسقطت الدفاعات مسيرة كانت تحلق باتجاه موسكو.')).toEqual([]);
  });
});
