// Issue 15, eighteenth pass (session 26, measured on real pages' text): a derived measure's participle in
// the plural — the oblique ين, the nominative ون, the construct's ي before a definite noun — carries its
// verbal noun's key at the low weight. Sentences written here, in the shapes of the probe's pages (the real
// text stays outside the repository).
import { describe, expect, it } from 'vitest';
import { readAs } from './curatedMatch.testkit';
import { participleNoun } from './participlePlurals';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('a participle’s plural found by its verbal noun', () => {
  it('the construct’s ي before a definite noun (مستوردي القمح ← استيراد، مفاوضي الوفد ← تفاوض)', () => {
    expect(readAs('استيراد', 'قال التجار إن مستوردي القمح ينتظرون خطابات الاعتماد')).toEqual(LOW);
    expect(readAs('تفاوض', 'قال أحد مفاوضي الوفد إن الجولة المقبلة ستعقد السبت')).toEqual(LOW);
  });
  it('the oblique and nominative plurals of V, VI, VIII, X (متطوعون ← تطوع، المتظاهرين ← تظاهر)', () => {
    expect(readAs('اعتقال', 'أفرجت السلطات عن المعتقلين بعد أسبوع')).toEqual(LOW);
    expect(readAs('تطوع', 'وصل متطوعون إلى المدينة لتوزيع الخبز')).toEqual(LOW);
    expect(readAs('التظاهر', 'خرج آلاف المتظاهرين إلى الساحة')).toEqual(LOW);
    expect(readAs('استثمار', 'اجتمع الوزير مع المستثمرين الخليجيين')).toEqual(LOW);
  });
});

describe('not where the plural is another word', () => {
  it('the data’s traps: المسلمين ≠ تسليم، متوسطي الدخل ≠ وساطة', () => {
    expect(readAs('تسليم', 'احتفل المسلمون بالعيد في المسجد الكبير')).toEqual(NONE);
    expect(readAs('وساطة', 'تعيش الأسر متوسطي الدخل في ضواحي المدينة')).toEqual(NONE);
  });
  it('a singular participle, and the construct’s ي without a definite noun after it, or with the article', () => {
    expect(readAs('استقبال', 'يبحث الطرفان مستقبل العلاقات')).toEqual(NONE);
    expect(readAs('تصدير', 'المصدري للقمح')).toEqual(NONE);
    expect(readAs('استيراد', 'قال مستوردي إن السوق هادئة')).toEqual(NONE);
  });
});

describe('participlePlurals', () => {
  it('reads the measures’ templates', () => {
    expect(participleNoun('مستوردي', true)).toBe('استيراد');
    expect(participleNoun('مستوردي', false)).toBeUndefined();
    expect(participleNoun('متظاهرين')).toBe('تظاهر');
    expect(participleNoun('مشاركين')).toBe('مشاركه');
    expect(participleNoun('منسحبين')).toBe('انسحاب');
    expect(participleNoun('مصورين')).toBe('تصوير');
  });
  it('leaves final-weak and weak-middle VII–X roots alone', () => {
    expect(participleNoun('محامين')).toBeUndefined();
    expect(participleNoun('مصريين')).toBeUndefined();
    expect(participleNoun('مستقيلين')).toBeUndefined();
  });
});
