// Issue 15, fifteenth pass (session 23): measure II's bare present and participle, three more plural
// patterns (فعل ← فعلة before an agreeing adjective, doubled roots, فعلان) and a participle's sound plural
// as a plural of people. Sentences written here, in the shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { finds, key, weights } from './curatedMatch.testkit';

/** Whether a page of `text` holds the query word's key at the low weight (a reading), or at full weight. */
const readAs = (query: string, text: string) => {
  const { full, low } = weights(text);
  return { low: low.has(key(query)), full: full.has(key(query)) };
};

describe('measure II: the verbal noun finds the bare present and the participle, at the low weight', () => {
  it('يفعّل، مفعّل، مفعّلة، مفعّلون/ين', () => {
    expect(readAs('توثيق', 'الفريق الروسي يوثق المخطوطات بالتصوير الرقمي')).toEqual({ low: true, full: false });
    expect(readAs('تغليف', 'يفضلون الهدايا المغلفة بورق ذهبي')).toEqual({ low: true, full: false });
    expect(readAs('تلوين', 'يعرض الحرفيون الخزف الملون في السوق')).toEqual({ low: true, full: false });
    expect(readAs('تهريب', 'أوقفت الدوريات ثلاثة من المهربين قرب الحدود')).toEqual({ low: true, full: false });
    expect(readAs('تدريب', 'قال مدربون إن الطيارين أنهوا الدورة')).toEqual({ low: true, full: false });
    expect(readAs('تطوير', 'عرضت الشركة الطراز المطور من الطائرة')).toEqual({ low: true, full: false });
  });
  it('not where the shape is mostly a noun of place or measure I (notMeasureIIForms)', () => {
    expect(readAs('تركيز', 'افتتح المركز الثقافي الروسي أبوابه').low).toBe(false);
    expect(readAs('تصدير', 'قال مصدر دبلوماسي إن الاجتماع تأجل').low).toBe(false);
    expect(readAs('تشكيل', 'تبقى مشكلة الكهرباء بلا حل').low).toBe(false);
    expect(readAs('تمكين', 'لا يمكن التكهن بنتيجة المحادثات').low).toBe(false);
    expect(readAs('تقييم', 'قال مقيم روسي في دبي').low).toBe(false);
  });
});

describe('three more plural patterns: the singular finds the plural at the low weight', () => {
  it('فعل ← فعلة only before an agreeing definite adjective, never a construct', () => {
    expect(readAs('علبة', 'تضاعف الطلب على العلب المعدنية المزخرفة')).toEqual({ low: true, full: false });
    expect(readAs('تحفة', 'أغلقت متاجر التحف الخشبية أبوابها')).toEqual({ low: true, full: false });
    expect(readAs('قطعة', 'طلب المتحف تبادل قطع أثرية')).toEqual({ low: false, full: false });
    expect(readAs('حربة', 'تستمر الحرب الروسية الأوكرانية')).toEqual({ low: false, full: false });
    expect(readAs('شحنة', 'رفعت شركات الشحن البحرية أسعارها')).toEqual({ low: false, full: false });
  });
  it('doubled roots with the article: فعال and فعل ← فعّة (السلال، القباب، الجرار), not a verb', () => {
    expect(readAs('سلة', 'يعرض الجناح السلال المصنوعة من القش')).toEqual({ low: true, full: false });
    expect(readAs('قبة', 'تطل على الميناء القباب البيضاء')).toEqual({ low: true, full: false });
    expect(readAs('جرة', 'عرض الخزاف الجرار الفخارية في السوق')).toEqual({ low: true, full: false });
    // حصة ↔ حصص is listed since session 32 (content/search-plurals.yaml): the list's full weight, not the pattern's.
    expect(readAs('حصة', 'جاء التمويل من عائدات الحصص الإضافية')).toEqual({ low: false, full: true });
    expect(readAs('شدة', 'شدد الوزير على ضرورة التهدئة').low).toBe(false);
    expect(readAs('عدة', 'ارتفع العدد إلى مئة').low).toBe(false);
  });
  it('فعلان ← فاعل، فعال (الفرسان، الغربان), but not a listed word of its shape', () => {
    expect(readAs('فارس', 'أقيم على هامش التدشين عرض للفرسان بالبنادق')).toEqual({ low: true, full: false });
    expect(readAs('غراب', 'يشكو الباعة من الغربان التي تخطف الطعام')).toEqual({ low: true, full: false });
    expect(readAs('مطار', 'ترأس المطران القداس').low).toBe(false);
  });
});

describe("a participle's sound plural names people: the plural query does not find the singular's other sense", () => {
  it('المشغلين، الناقلين، العابرين, المعلمين: not «مشغل للخياطة», «ناقل الحركة», «اهتمام عابر», «معلم أثري»', () => {
    expect(finds('المشغلين', 'أمضت السيدات أشهرا في مشغل للخياطة')).toBe(false);
    expect(finds('الناقلين', 'تعطل ناقل الحركة في الشاحنة')).toBe(false);
    expect(finds('العابرين', 'ليس الأمر اهتمام عابر')).toBe(false);
    expect(finds('المعلمين', 'تعد بوابة النصر أبرز معلم أثري في المدينة')).toBe(false);
  });
  it('the plural in either ending meets the plural, and the singular still finds it', () => {
    expect(finds('المشغلين', 'طالب المشغلون بتسريع الإجراءات')).toBe(true);
    expect(finds('المعلمين', 'قال معلمون إن الرواتب تأخرت')).toBe(true);
    expect(readAs('منتج', 'تضاعفت الأسعار مع خروج المنتجين الروس')).toEqual({ low: true, full: false });
  });
});
