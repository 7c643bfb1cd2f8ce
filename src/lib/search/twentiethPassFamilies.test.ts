// Session 28 (issue 15, twentieth pass, 15k): concept families at the scale of the news vocabulary
// (content/search-near-synonyms.yaml, the section after «Session 28»), on the real data through the real keying and
// planning. Each test pairs what a family finds with what it must not: a word a family left out because a clitic
// reading or another common sense would key unrelated pages (the `not` lists). Sentences written here, in the
// shapes of news pages.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx, finds } from './curatedMatch.testkit';
import { indexKeys } from './keys';
import { conceptKey } from './terms';
import { nearSynonymId } from '../data/nearSynonyms';

/** Whether a sentence carries the token of the family `id`. */
const keyed = (id: string, text: string) => indexKeys(text, ctx).includes(conceptKey(nearSynonymId(id)));

describe('a family finds the idea said in other words, after the words themselves', () => {
  it('weather: a heatwave said as «قيظ», a cold wave as «صقيع», clandestine emigration as «الحراقة»', () => {
    const page = 'سجلت محطات الرصد في روستوف قيظا هو الأشد منذ بدء التسجيل';
    expect(finds('موجة الحر', page)).toBe(false);
    expect(concept('موجة الحر', page)).toBe(true);
    expect(concept('موجة البرد في كييف', 'يعاني سكان كييف من صقيع قارس بلا تدفئة')).toBe(true);
    expect(concept('الهجرة غير الشرعية', 'التحق عشرات الشبان بالحراقة نحو السواحل الإسبانية')).toBe(true);
  });
  it('money: the stock market said as «البورصة», interest as «سعر الخصم», tariffs as «التعريفات الجمركية»', () => {
    expect(concept('سوق الأسهم الروسية', 'ارتفع مؤشر البورصة الروسية بنسبة واحد في المئة')).toBe(true);
    expect(concept('أسعار الفائدة', 'رفع المصرف المركزي سعر الخصم ربع نقطة')).toBe(true);
    expect(concept('الرسوم الجمركية على الصلب', 'فرضت واشنطن تعريفات جمركية جديدة على الصلب')).toBe(true);
  });
  it('law: corruption named by its kinds (one way), an arrest said as «ألقت القبض»', () => {
    expect(concept('قضايا الفساد في الجيش', 'يشتبه في تلقي الموظفين رشاوى مقابل عقود تموين الجيش')).toBe(true);
    expect(concept('اعتقال مسؤولين', 'ألقت الشرطة القبض على ثلاثة مسؤولين')).toBe(true);
  });
  it('society: the elderly said as «المسنين», a curfew as «منع التجول»', () => {
    expect(concept('كبار السن في روستوف', 'طلبت السلطات من المسنين في روستوف البقاء في منازلهم')).toBe(true);
    expect(concept('حظر التجول في أوديسا', 'فرضت السلطات منع التجول ليلا في أوديسا')).toBe(true);
  });
});

describe('a word a family left out keys no unrelated page', () => {
  it('a clitic reading: «كحول» would be ك + «حول», «فساد» and «كساد» ف/ك + «ساد», «كراء» ك + «راء»', () => {
    expect(keyed('alcohol', 'ارتفعت أسعار الخمور في المتاجر الروسية')).toBe(true);
    expect(keyed('alcohol', 'تدور المحادثات حول تبادل الأسرى')).toBe(false);
    expect(keyed('corruption', 'تنظر المحكمة في قضايا الفساد المالي')).toBe(true);
    expect(keyed('corruption', 'وساد الهدوء في المدينة')).toBe(false);
    expect(keyed('recession', 'وساد الهدوء في المدينة')).toBe(false);
    expect(keyed('rent', 'ارتفعت أسعار الكراء في مراكش')).toBe(true);
    expect(keyed('rent', 'تقف شبكات منظمة وراء الرحلات')).toBe(false);
  });
  it('another sense: a defender, an obstruction, a capsized boat, a cultural event', () => {
    expect(keyed('artillery', 'تطالب كييف بمزيد من قذائف المدفعية')).toBe(true);
    expect(keyed('artillery', 'قال محام مدافع عن المتهمين إن موكله بريء')).toBe(false);
    expect(keyed('disability', 'خصصت الوزارة منحا للأشخاص ذوي الإعاقة')).toBe(true);
    expect(keyed('disability', 'اتهم الوزير الغرب بإعاقة المفاوضات')).toBe(false);
    expect(keyed('coup', 'أحبط الجيش محاولة انقلابية')).toBe(true);
    expect(keyed('coup', 'لقي عشرة مهاجرين حتفهم في انقلاب قارب')).toBe(false);
    expect(keyed('protests', 'خرج الآلاف في مظاهرات ضد الحرب')).toBe(true);
    expect(keyed('protests', 'تستعد المدينة لتظاهرة ثقافية دولية')).toBe(false);
  });
  it('a verb’s other sense: making up for is no reparation, strengthening no reinforcement, postponing no evacuation', () => {
    expect(keyed('reparations', 'تطالب كييف بتعويضات الحرب')).toBe(true);
    expect(keyed('reparations', 'تبحث روما عن مورد لتعويض النقص في الغاز')).toBe(false);
    expect(keyed('reinforcements', 'دفع الجيش بتعزيزات عسكرية إلى الجبهة')).toBe(true);
    expect(keyed('reinforcements', 'اتفق الجانبان على تعزيز التعاون')).toBe(false);
    expect(keyed('evacuation', 'بدأت عمليات الإجلاء من المدينة')).toBe(true);
    expect(keyed('evacuation', 'أجلت المحكمة النظر في القضية')).toBe(false);
  });
});
