// Session 35 (issue 15, twenty-seventh pass, 15k): concepts at the scale of the news — the everyday events outlets
// report and the product's own field (content/search-near-synonyms-news.yaml), each on the real data through the
// real keying and planning, and the other senses the sets keep out (each found by keying the set over the corpus).
// Sentences are written for the test, not taken from the fixture pages.
import { describe, expect, it } from 'vitest';
import { conceptOrWider as concept, ctx } from './curatedMatch.testkit';
import { indexKeys } from './keys';
import { conceptKey } from './terms';

const tokens = (text: string) => indexKeys(text, ctx).filter((t) => t.startsWith('uu'));
const near = (id: string) => conceptKey(`near-${id}`);

describe('a reader’s wording of an everyday event finds the page that says it another way', () => {
  it('fire, rain, the ground: a forest fire as burning woodland, a rockfall as boulders falling, a collapse as a fallen building', () => {
    expect(concept('حرائق الغابات', 'أتت حرائق الأحراج على مئات الهكتارات شمال البلاد')).toBe(true);
    expect(concept('انهيار صخري', 'تساقطت كتل صخرية على المقطع الجبلي ليلا')).toBe(true);
    expect(concept('انهيار عمارة', 'أخلت البلدية سكان المباني الآيلة للسقوط في الحي القديم')).toBe(true);
    expect(concept('هزة أرضية', 'سجل المرصد زلزالا بقوة خمس درجات على مقياس ريختر')).toBe(true);
  });
  it('the sea, health, schools: drowning, poisoning, giving up smoking, leaving school, cheating', () => {
    expect(concept('حوادث الغرق', 'لقي شاب حتفه غرقا في شاطئ غير محروس')).toBe(true);
    expect(concept('تسمم غذائي', 'نقل عشرون تلميذا إلى المستشفى بعد تناول وجبات فاسدة')).toBe(true);
    expect(concept('الإقلاع عن التدخين', 'افتتحت الوزارة عيادة تساعد من يريد ترك السجائر')).toBe(true);
    expect(concept('التسرب المدرسي', 'يتسع الهدر المدرسي في القرى الجبلية')).toBe(true);
    expect(concept('الغش في الامتحانات', 'ضبطت اللجان محاولات تسريب الأسئلة عبر الهواتف')).toBe(true);
  });
  it('family and money: a group wedding, the Eid sheep, salaries paid late, a ration card', () => {
    expect(concept('زواج جماعي', 'نظمت الجمعية عرسا جماعيا لمئة شاب وشابة')).toBe(true);
    expect(concept('أضاحي العيد', 'ارتفعت أثمان الأكباش في الأسواق الأسبوعية')).toBe(true);
    expect(concept('تأخر الرواتب', 'يشكو المعلمون من أنهم لم يتقاضوا رواتبهم منذ ثلاثة أشهر')).toBe(true);
    expect(concept('البطاقة التموينية', 'توزع الوزارة الحصة التموينية لشهر آذار')).toBe(true);
  });
});

describe('the product’s own field said in other words', () => {
  it('diplomats expelled as persons non grata; ties restored as an embassy reopened; nationals evacuated by air', () => {
    expect(concept('طرد دبلوماسيين', 'أعلنت الحكومة ملحقين عسكريين أشخاصا غير مرغوب فيهم')).toBe(true);
    expect(concept('استئناف العلاقات الدبلوماسية', 'أعلنت الوزارة إعادة فتح السفارة بعد قطيعة دامت أعواما')).toBe(true);
    expect(concept('إجلاء الرعايا', 'أقلعت الطائرة الأولى ضمن جسر جوي لإعادة المواطنين العالقين')).toBe(true);
  });
  it('ordnance, the dead, corridors', () => {
    expect(concept('إزالة الألغام', 'عثرت الفرق على ذخائر غير منفجرة قرب المدرسة')).toBe(true);
    expect(concept('تبادل الجثث', 'جرى تسليم جثامين عشرين جنديا عبر الوسطاء')).toBe(true);
    expect(concept('ممر إنساني', 'طالبت المنظمات بإجلاء المدنيين من الأحياء الشرقية')).toBe(true);
  });
});

describe('each set keeps the other senses the corpus showed out', () => {
  it('a debt, a waterlogged pitch and a sinking ship are no drowning; a scapegoat is no Eid sheep', () => {
    expect(tokens('يخشى التاجر الغرق في الديون بعد غرق أرضية الملعب')).not.toContain(near('drowning'));
    expect(tokens('قال المراقبون إن الموظف ليس سوى كبش فداء')).not.toContain(near('eid-sacrifice'));
  });
  it('a hostage to one supplier, a cornered bull and a medicine out of stock are no hostages, siege or missing', () => {
    expect(tokens('لن تبقى البلاد رهينة لمورد واحد')).not.toContain(near('hostages'));
    expect(tokens('تمكن الأهالي من محاصرة الثور في الساحة')).not.toContain(near('siege'));
    expect(tokens('يعود المريض من الصيدلية بالجواب نفسه: الصنف مفقود')).not.toContain(near('missing-persons'));
  });
  it('flax, «tried» and «chaired» are no cooking gas, no epidemic and no stadium violence; a snatch is no kidnapping', () => {
    expect(tokens('عرض الجناح أقمشة من الكتان وجرب الزوار آلتين')).not.toContain(near('cooking-gas'));
    expect(tokens('جرب الجمهور المضارب الجديدة')).not.toContain(near('epidemic-outbreak'));
    expect(tokens('ترأس الوزير الاجتماع')).not.toContain(near('stadium-violence'));
    expect(tokens('حصد ذهبيتين في الخطف والنتر')).not.toContain(near('kidnapping'));
  });
  it('an airlift of blankets, shells bought and a drought’s rainfall are no evacuation, shelling or downpour', () => {
    expect(tokens('أقامت المنظمة جسرا جويا لنقل البطانيات')).not.toContain(near('nationals-evacuated'));
    expect(tokens('وقعت الحكومة عقدا لشراء قذائف مدفعية')).not.toContain(near('shelling'));
    expect(tokens('تسببت قلة التساقطات المطرية في تراجع المحصول')).not.toContain(near('heavy-rain'));
  });
});
