// Session 41 (issue 15, thirty-third pass, 15p): the common broken plurals (content/search-common-plurals.yaml) read
// only with the query's other words (commonPlurals.ts, tiers.ts). A small corpus keyed by the real indexer behind a fake
// Pagefind; the pairs as loaded. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, vocabulary } from './curatedMatch.testkit';
import { keyTokens, planQuery, type KeyContext } from './keys';
import { rankTiers } from './tiers';
import { commonPluralReadings, HOMOGRAPH_EXACT } from './commonPlurals';
import { fakePagefind } from './fakePagefind.testkit';
import { parseSearchCommonPlurals } from '../data/searchCommonPlurals';

const common = vocabulary.patterns!.corpusPlurals!.queryCommonPlurals!;
const on: KeyContext = { ...ctx, queryForms: { rare: 5, common } };
const off: KeyContext = { ...ctx, queryForms: { rare: 5 } };

const pages = {
  fair: 'قال مربون إن ثمن الجمال تراجع في السوق الأسبوعية هذا العام',
  painter: 'افتتح الفنان جمال معرضه الأول في المدينة',
  garage: 'ارتفعت أسعار قطع الغيار في ورشات الميكانيك',
  land: 'اشترت البلدية قطعة أرض قرب النهر لبناء مدرسة',
  cutoff: 'أعلنت الشركة قطع المياه عن الحي بسبب عطب',
  cutoff2: 'اشتكى السكان من قطع المياه المتكرر في الصيف',
  cutoff3: 'قال المسؤول إن قطع المياه سيستمر يومين',
  bakeries: 'أغلقت عدة مخابز أبوابها بسبب نقص الدقيق',
  other: 'افتتحت البلدية سوقا للخضر في الساحة الكبيرة',
};
const search = fakePagefind(pages, indexCtx);
const ids = async (q: string, c: KeyContext) => (await rankTiers(planQuery(q, c), search, { total: 9 })).map((r) => r.result.id);
const tiers = async (q: string, c: KeyContext) => (await rankTiers(planQuery(q, c), search, { total: 9 })).map((r) => [r.result.id, r.tier]);

describe('the common plurals list', () => {
  it('is read both ways and marks its homographs', () => {
    const read = (w: string) => commonPluralReadings(keyTokens(w, on)[0], on);
    expect(read('الجمل')).toEqual({ keys: [keyTokens('جمال', on)[0].key], homograph: true });
    expect(read('قطعة')?.homograph).toBe(true);
    expect(read('مخبزة')?.homograph).toBe(false);
    expect(read('مدفأة')?.keys).toEqual([keyTokens('مدافئ', on)[0].key]);
    // A word the list does not hold, and the list off: nothing.
    expect(read('الساحة')).toBeNull();
    expect(commonPluralReadings(keyTokens('الجمل', off)[0], off)).toBeNull();
  });

  it('refuses a sound plural, a pair twice and a form equal to its pair', () => {
    expect(() => parseSearchCommonPlurals('domains:\n  x:\n    - [مدرسة, مدرسات]\n')).toThrow(/sound plural/);
    expect(() => parseSearchCommonPlurals('domains:\n  x:\n    - [جمل, جمال]\n  y:\n    - [جمل, جمال]\n')).toThrow(/listed already/);
    expect(() => parseSearchCommonPlurals('domains:\n  x:\n    - [حدود, حدود]\n')).toThrow(/one form/);
    expect(parseSearchCommonPlurals('domains:\n  x:\n    - [جمل, جمال, a name]\n')).toEqual([['جمل', 'جمال', 1]]);
  });
});

describe('read where the query’s other words agree', () => {
  it('finds the other number’s page with the other word, and not without the list', async () => {
    // Without the list the page is only a partial match (it lacks «الجمل»); with it, one holding both words.
    expect((await tiers('ثمن الجمل', on))[0]).toEqual(['fair', 'concept']);
    expect((await tiers('ثمن الجمل', off))[0]).toEqual(['fair', 'partial']);
    expect((await tiers('قطعة غيار', on))[0]).toEqual(['garage', 'concept']);
    expect((await tiers('قطعة غيار', off))[0]).toEqual(['garage', 'partial']);
    expect((await tiers('مخبزة نقص الدقيق', on))[0]).toEqual(['bakeries', 'concept']);
  });

  it('never takes a page holding the plural without the other words', async () => {
    // «جمال» the painter's name: the page lacks «ثمن», so the co-occurrence keeps it out — and «ثمن» read to «أثمان»,
    // in no page, is not searched (Pagefind would leave the term out and search «جمال» alone).
    expect(await ids('ثمن الجمل', on)).not.toContain('painter');
    // A content word in no page («مغلقة»): nothing is read (the search would be «مخابز» alone).
    expect(await ids('مخبزة مغلقة', on)).toEqual(await ids('مخبزة مغلقة', off));
    expect(await ids('مخبزة مغلقة', on)).not.toContain('bakeries');
  });

  it('leaves a homograph unread where many pages write the typed form with the other words', async () => {
    expect(HOMOGRAPH_EXACT).toBe(3);
    // Three pages say «قطع المياه»: the reader means cutting; «قطعة» (a plot) is not read in.
    expect(await ids('قطع المياه', on)).not.toContain('land');
  });

  it('reads a one-word query’s plain pair after its full matches, a homograph’s never', async () => {
    expect(await ids('مخبزة', on)).toContain('bakeries');
    expect(await ids('مخبزة', off)).not.toContain('bakeries');
    expect(await ids('الجمل', on)).not.toContain('painter');
    expect(await ids('الجمل', on)).not.toContain('fair');
  });
});
