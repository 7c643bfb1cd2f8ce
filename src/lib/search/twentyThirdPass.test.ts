// Issue 15, twenty-third pass (session 31, 15p): broken plurals of everyday words read by pattern where the earlier
// patterns left them (فعاليل ← فعلولة، فعائل of a root in و first، مفايل of a hollow root in ي، فواعي ← فاعية), and a town
// written bare after a place signal («أهالي دنقلا»، «ضواحي كوفيل») carrying its adjectives — each with the traps that
// decide them. Sentences written here in the shapes of the fixture pages; the words are none of the pair files' aside part.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAs } from './curatedMatch.testkit';
import { parseSearchNisbas } from '../data/search';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('broken plurals the earlier patterns left', () => {
  it('فعاليل ← فعلولة: a singular in ة finds the page writing its plural (خرطوشة ↔ الخراطيش، عرجونة ↔ العراجين)', () => {
    expect(readAs('خرطوشة', 'وقال الصيادون إن الخراطيش لم تصل منذ أشهر')).toEqual(LOW);
    expect(readAs('عرجونة', 'وتدلت العراجين من النخيل في البستان')).toEqual(LOW);
  });
  it('فعائل of a root in و first: the و is a root letter there (وسادة ↔ الوسائد، وشيجة ↔ الوشائج)', () => {
    expect(readAs('وسادة', 'وتراجع الطلب على الوسائد والمفروشات')).toEqual(LOW);
    expect(readAs('وشيجة', 'وتقوت الوشائج بين البلدين بعد الزيارة')).toEqual(LOW);
  });
  it('مفايل of a hollow root in ي (مصيدة ↔ المصايد، معيشة ↔ المعايش), not measure III participles of a root in و', () => {
    expect(readAs('مصيدة', 'وقال الصيادون إن المصايد فرغت من السمك')).toEqual(LOW);
    expect(readAs('مقومة', 'وقال إن المقاوم أصيب في الاشتباك')).toEqual(NONE);
  });
  it('فواعي ← فاعية (حاشية ↔ الحواشي، سارية ↔ السواري), never «حوالي» «about» nor VI nouns in ت', () => {
    expect(readAs('حاشية', 'وكتب المحقق ملاحظاته في الحواشي')).toEqual(LOW);
    expect(readAs('سارية', 'ورفعت الأعلام على السواري في الميناء')).toEqual(LOW);
    expect(readAs('الحالية', 'وبلغ عدد النازحين حوالي مليون شخص')).toEqual(NONE);
    expect(readAs('تالية', 'وتحدث عن توالي الأزمات في البلاد')).toEqual(NONE);
  });
});

describe('a town written bare after a place signal carries its adjectives', () => {
  it('the adjective typed finds the page writing the town after أهالي، سكان، ضواحي، جنوب (no place word)', () => {
    expect(readAs('الدنقلاوي', 'وقال أهالي دنقلا إنهم عانوا من طول الانتظار')).toEqual(LOW);
    expect(readAs('الكوفيلي', 'ويقول متطوعون في ضواحي كوفيل إن الحاجة كبيرة')).toEqual(LOW);
    expect(readAs('المدنيني', 'يشكو حرفيون في جنوب مدنين من تراجع الزبائن')).toEqual(LOW);
  });
  it('a common noun after a signal, written with the article, is no town (سكان الريف ↛ الريفي، غرب النهر ↛ النهري)', () => {
    expect(readAs('الريفي', 'ويقول خبراء إن سكان الريف هم الأكثر تضررا')).toEqual(NONE);
    expect(readAs('السهلي', 'وقال إن سكان السهل نزحوا شمالا')).toEqual(NONE);
    expect(readAs('الغابي', 'واندلع حريق غرب الغابة أمس')).toEqual(NONE);
  });
  it('a direction after a direction is no town (جنوب شرق ↛ الشرقاوي), nor a word of the curated data', () => {
    expect(readAs('الشرقاوي', 'وتحدث عن دول جنوب شرق آسيا')).toEqual(NONE);
    expect(readAs('السوري', 'ونزح سكان شمال سوريا إلى الحدود')).not.toEqual(LOW);
  });
  it('the signals are data: a file listing a signal that is no Arabic word is refused with the file named', () => {
    const good = readFileSync('content/search-nisbas.yaml', 'utf8');
    expect(parseSearchNisbas(good).placeSignals).toContain('أهالي');
    expect(() => parseSearchNisbas('endings:\n  - { place: ة, nisba: [ي] }\nplaceWords: [مدينة]\nplaceSignals: [residents]\n', 'bad-signals.yaml')).toThrow(/bad-signals\.yaml/);
  });
});
