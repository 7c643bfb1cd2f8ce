// Session 10 (issue 14, actors): the words of a company's, a bank's or an NGO's name are the body's,
// not the country's; a capital that is a common word or a city-state's name used as a place does
// not link the country. Real dictionary and context words (content/), sentences written in the
// shape of the misses of j-dev and the spent h-aside.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('a company or brand named without a body noun absorbs its nisba (h-aside ha02, ha08)', () => {
  it('a known company name followed by its nisba or its country\'s name', () => {
    expect(ids('أعلنت لوك أويل الروسية تعليق عملياتها في الحقل.')).toEqual([]);
    expect(ids('توقفت شحنات روسال الروسية إلى المصاهر.')).toEqual([]);
    expect(ids('رفعت أرامكو السعودية أسعار الخام لشهر مارس.')).toEqual([]);
  });
  it('the country still counts when it is named apart', () => {
    expect(ids('أعلنت لوك أويل الروسية أن موسكو لم تبلغها بالقرار.')).toEqual(['russia']);
  });
});

describe('a country\'s name inside a non-state body\'s name is not the country (h-aside ha08, j-dev jd17, jd19, jd24, jd30)', () => {
  it('after a body noun, with the body\'s own words between', () => {
    expect(ids('وقعت شركة ألمنيوم البحرين عقدا جديدا.')).toEqual([]);
    expect(ids('قال محللون في بنك الإمارات دبي الوطني إن الطلب يتراجع.')).toEqual([]);
    expect(ids('لا تخطط طيران الإمارات لتعليق رحلاتها.')).toEqual([]);
    expect(ids('أعلنت الشركة العامة لموانئ العراق وصول باخرة.')).toEqual([]);
  });
  it('a country\'s name before «لل» + a trade (a brand: «مصر للطيران»)', () => {
    expect(ids('سيرت مصر للطيران رحلات إضافية.')).toEqual([]);
    expect(ids('وقعت الشركة عقدا مع قطر للطاقة لشراء الغاز.')).toEqual([]);
  });
  it('a state body keeps its country: a fund, a central bank, a ministry', () => {
    expect(ids('موّل صندوق قطر للتنمية إصلاح المدارس.')).toEqual(['qatar']);
    expect(ids('أبقى بنك روسيا المركزي سعر الفائدة دون تغيير.')).toEqual(['russia']);
    expect(ids('استدعت وزارة الخارجية العراقية السفير.')).toEqual(['iraq']);
  });
});

describe('a nisba after a body noun and more of its name (h-aside ha06, j-dev jd02, jd14)', () => {
  it('a definite adjective between the body and the nisba', () => {
    expect(ids('وصل وفد من الهلال الأحمر العربي السوري.')).toEqual([]);
  });
  it('an airline and a company with a genitive noun in its name', () => {
    expect(ids('أعلنت الخطوط الجوية القطرية استئناف رحلاتها.')).toEqual([]);
    expect(ids('وقعت شركة النفط العمانية للتسويق العقد.')).toEqual([]);
  });
  it('the walk back never enters a dictionary name linked before it', () => {
    expect(ids('انتقدت الجامعة العربية روسيا بشدة.')).toEqual(['arab-league', 'russia']);
    expect(ids('دعا المجلس الأوروبي روسيا إلى الانسحاب.')).toEqual(['european-council', 'russia']);
    expect(ids('وأرسل الصليب الأحمر الروسي قافلة.')).toEqual([]);
  });
  it('a country\'s name right after a definite body noun is its object, not its name', () => {
    expect(ids('أبلغت الشركة روسيا بقرارها.')).toEqual(['russia']);
  });
  it('a central bank is the state', () => {
    expect(ids('أبقى البنك المركزي الروسي سعر الفائدة عند 17%.')).toEqual(['russia']);
  });
});

describe('a capital that is a common word is not the country (h-aside ha02, j-dev jd05, jd15)', () => {
  it('a definite capital right after a definite noun is its adjective («القوة القاهرة»)', () => {
    expect(ids('أعلنت الشركة القوة القاهرة في الحقل.')).toEqual([]);
    expect(ids('بسبب الظروف القاهرة توقف العمل.')).toEqual([]);
    expect(ids('أكدت القاهرة دعمها للحل السلمي.')).toEqual(['egypt']);
    expect(ids('وقال إن موقف القاهرة ثابت.')).toEqual(['egypt']);
  });
  it('a capital that is also a common word needs its country near (floods, a birthplace, a Lebanese city)', () => {
    expect(ids('اجتاحت السيول القرى وقطعت الطرق.')).toEqual([]);
    expect(ids('عاد إلى مسقط رأسه بعد سنوات.')).toEqual([]);
    expect(ids('تتسلم مطاحن طرابلس حصتها من القمح.')).toEqual([]);
    expect(ids('أكدت سلطنة عمان أن مسقط ستواصل الحوار.')).toEqual(['oman']);
  });
});

describe('places, not governments', () => {
  it('a city-state\'s name as a place is a place (h-aside ha11)', () => {
    expect(ids('استقبل البابا لاوون الرابع عشر في الفاتيكان وفدا من الأمهات.')).toEqual(['pope-leo-xiv']);
    expect(ids('أعلن الفاتيكان استعداده للوساطة.')).toEqual(['vatican']);
  });
  it('capitals after «بين» following a route noun are the ends of a route (j-dev jd02)', () => {
    expect(ids('تستأنف الناقلة رحلاتها اليومية بين الدوحة وموسكو.')).toEqual([]);
    expect(ids('جرت محادثات بين موسكو وكييف.')).toEqual(['russia', 'ukraine']);
  });
  it('a port named after its city is a place (j-dev jd05)', () => {
    expect(ids('وصلت إلى مرفأ بيروت شحنة من القمح.')).toEqual([]);
  });
});
