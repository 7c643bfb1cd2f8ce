// Thirty-ninth pass (session 47, 15b): the news vocabulary's forms the data did not hold — the inventory's tuned pairs as
// data (search-plurals.yaml, search-forms.yaml families), and measure I's verbal nouns joined to their past by the corpus
// (measureOneDerivations.ts, through corpusDerivations.ts). The real data and record builder; pages are our own sentences.
import { describe, expect, it } from 'vitest';
import { ctx, readAs, vocabulary } from './curatedMatch.testkit';
import { CorpusVocabulary, corpusReadings } from './corpusPlurals';
import { confirmedDerivations } from './corpusDerivations';
import { measureOneForms, measureOneRoot } from './measureOneDerivations';
import { patternReader } from './patternReadings';
import { stemSteps } from './stems';
import { normalizeArabic } from '../arabic/normalize';

const rules = vocabulary.patterns!.corpusPlurals!;
const indexCtx = { ...ctx, patterns: patternReader(vocabulary.patterns!) };
const filler = Array.from({ length: 30 }, (_, i) => `اجتمع مجلس البلدية في جلسته رقم ${i} لمناقشة ميزانية الطرق والإنارة والمدارس`);
function confirm(pages: string[], measureOne = true) {
  const vocab = new CorpusVocabulary(indexCtx.known);
  for (const p of [...filler, ...pages]) vocab.addPage([p]);
  vocab.seal();
  return confirmedDerivations(vocab, { ...rules, measureOne }, indexCtx);
}
const readings = (map: ReturnType<typeof confirm>, word: string) => corpusReadings(stemSteps(normalizeArabic(word), indexCtx.known), word, map, () => false);
const found = (q: string, text: string) => { const r = readAs(q, text); return r.full || r.low; };

describe('measure I verbal nouns by shape', () => {
  it('writes the past with an ending of فعل and فعول, sound roots only', () => {
    expect(measureOneForms('خطف')).toEqual(['خطفت', 'خطفوا', 'خطفتا']);
    expect(measureOneForms('سقوط')).toEqual(['سقطت', 'سقطوا', 'سقطتا']);
    expect(measureOneRoot('نفي')).toBeNull(); // weak: نفت
    expect(measureOneRoot('مدد')).toBeNull(); // doubled: مدوا
    expect(measureOneRoot('لجوء')).toBeNull(); // hamzated: لجأوا
    expect(measureOneRoot('تقدم')).toBeNull(); // four letters, no فعول
  });
});

describe('measure I confirmed by the corpus', () => {
  const noun = 'ندد الأهالي باستمرار الخطف على الطريق الصحراوي بين القريتين وطالبوا بدوريات للشرطة';
  const verb = 'خطفوا سائقا على الطريق الصحراوي بين القريتين ثم أطلقوا سراحه بعد دفع فدية للشرطة';
  it('joins a فعل noun seen with the article and its past on pages of like words, both ways', () => {
    const map = confirm([noun, verb]);
    expect(readings(map, 'الخطف')).toContain('خطفوا');
    expect(readings(map, 'خطفوا')).toContain('خطف');
  });
  it('is off without the data’s flag, as before the pass', () => {
    expect(readings(confirm([noun, verb], false), 'خطفوا')).toEqual([]);
  });
  it('joins a فعول noun to its past (سقوط ↔ سقطت)', () => {
    const map = confirm(['حذر الخبراء من السقوط المحتمل للجدار القديم في الحي بعد الأمطار الغزيرة على المدينة', 'سقطت أجزاء من الجدار القديم في الحي بعد الأمطار الغزيرة على المدينة']);
    expect(readings(map, 'سقطت')).toContain('سقوط');
  });
  it('refuses a فعول whose root the corpus writes with the article (a plural: ثغور of «الثغر»), and three letters never so written', () => {
    const plural = confirm(['زار الوفد الثغور الجنوبية للبلاد وتفقد الحراس على الحدود البحرية', 'ثغرت المياه الجدار عند الثغر الجنوبي للبلاد قرب الحدود البحرية']);
    expect(readings(plural, 'ثغرت')).toEqual([]);
    // «سعد» is a name here (never «السعد»): «سعدت» stays a verb of its own.
    const name = confirm(['قال سعد إن الحفل في الحديقة العامة للمدينة كان ناجحا', 'سعدت العائلات بالحفل في الحديقة العامة للمدينة']);
    expect(readings(name, 'سعدت')).toEqual([]);
  });
  it('refuses pages that share nothing', () => {
    expect(readings(confirm([noun, 'خطفوا الأضواء في حفل توزيع جوائز السينما بالعاصمة']), 'خطفوا')).toEqual([]);
  });
});

describe('the inventory’s tuned pairs as data', () => {
  it('a singular typed finds a page writing only its plural', () => {
    expect(found('مهبط', 'بنت السلطات مهابط للمروحيات في الجبال')).toBe(true);
    expect(found('ضغط', 'تعرضت الحكومة لضغوط كبيرة')).toBe(true);
    expect(found('فرع', 'أغلقت فروع المصرف أبوابها')).toBe(true);
    expect(found('نشيد', 'رددت الفرقة الأناشيد الوطنية')).toBe(true);
  });
  it('a verbal noun typed finds a page writing only the verb', () => {
    expect(found('قصف', 'قصفت الطائرات الميناء ليلا')).toBe(true);
    expect(found('هبوط', 'هبطت الطائرة في المطار القديم')).toBe(true);
    expect(found('إرجاء', 'أرجأت الحكومة صرف الرواتب')).toBe(true);
    expect(found('إيواء', 'آوت العائلة الطلاب في القبو')).toBe(true);
  });
  it('leaves the forms that are another common word alone', () => {
    expect(found('قبل', 'قبلت الحكومة العرض')).toBe(false); // «before»
    expect(found('ضمن', 'ضمنت الشركة حقوق العمال')).toBe(false); // «within»
    expect(found('زيت', 'قطف المزارعون الزيتون')).toBe(false);
    expect(found('جهاد', 'تواصلت جهود البحث')).toBe(false);
    expect(found('سداد', 'انهارت السدود الترابية')).toBe(false);
  });
});
