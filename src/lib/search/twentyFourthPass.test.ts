// Issue 15, twenty-fourth pass (session 32, 15b): everyday broken plurals by field (content/search-plurals.yaml) and
// measure II's present with an object pronoun (content/search-patterns.yaml measureIIForms: ينظّفه، ينظّفونها، نظّفوها),
// with the traps of their shapes. Sentences written here in the shapes of the fixture pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAs, vocabulary } from './curatedMatch.testkit';
import { normalizeArabic } from '../arabic/normalize';
import { loadSearchPlurals } from '../data/searchPlurals';

const FULL = { low: false, full: true };
const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('an everyday singular typed finds a page writing only its broken plural', () => {
  it('tools, animals and clothing (برغي → البراغي، شبشب → الشباشب، قفطان → القفاطين)', () => {
    expect(readAs('برغي', 'يشتري أصحاب البيوت البراغي والمفكات قبل الشتاء')).toEqual(FULL);
    expect(readAs('شبشب', 'تبيع الدكاكين الشباشب البلاستيكية قرب الشاطئ')).toEqual(FULL);
    expect(readAs('قفطان', 'تلبس العروس القفاطين المطرزة في الحفل')).toEqual(FULL);
  });
  it('a word of the same letters in another sense stays apart (أنوال ≠ the name نوال، مهور ≠ المهرة، جذور ≠ جذري)', () => {
    expect(readAs('الأنوال', 'وتقول الحاجة نوال إنها حفظت الليمون')).toEqual(NONE);
    expect(readAs('المهور', 'وقال إن العمال المهرة صاروا قلة')).toEqual(NONE);
    expect(readAs('الجذور', 'ويرى مهندسون أن الحي يحتاج إلى تغيير جذري')).toEqual(NONE);
  });
});

describe('a measure II verbal noun finds its present with an object pronoun', () => {
  it('ينظّفه، ينظّفونه، نظّفوها → تنظيف; دربوها → تدريب', () => {
    expect(readAs('تنظيف', 'وهو ينظفه كل صباح قبل وصول الزبائن')).toEqual(LOW);
    expect(readAs('تنظيف', 'وكانوا ينظفونه كل صباح')).toEqual(LOW);
    expect(readAs('تنظيف', 'وقد نظفوها قبل العيد')).toEqual(LOW);
    expect(readAs('تدريب', 'ثم دربوها على السباحة')).toEqual(LOW);
  });
  it('not measure I read as II (يعرفه ≠ تعريف), not a noun in وة (دعوة), not a hollow root (يحوله: «يحول دون»)', () => {
    expect(readAs('تعريف', 'وقال إنه يعرفه منذ سنوات')).toEqual(NONE);
    expect(readAs('تجعيل', 'وهذا ما يجعله صعبا')).toEqual(NONE);
    expect(readAs('تدعيو', 'ووجهت دعوة إلى الوزير')).toEqual(NONE);
    expect(readAs('تحويل', 'وهو يحوله إلى أسرته كل شهر')).toEqual(NONE);
  });
});

describe('the aside pairs stay out of the data', () => {
  it('no plural of tests/fixtures/search/plurals-aside24b.yaml is a form of content/search-plurals.yaml', () => {
    // Its singulars may be (إناء is آنية's already): the pair is what the data must not join.
    const aside = parse(readFileSync('tests/fixtures/search/plurals-aside24b.yaml', 'utf8'));
    const forms = (Object.values(aside.plurals) as string[][][]).flat().map(([, p]) => normalizeArabic(p));
    expect(forms.length).toBe(45);
    const listed = new Set(loadSearchPlurals().flatMap((e) => e.family.forms).map((f) => normalizeArabic(f)));
    expect(forms.filter((p) => listed.has(p))).toEqual([]);
    expect(vocabulary.families.length).toBeGreaterThan(1000);
  });
  it('nor a plural of plurals-aside23p.yaml (the twenty-third pass\'s aside third; the four pairs this pass had written too were taken out)', () => {
    const aside = parse(readFileSync('tests/fixtures/search/plurals-aside23p.yaml', 'utf8'));
    const forms = (Object.values(aside.plurals) as string[][][]).flat().map(([, p]) => normalizeArabic(p));
    const listed = new Set(loadSearchPlurals().flatMap((e) => e.family.forms).map((f) => normalizeArabic(f)));
    expect(forms.filter((p) => listed.has(p))).toEqual([]);
  });
});
