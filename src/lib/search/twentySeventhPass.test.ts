// Twenty-seventh pass (session 35, 15b): broken plurals and collectives read on one side (oneSidedPlurals.ts,
// content/search-corpus-plurals.yaml `oneSided`) — the page writes one form, the corpus holds no other, the reader
// types the other. Pages are our own sentences.
import { describe, expect, it } from 'vitest';
import { ctx, vocabulary } from './curatedMatch.testkit';
import { CorpusVocabulary, confirmedPlurals, corpusReadings } from './corpusPlurals';
import { patternReader } from './patternReadings';
import { keyedRecordBody, TOPIC_CONCEPT_WEIGHT } from './record';
import { planQuery } from './keys';
import { stemSteps } from './stems';
import { normalizeArabic } from '../arabic/normalize';

// The data keeps the rule off (empty lists); these tests read it with the lists tuned in the pass (the file's comment).
const data = vocabulary.patterns!.corpusPlurals!;
const rules = { ...data, oneSided: { ...data.oneSided!, toSingular: ['ا12ا3', 'ا123ه', '1وا23', '1وا2ي3', '12اء3', 'م1ا23', 'م1ا2ي3', '12ا34', '12ا3ي4'], toPlural: ['ا12ا3', 'ا123ه', '1وا2ي3', '12اء3', 'م1ا23', 'م1ا2ي3', '12ا34', '12ا3ي4'] } };
const indexCtx = { ...ctx, patterns: patternReader(vocabulary.patterns!) };
const filler = Array.from({ length: 30 }, (_, i) => `اجتمع مجلس البلدية في جلسته رقم ${i} لمناقشة ميزانية الطرق والإنارة والمدارس`);

function corpus(pages: string[], corpusRules = rules) {
  const vocab = new CorpusVocabulary(indexCtx.known);
  for (const p of pages) vocab.addPage([p]);
  vocab.seal();
  return confirmedPlurals(vocab, corpusRules, indexCtx);
}
const readings = (map: ReturnType<typeof corpus>, word: string, noun = true) => corpusReadings(stemSteps(normalizeArabic(word), indexCtx.known), word, map, () => noun);
/** The low-weight keys of a one-paragraph page read with the corpus's readings. */
function lowKeys(text: string, map: ReturnType<typeof corpus>): string[] {
  const body = keyedRecordBody({ title: '', paragraphs: [text] }, { ...indexCtx, corpusPlurals: map });
  return (body.match(new RegExp(`<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">([^<]*)</p>`))?.[1] ?? '').split(' ');
}

describe('broken plurals read on one side', () => {
  it('keys a plural page with its singular and a singular page with its plural, the other form nowhere in the corpus', () => {
    const plural = 'أصلح الصيادون الشخاتير الخشبية على الشاطئ قبل الموسم';
    expect(lowKeys(plural, corpus([...filler, plural]))).toContain(planQuery('شختورة', ctx).search);
    const singular = 'اشترى الفلاح المسلفة الحديدية من الحداد';
    expect(lowKeys(singular, corpus([...filler, singular]))).toContain(planQuery('المسالف', ctx).search);
    // Without the corpus's readings the singular's page holds no key of the plural.
    expect(keyedRecordBody({ title: '', paragraphs: [singular] }, indexCtx)).not.toContain(planQuery('المسالف', ctx).search);
  });

  it('reads a singular to its plural only in a noun’s place, and a unit only where the page writes its ة', () => {
    const map = corpus([...filler, 'باع الفلاح مسلفة حديدية في السوق']);
    expect(readings(map, 'مسلفة')).toContain('مسالف');
    expect(readings(map, 'مسلفة', false)).toEqual([]);
    // The collective rule on one side is off (it joined رحمة/رحم …); switched on, the unit needs its written ة.
    const page = [...filler, 'زرعت الأم صفصافة قرب البئر'];
    expect(readings(corpus(page), 'صفصافة')).not.toContain('صفصاف');
    const units = corpus(page, { ...rules, oneSided: { ...rules.oneSided!, collective: true } });
    expect(readings(units, 'صفصافة')).toContain('صفصاف');
    expect(readings(units, 'صفصافه')).toEqual([]);
  });

  it('never reads a word of the curated data, nor to one, nor the shapes of a verbal or a doer’s noun', () => {
    // فعول and فِعال are not read one way: «السحور» is no plural of سحر, «السباح» none of سبح.
    const map = corpus([...filler, 'تناولت الأسرة السحور ثم شاهدت السباح في البطولة']);
    expect(readings(map, 'السحور')).not.toContain('سحر');
    expect(readings(map, 'السباح')).not.toContain('سبح');
    // A word the data knows (a family's form) is the data's to read.
    const known = [...indexCtx.families.keys()].find((w) => /^م.ا..$/.test(w))!;
    expect(readings(corpus([...filler, `زار الوفد ال${known} القديمة`]), `ال${known}`)).toEqual([]);
  });

  it('refuses a generated form the corpus holds far more often than the page word (another word)', () => {
    // The corpus writes «المسالف» on eight pages, «المسلفة» on one: the plural is mostly another word's, so no reading.
    const many = Array.from({ length: 8 }, (_, i) => `تحدث التقرير ${i} عن المسالف في المدينة`);
    expect(readings(corpus([...filler, ...many, 'اشترى الفلاح المسلفة']), 'المسلفة')).not.toContain('مسالف');
    expect(readings(corpus([...filler, 'اشترى الفلاح المسلفة']), 'المسلفة')).toContain('مسالف');
  });
});
