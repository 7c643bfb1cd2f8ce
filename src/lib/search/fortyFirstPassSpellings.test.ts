// Session 49 (issue 15, forty-first pass, 15s): a foreign name typed in another transliteration than the page's, read
// through the index's own words grouped by consonant skeleton (nameSkeleton.ts) — no key is added to a page. A small
// corpus keyed by the real indexer behind a fake Pagefind; the groups built from its vocabulary as the indexer builds
// them (write.ts). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx } from './curatedMatch.testkit';
import { planQuery, type KeyContext } from './keys';
import { rankTiers } from './tiers';
import { CorpusVocabulary } from './corpusPlurals';
import { corpusSpellings, nameSkeleton, sameName, spellingReadings, vocabularySteps, type SpellingRules } from './nameSkeleton';
import { fakePagefind } from './fakePagefind.testkit';
import { keyedRecordBody } from './record';
import { loadSearchSpellings } from '../data/searchSpellings';

const rules: SpellingRules = loadSearchSpellings();

const pages = {
  mykolaiv: 'رست سفينة حبوب في ميناء ميكولايف بعد إصلاح الرصيفين',
  novatek: 'أبحرت ناقلة غاز مسال من مشروع شركة نوفاتيك في القطب الشمالي',
  governor: 'قال الحاكم غلادكوف إن المسيرات أصابت محطة كهرباء في بيلغورود',
  belgrade: 'وقع الرئيس الصربي في بيلغراد عقدا جديدا لتوريد الغاز',
  colombo: 'تظاهرت أمهات المجندين أمام الوزارة في كولومبو',
  colombia: 'يقاتل جنود سابقون من كولومبيا في صفوف الفيلق الدولي',
  zelenska: 'أطلقت أولينا زيلينسكا صندوقا لعلاج الأطفال المصابين',
  other: 'افتتحت البلدية سوقا أسبوعيا للخضر في الساحة',
};

/** The query side as the index ships it: the page words by skeleton, the rules, the rare number. */
function spelledCtx(rare = 3): KeyContext {
  const vocab = new CorpusVocabulary(indexCtx.known);
  for (const text of Object.values(pages)) vocab.addPage([text]);
  vocab.seal();
  const curated = (s: string) => indexCtx.families.has(s) || indexCtx.known.has(s);
  return { ...ctx, spellings: new Map(corpusSpellings(vocabularySteps(vocab, indexCtx.known), rules, rare, curated)), queryForms: { rare, spellings: rules } };
}
const corpus = fakePagefind(pages, indexCtx);
const ids = async (q: string, c = spelledCtx()) => (await rankTiers(planQuery(q, c), corpus, { total: 10 })).map((r) => r.result.id);

describe('a foreign name’s skeleton', () => {
  it('joins one name’s spellings: vowel letters, the letters of one sound, «تش»', () => {
    for (const [a, b] of [['ميكولاييف', 'ميكولايف'], ['نوفاتك', 'نوفاتيك'], ['جلادكوف', 'غلادكوف'], ['تشرنومورسك', 'تشورنومورسك'], ['كرماتورسك', 'كراماتورسك'], ['اوتشاكوف', 'اوتشاكيف']]) {
      expect(nameSkeleton(a, rules), a).not.toBeNull();
      expect(nameSkeleton(a, rules), a).toBe(nameSkeleton(b, rules));
      expect(sameName(a, b, rules), a).toBe(true);
    }
  });

  it('keeps apart two names that share their consonants: the last vowel, the distance', () => {
    // Colombo and Colombia, Zelenska and Zelensky: another last vowel, another skeleton.
    expect(nameSkeleton('كولومبو', rules)).not.toBe(nameSkeleton('كولومبيا', rules));
    expect(nameSkeleton('زيلينسكا', rules)).not.toBe(nameSkeleton('زيلينسكي', rules));
    // Belgorod and Belgrade: one skeleton, two vowels apart.
    expect(nameSkeleton('بيلغورود', rules)).toBe(nameSkeleton('بيلغراد', rules));
    expect(sameName('بيلغورود', 'بيلغراد', rules)).toBe(false);
    // Short words and few consonants have none.
    expect(nameSkeleton('بوتان', rules)).toBeNull();
    expect(nameSkeleton('نيجيريا', rules)).toBeNull();
  });

  it('reads a typed name to the page word of its skeleton, never to the other name of a pair', () => {
    const c = spelledCtx();
    expect(spellingReadings(['ميكولاييف'], c.spellings!, rules)).toEqual(['ميكولايف']);
    expect(spellingReadings(['بيلجراد', 'يلجراد'], c.spellings!, rules)).toEqual(['بيلغراد', 'يلغراد']);
    expect(spellingReadings(['بيلجورود', 'يلجورود'], c.spellings!, rules)).toEqual(['بيلغورود', 'يلغورود']);
    expect(spellingReadings(['زيلنسكا'], c.spellings!, rules)).toEqual(['زيلينسكا']);
    // A name of the curated data (the country's family, search-countries.yaml) is the data's: not grouped.
    expect(spellingReadings(['كولمبيا'], c.spellings!, rules)).toEqual([]);
  });

  it('finds the page through the index, the typed word on no page', async () => {
    expect(await ids('ميناء ميكولاييف')).toContain('mykolaiv');
    expect(await ids('نوفاتك')).toEqual(['novatek']);
    expect(await ids('الحاكم جلادكوف')).toContain('governor');
    expect(await ids('بيلجراد')).toEqual(['belgrade']);
    expect(await ids('اولينا زيلنسكا')).toContain('zelenska');
    // Off where the data gives no rules: the misspelt name finds nothing.
    expect(await ids('نوفاتك', { ...spelledCtx(), queryForms: { rare: 3 } })).toEqual([]);
  });

  it('leaves a word the pages write alone: no reading for a typed name that is on a page', async () => {
    expect(await ids('بيلغورود')).toEqual(['governor']);
    expect(await ids('كولومبو')).toEqual(['colombo']);
    expect(await ids('زيلينسكا')).toEqual(['zelenska']);
  });

  it('adds nothing to a page: the keyed record is the same with the groups shipped', () => {
    for (const text of Object.values(pages)) expect(keyedRecordBody({ title: '', paragraphs: [text] }, { ...indexCtx, ...spelledCtx() })).toBe(keyedRecordBody({ title: '', paragraphs: [text] }, indexCtx));
  });

  it('never groups a listed common word, a word with a pronoun, or a word of the data', () => {
    const groups = corpusSpellings([['غسالات', 'غسالات', 1], ['غزالات', 'غزالات', 1], ['اموالها', 'اموالها', 1], ['ميكولايف', 'ميكولايف', 1], ['ميكولاييف', 'ميكولاييف', 9]], rules, 3, () => false);
    // غسالات is listed; غزالات alone in its group; a word with a possessive pronoun has no skeleton.
    expect(groups.flatMap(([, g]) => g)).toEqual(['غزالات', 'ميكولايف']);
    expect(corpusSpellings([['ميكولايف', 'ميكولايف', 1]], rules, 3, (s) => s === 'ميكولايف')).toEqual([]);
  });
});
