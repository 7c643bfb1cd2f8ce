// Twenty-sixth pass (session 34, 15c): broken plurals of sound roots and collectives joined only where the corpus
// confirms the pair (corpusPlurals.ts, content/search-corpus-plurals.yaml). Pages are our own sentences.
import { describe, expect, it } from 'vitest';
import { ctx, vocabulary } from './curatedMatch.testkit';
import { CorpusVocabulary, confirmedPlurals, corpusReadings } from './corpusPlurals';
import { patternReader } from './patternReadings';
import { keyedRecordBody, TOPIC_CONCEPT_WEIGHT } from './record';
import { planQuery } from './keys';
import { stemSteps } from './stems';
import { normalizeArabic } from '../arabic/normalize';

// The confirmation alone: the one-sided readings (twenty-seventh pass) are twentySeventhPass.test.ts's.
const { oneSided: _oneSided, ...rules } = vocabulary.patterns!.corpusPlurals!;
const indexCtx = { ...ctx, patterns: patternReader(vocabulary.patterns!) };

function confirm(pages: string[]) {
  const vocab = new CorpusVocabulary(indexCtx.known);
  for (const p of pages) vocab.addPage([p]);
  vocab.seal();
  return confirmedPlurals(vocab, rules, indexCtx);
}
/** Filler pages of other subjects: the corpus a pair's frequency and context are measured against. */
const filler = Array.from({ length: 30 }, (_, i) => `اجتمع مجلس البلدية في جلسته رقم ${i} لمناقشة ميزانية الطرق والإنارة والمدارس`);
const readings = (map: ReturnType<typeof confirm>, word: string) => corpusReadings(stemSteps(normalizeArabic(word), indexCtx.known), word, map);

describe('corpus-confirmed plurals and collectives', () => {
  it('joins a collective and its unit noun that stand on one page, both ways', () => {
    const map = confirm([...filler, 'قطف الفلاحون الزعرور من الجبل، وأكل الطفل زعرورة حمراء', 'بيع الزعرور في سوق القرية']);
    expect(readings(map, 'الزعرور')).toContain('زعروره');
    expect(readings(map, 'زعرورة')).toContain('زعرور');
    // The unit must be written with ة: «زعروره» with ه is a word with «his».
    expect(readings(map, 'زعروره')).toEqual([]);
    // The collective read to its unit only in a noun's place (the article, a preposition before it): «بقدر ما» is no pot.
    expect(corpusReadings(stemSteps(normalizeArabic('زعرور'), indexCtx.known), 'زعرور', map, () => false)).toEqual([]);
  });

  it('joins a sound-root plural and its singular whose pages share their words, not on one page', () => {
    const a = 'رتبت الجدة المناشر الخشبية على سطح البيت بعد الغسيل وجففت الثياب في الشمس';
    const b = 'انكسر منشر الغسيل الخشبي على سطح البيت فجففت الجدة الثياب في الشمس';
    const map = confirm([...filler, a, b]);
    expect(readings(map, 'المناشر')).toContain('منشر');
    expect(readings(map, 'منشر')).toContain('مناشر');
    // The same two words on pages with nothing in common are not confirmed.
    const apart = confirm([...filler, 'رتبت الجدة المناشر في الحديقة', 'أعلن وزير المالية منشر الأسعار الجديد للوقود']);
    expect(readings(apart, 'المناشر')).toEqual([]);
  });

  it('refuses a pair whose one form is far more frequent than the other predicts (ثورة «revolution» beside ثور «bull»)', () => {
    const revolution = Array.from({ length: 12 }, (_, i) => `احتفل الناس بذكرى الثورة الشعبية في الميدان للعام ${i}، وأعاد الثور الحديث عنها`);
    expect(readings(confirm([...filler, ...revolution]), 'الثور')).toEqual([]);
  });

  it('refuses a verb beside its noun in ة (no article ever on the verb: جلس beside جلسة) and a word of the data', () => {
    const map = confirm([...filler, 'جلس الوزير في الجلسة الأولى ثم جلس الأعضاء']);
    expect(readings(map, 'جلس')).toEqual([]);
    // أسرى/أسير is a family of the data: the data decides, never this rule.
    expect(confirmedPlurals(new CorpusVocabulary(indexCtx.known), rules, indexCtx).size).toBe(0);
  });

  it('reads أفعال only where the page writes its أ (إفعال is measure IV’s verbal noun)', () => {
    const a = 'عرض السوق الأصناف الجديدة من التمور التي جناها المزارعون في الواحة الجنوبية';
    const b = 'عرض السوق الصنف الجديد من التمور الذي جناه المزارعون في الواحة الجنوبية';
    const map = confirm([...filler, a, b]);
    expect(readings(map, 'الأصناف')).toContain('صنف');
    expect(readings(map, 'الاصناف')).toEqual([]);
  });

  it('keys the confirmed reading at the low weight, so the unit noun finds the collective’s page after pages writing it', () => {
    const a = 'قطف الفلاحون الزعرور من الجبل وباعوه في سوق القرية';
    const map = confirm([...filler, a, 'أكل الطفل زعرورة حمراء قطفها من الجبل قرب القرية']);
    const body = keyedRecordBody({ title: '', paragraphs: [a] }, { ...indexCtx, corpusPlurals: map });
    const low = body.match(new RegExp(`<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">([^<]*)</p>`))?.[1] ?? '';
    expect(low.split(' ')).toContain(planQuery('زعرورة', ctx).search);
    const without = keyedRecordBody({ title: '', paragraphs: [a] }, indexCtx);
    expect(without).not.toContain(planQuery('زعرورة', ctx).search);
  });

  it('digests per page only the readings its own words take: a record is made again only when those change', () => {
    const vocab = new CorpusVocabulary(indexCtx.known);
    for (const p of [...filler, 'قطف الفلاحون الزعرور من الجبل، وأكل الطفل زعرورة حمراء']) vocab.addPage([p]);
    vocab.seal();
    const digests = vocab.pageDigests(confirmedPlurals(vocab, rules, indexCtx));
    expect(digests.slice(0, filler.length).every((d) => d === '')).toBe(true);
    expect(digests.at(-1)).toContain('زعروره');
  });

  // What the indexer tests' edits rely on (src/indexer/write.test.ts, recordCache.test.ts; session 45): a page's words
  // are counted as sets, so its paragraphs moved or one repeated move no reading, of it or of any other page.
  it('reads the same pairs and digests whatever the order of a page\'s paragraphs, or a paragraph repeated', () => {
    const a = ['رتبت الجدة المناشر الخشبية على سطح البيت بعد الغسيل', 'وجففت الثياب في الشمس قرب الزعرور'];
    const b = 'انكسر منشر الغسيل الخشبي على سطح البيت فجففت الجدة الثياب في الشمس، وأكلت زعرورة';
    const digestsOf = (page: string[]) => {
      const vocab = new CorpusVocabulary(indexCtx.known);
      for (const p of [...filler, b]) vocab.addPage([p]);
      vocab.addPage(page);
      vocab.seal();
      const map = confirmedPlurals(vocab, rules, indexCtx);
      return { map: [...map], digests: vocab.pageDigests(map) };
    };
    const before = digestsOf(a);
    expect(before.digests.at(-1)).toContain('مناشر');
    expect(digestsOf([a[1], a[0]])).toEqual(before);
    expect(digestsOf([...a, a[0]])).toEqual(before);
  });
});
