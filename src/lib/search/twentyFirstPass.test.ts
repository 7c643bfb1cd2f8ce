// Issue 15, twenty-first pass (session 29, 15m): broken plurals of roots with a weak letter, a hamza or a doubled
// letter read by pattern (content/search-patterns.yaml), both ways — a singular typed finds a page writing only the
// plural, a plural typed a page writing only the singular in a noun's place (pluralsOfSingular) — at the low weight,
// with the traps of the new patterns' shapes. Sentences written here in the shapes of the fixture pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAs, vocabulary } from './curatedMatch.testkit';
import { normalizeArabic } from '../arabic/normalize';
import { loadSearchPlurals } from '../data/searchPlurals';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('a singular typed finds the broken plural of a weak, hamzated or doubled root', () => {
  it('hollow and hamzated (ضائقة → الضوائق، ذائقة → الذوائق، مغارة → المغائر، فؤاد → الأفئدة، أجل → الآجال)', () => {
    expect(readAs('ضائقة', 'تعاني الأسر من الضوائق المالية منذ بداية الشتاء')).toEqual(LOW);
    expect(readAs('ذائقة', 'تغيرت الذوائق الموسيقية لدى الشباب')).toEqual(LOW);
    expect(readAs('مغارة', 'اختبأ السكان في المغائر القريبة')).toEqual(LOW);
    expect(readAs('فؤاد', 'لامست كلماته الأفئدة في القاعة')).toEqual(LOW);
    expect(readAs('أجل', 'انتهت الآجال التي حددتها الحكومة')).toEqual(LOW);
  });
  it('defective (غازي → الغزاة، رامي → الرماة، نادي → الأندية، مرعى → المراعي)', () => {
    expect(readAs('غازي', 'وصف الشهود كيف دخل الغزاة القرى الشمالية')).toEqual(LOW);
    expect(readAs('رامي', 'تدرب الرماة على الأسلحة الجديدة')).toEqual(LOW);
    expect(readAs('نادي', 'تخوض الأندية الأوكرانية موسمها بعيدا عن ملاعبها')).toEqual(LOW);
    expect(readAs('مرعى', 'جفت المراعي في السهوب الجنوبية')).toEqual(LOW);
  });
  it('assimilated and doubled (ميلاد → المواليد، موضع → المواضع، وتد → الأوتاد، صف → الصفوف، شحيح → الأشحاء)', () => {
    expect(readAs('ميلاد', 'سجلت الإدارة ارتفاعا في عدد المواليد هذا العام')).toEqual(LOW);
    expect(readAs('موضع', 'فحص الخبراء المواضع التي اختيرت للتخزين')).toEqual(LOW);
    expect(readAs('وتد', 'ثبت النازحون الأوتاد في الأرض الموحلة')).toEqual(LOW);
    expect(readAs('صف', 'اصطف الجنود في الصفوف الأمامية')).toEqual(LOW);
    expect(readAs('شحيح', 'وصف الكاتب الأشحاء في روايته')).toEqual(LOW);
  });
  it('فعالى written ى (قديم → القدامى، حيران → الحيارى، ثكلى → الثكالى), never a nisba in ي or a feminine elative', () => {
    expect(readAs('قديم', 'ساعد المحاربون القدامى المحققين')).toEqual(LOW);
    expect(readAs('حيران', 'وقف الحيارى أمام المعبر المغلق')).toEqual(LOW);
    expect(readAs('ثكلى', 'بكت الثكالى في الجنازة')).toEqual(LOW);
    expect(readAs('غريب', 'قال الجانب الغربي إن المفاوضات متوقفة')).toEqual(NONE);
    expect(readAs('كبير', 'تعد الحرب الكبرى في أوروبا منذ عقود')).toEqual(NONE);
  });
});

describe('a plural typed finds a page writing the singular in a noun’s place (the reverse reading)', () => {
  it('with the article or after a preposition (الدور، الوجع، الطور)', () => {
    expect(readAs('الأدوار', 'يجب أن تعيد المنظمات النظر في الدور الذي تقوم به')).toEqual(LOW);
    expect(readAs('الأوجاع', 'قال اللاعب إن الوجع الأكبر هو غياب المشجعين')).toEqual(LOW);
    expect(readAs('الأطوار', 'الطور الذي يمر به الإقليم هو الأصعب')).toEqual(LOW);
  });
  it('not a word without the article or a preposition before it (ودور الوسطاء: a construct, as likely a verb)', () => {
    expect(readAs('الأدوار', 'ودور الوسطاء كان حاسما في الصفقة')).toEqual(NONE);
  });
});

describe('the traps of the new shapes', () => {
  it('a reading listed in notReadings is never given (أعداء → عديد «numerous», a doubled root’s أفعلاء)', () => {
    expect(readAs('عديد', 'حذر القائد من الأعداء على الحدود')).toEqual(NONE);
  });
  it('a nisba in ية after a word with the article agrees, it is no أفعلة (المواقع الأثرية ≠ ثراء)', () => {
    expect(readAs('ثراء', 'زار الوفد المواقع الأثرية في المدينة')).toEqual(NONE);
  });
  it('a verb of أفعال’s shape written أ is no آفعال (أفاق «woke» ≠ أفق؛ الآفاق → أفق)', () => {
    expect(readAs('أفق', 'أفاق الجريح بعد العملية')).toEqual(NONE);
    expect(readAs('أفق', 'فتحت الاتفاقية الآفاق أمام التعاون')).toEqual(LOW);
  });
});

describe('the aside pairs stay out of the data', () => {
  it('no plural of tests/fixtures/search/plurals-aside21m.yaml is a form of a family or of content/search-plurals.yaml', () => {
    const aside = parse(readFileSync('tests/fixtures/search/plurals-aside21m.yaml', 'utf8'));
    const plurals = (Object.values(aside.plurals) as string[][][]).flat().map(([, p]) => normalizeArabic(p));
    expect(plurals.length).toBeGreaterThan(100);
    const listed = new Set([...loadSearchPlurals().flatMap((e) => e.family.forms), ...vocabulary.families.flatMap((f) => f.forms)].map((f) => normalizeArabic(f)));
    expect(plurals.filter((p) => listed.has(p))).toEqual([]);
  });
});
