// Issue 15, seventeenth pass, second wave (session 25): the classes of aside17's misses — broken plurals of
// four-letter singulars with a long vowel (فواعيل ← فاعول(ة)، فياعل ← فيعل), measures IV and X of a root in
// و/ي (استوضحت ↔ استيضاح), nisbas of the countries left (content/search-countries.yaml), and a participle
// in ة after the noun it qualifies carrying no ات plural key. Sentences written here, in the shapes of the
// fixture pages, in other words than aside17's.
import { describe, expect, it } from 'vitest';
import { readAs } from './curatedMatch.testkit';
import { agreeingParticiple } from './indexKeys';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };
const found = (r: { low: boolean; full: boolean }) => r.low || r.full;

describe('a four-letter singular with a long vowel finds its broken plural', () => {
  it('فواعيل ← فاعول، فاعولة', () => {
    expect(readAs('ناقوس', 'قرعت النواقيس في كنائس المدينة')).toEqual(LOW);
    expect(readAs('طاحونة', 'عاد المزارعون إلى طواحين الهواء القديمة')).toEqual(LOW);
    expect(readAs('فانوس', 'علق الأطفال الفوانيس على الشرفات')).toEqual(LOW);
  });
  it('فياعل ← فيعل', () => {
    expect(readAs('نيزك', 'جمع الهواة النيازك من الصحراء')).toEqual(LOW);
    expect(readAs('بيرق', 'رفع المحتفلون البيارق في الساحة')).toEqual(LOW);
  });
  it('not مفاعيل or تفاعيل of another singular', () => {
    expect(readAs('ماعود', 'تأجلت المواعيد مرة أخرى')).toEqual(NONE);
    expect(readAs('تاروخ', 'تتضارب التواريخ في الوثائق')).toEqual(NONE);
  });
});

describe('measures IV and X of a root whose first letter is و or ي', () => {
  it('the verb finds its verbal noun, the و written ي', () => {
    expect(found(readAs('استيضاح', 'استوضحت الوزارة السفير بشأن التصريحات'))).toBe(true);
    expect(found(readAs('استيعاب', 'لا يستوعب الميناء السفن الكبيرة'))).toBe(true);
    expect(found(readAs('استيقاظ', 'يستيقظ الأطفال مذعورين في الليل'))).toBe(true);
    expect(found(readAs('إيضاح', 'أوضحت المتحدثة أن الاجتماع تأجل'))).toBe(true);
  });
});

describe('nisbas of the countries content/ lacked', () => {
  it('the country finds the adjective and the adjective the country', () => {
    expect(found(readAs('بنما', 'رست سفينة ترفع العلم البنمي في الميناء'))).toBe(true);
    expect(found(readAs('سيشل', 'افتتحت الشركة فنادق سيشلية فاخرة'))).toBe(true);
    expect(found(readAs('هندوراسي', 'وصل مجندون من هندوراس إلى المعسكر'))).toBe(true);
    expect(found(readAs('داغستان', 'قتل جنديان داغستانيان في القصف'))).toBe(true);
  });
});

describe('a participle in ة qualifying the ة noun before it carries no ات plural key', () => {
  it('«أرجوحة معلقة»، «المدينة المدرجة» meet no «المعلقات»، «المدرجات»', () => {
    expect(readAs('المعلقات', 'تتأرجح لاعبة على أرجوحة معلقة دون شبكة')).toEqual(NONE);
    expect(readAs('المدرجات', 'أصبحت المدينة المدرجة حديثا على القائمة مقصدا')).toEqual(NONE);
  });
  it('a construct’s second term (the article differs) and a participle after no ة noun keep it', () => {
    expect(agreeingParticiple('المدرسه', 'مدرسه', 'مديريه')).toBe(false);
    expect(agreeingParticiple('المعلقه', 'معلقه', 'الطلاب')).toBe(false);
    expect(agreeingParticiple('المدرجه', 'مدرجه', 'المدينه')).toBe(true);
  });
});
