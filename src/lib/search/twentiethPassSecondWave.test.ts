// Issue 15, twentieth pass, second wave (session 28, 15x; aside20 spent): a reader's everyday broken plurals and the
// regions the news names by their adjective, grown in content/search-plurals.yaml and search-regions.yaml, read
// through the real data; the singulars whose noun's place is mostly a name or another use stay apart. Sentences
// written here in the shapes of the fixture pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAs } from './curatedMatch.testkit';
import { normalizeArabic } from '../arabic/normalize';
import { loadSearchPlurals } from '../data/searchPlurals';

const FULL = { low: false, full: true };
const NONE = { low: false, full: false };

describe('everyday words no list held: the singular finds the broken plural', () => {
  it('household, water, rites, games (مذياع، ساقية، ميقات، مشعل)', () => {
    expect(readAs('مذياع', 'كانت العائلات تتحلق حول المذاييع لسماع نشرة الأخبار')).toEqual(FULL);
    expect(readAs('ساقية', 'جفت السواقي التي تروي البساتين بعد انهيار السد')).toEqual(FULL);
    expect(readAs('ميقات', 'حدد العلماء المواقيت للحجاج القادمين من أوروبا')).toEqual(FULL);
    expect(readAs('مشعل', 'حمل العداؤون المشاعل في افتتاح الأولمبياد')).toEqual(FULL);
  });
  it('farming, animals, crafts (كرم، نعجة، إزميل)', () => {
    expect(readAs('كرم', 'أحرق القصف الكروم على ضفة النهر')).toEqual(FULL);
    expect(readAs('نعجة', 'نفقت النعاج في الحظيرة بعد الغارة')).toEqual(FULL);
    expect(readAs('إزميل', 'وضع النحات الأزاميل على الطاولة')).toEqual(FULL);
  });
});

describe('a singular that is mostly a named body or a particle carries no plural key', () => {
  it('«المراصد» meets no monitoring group referred back to as «المرصد»; «الأمثال» no «الرد بالمثل»', () => {
    expect(readAs('المراصد', 'وأضاف المرصد أنه راسل السلطات مرتين')).toEqual(NONE);
    expect(readAs('الأمثال', 'وقالت الخارجية إنها سترد على الخطوة بالمثل')).toEqual(NONE);
  });
});

describe('regions the news names by their adjective', () => {
  it('Libya, Algeria, Russia’s far east (طبرق، ميزاب، تشوكوتكا، سخالين)', () => {
    expect(readAs('طبرق', 'رست السفينة في الميناء الطبرقي فجر أمس')).toEqual(FULL);
    expect(readAs('ميزاب', 'قال المزارعون الميزابيون إن الأسمدة غلت')).toEqual(FULL);
    expect(readAs('تشوكوتكا', 'تعبر الناقلات السواحل التشوكوتكية صيفا')).toEqual(FULL);
    expect(readAs('سخالين', 'وقعت الشركة عقدا للغاز السخاليني')).toEqual(FULL);
  });
});

describe('the held-out pairs stay out of the list', () => {
  it('no form of tests/fixtures/search/plurals-heldout-15x.yaml is a form of content/search-plurals.yaml', () => {
    const held = (parse(readFileSync('tests/fixtures/search/plurals-heldout-15x.yaml', 'utf8')).heldOutPlurals as string[][]).flat();
    expect(held.length).toBeGreaterThan(200);
    const listed = new Set(loadSearchPlurals().flatMap((e) => e.family.forms.map((f) => normalizeArabic(f))));
    expect(held.filter((f) => listed.has(normalizeArabic(f)))).toEqual([]);
  });
});
