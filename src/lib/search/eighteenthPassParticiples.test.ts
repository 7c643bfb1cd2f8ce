// Issue 15, eighteenth pass (session 26, measured on real pages' text): a derived measure's participle in
// the plural — the oblique ين, the nominative ون, the construct's ي before a definite noun — and its verbal
// noun are each the other's reading, at the low weight. Sentences written here, in the shapes of the probe's
// pages (the real text stays outside the repository).
import { describe, expect, it } from 'vitest';
import { readAs } from './curatedMatch.testkit';
import { nounParticiple, participleNoun } from './participlePlurals';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('a participle’s plural found by its verbal noun', () => {
  it('the construct’s ي before a definite noun (مستوردي القمح ← استيراد)', () => {
    expect(readAs('استيراد', 'قال التجار إن مستوردي القمح ينتظرون خطابات الاعتماد')).toEqual(LOW);
    expect(readAs('تفاوض', 'قال أحد مفاوضي الوفد إن الجولة المقبلة ستعقد السبت')).toEqual(LOW);
  });
  it('the oblique and nominative plurals of II, V, VIII, X (المهربين ← تهريب، متطوعون ← تطوع)', () => {
    expect(readAs('اعتقال', 'أفرجت السلطات عن المعتقلين بعد أسبوع')).toEqual(LOW);
    expect(readAs('تطوع', 'وصل متطوعون إلى المدينة لتوزيع الخبز')).toEqual(LOW);
    expect(readAs('استثمار', 'اجتمع الوزير مع المستثمرين الخليجيين')).toEqual(LOW);
  });
});

describe('a verbal noun found by its participle’s plural', () => {
  it('II and VIII nouns (تفتيش ← المفتشين، ترحيل ← المرحلين)', () => {
    expect(readAs('مفتشون', 'وصل فريق الوكالة لتفتيش المحطة')).toEqual(LOW);
    expect(readAs('المرحلين', 'تتهم كييف موسكو بترحيل الأطفال قسرا')).toEqual(LOW);
    expect(readAs('المعتقلين', 'نددت المنظمة باعتقال الصحفيين')).toEqual(LOW);
  });
});

describe('not where the plural is another word', () => {
  it('the data’s traps: تسليم ≠ المسلمين، محافظة ≠ المحافظين', () => {
    expect(readAs('المسلمين', 'جرت عملية تسليم الأسرى على الحدود')).toEqual(NONE);
    expect(readAs('تسليم', 'احتفل المسلمين بالعيد')).toEqual(NONE);
    expect(readAs('المحافظين', 'أعلنت محافظة البحر الأحمر عن خطة جديدة')).toEqual(NONE);
  });
  it('a singular participle, and the construct’s ي without a definite noun after it or with the article', () => {
    expect(readAs('استقبال', 'يبحث الطرفان مستقبل العلاقات')).toEqual(NONE);
    expect(readAs('تصدير', 'المصدري للقمح')).toEqual(NONE);
    expect(readAs('استيراد', 'قال مستوردي إن السوق هادئة')).toEqual(NONE);
    expect(readAs('وساطة', 'تعيش الأسر متوسطي الدخل في ضواحي المدينة')).toEqual(NONE);
  });
});

describe('participlePlurals', () => {
  it('reads the measures’ templates both ways', () => {
    expect(participleNoun('مستوردي', true)).toBe('استيراد');
    expect(participleNoun('مستوردي', false)).toBeUndefined();
    expect(participleNoun('متظاهرين')).toBe('تظاهر');
    expect(participleNoun('مشاركين')).toBe('مشاركه');
    expect(nounParticiple('استيراد')).toBe('مستوردين');
    expect(nounParticiple('انسحاب')).toBe('منسحبين');
    expect(nounParticiple('تصوير')).toBe('مصورين');
  });
  it('leaves final-weak, doubled and IV roots alone', () => {
    expect(participleNoun('محامين')).toBeUndefined();
    expect(participleNoun('مصريين')).toBeUndefined();
    expect(nounParticiple('اسلام')).toBeUndefined();
    expect(nounParticiple('تمديد')).toBeUndefined();
    // V's and VI's nouns are the present of «she»: not read back.
    expect(nounParticiple('تعيش')).toBeUndefined();
    expect(nounParticiple('تطالب')).toBeUndefined();
  });
});
