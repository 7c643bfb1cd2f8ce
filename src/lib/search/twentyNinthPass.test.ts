// Session 37 (issue 15, twenty-ninth pass, 15n): the form the corpus lacks, read on the query side. A small corpus keyed
// by the real indexer behind a fake Pagefind; the names a typed adjective reads back to come from the same corpus's
// place evidence (corpusNisbas.ts queryPlaces), as the indexer ships them. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, vocabulary } from './curatedMatch.testkit';
import { CorpusVocabulary } from './corpusPlurals';
import { PlaceEvidence, addPlacePage, queryPlaces } from './corpusNisbas';
import { planQuery, type KeyContext } from './keys';
import { rankQuery, rankTiers } from './tiers';
import { bucketWords } from './wordBuckets';
import { BucketedWords } from './bucketedContext';
import { contextFromJson } from './context';
import { fakePagefind } from './fakePagefind.testkit';

/** A fake Pagefind over pages keyed by the real indexer (fakePagefind.testkit.ts). */
const corpus = (pages: Record<string, string>) => fakePagefind(pages, indexCtx);

/** The query side's context over these pages: their names and the data's endings, verbal nouns read. */
function queryCtx(pages: Record<string, string>, derivations = true): KeyContext {
  const vocab = new CorpusVocabulary(indexCtx.known);
  const places = new PlaceEvidence();
  for (const text of Object.values(pages)) addPlacePage(vocab, places, [text], indexCtx);
  vocab.seal();
  return { ...ctx, places: new Set(queryPlaces(vocab, places, indexCtx)), queryForms: { endings: indexCtx.patterns!.nisbas!.endings, derivations } };
}

const pages = {
  town: 'بدأ الصيادون في مدينة فارسكور صيانة مراكبهم قبل موسم السردين',
  bare: 'وصل تجار الشباك الجديدة إلى روصو صباح أمس',
  adjective: 'قال تجار روصويون إن أسعار الشباك ارتفعت هذا العام',
  pottery: 'عرض الحرفيون أواني من الخزف في السوق الأسبوعي',
  stall: 'قال السكان إن المقاول ماطل في تنفيذ المشروع عامين',
  rocks: 'دحرجوا الصخور عن الطريق بعد السيل',
  attend: 'حضر الوزير حفل ختام مهرجان الحلويات',
  other: 'افتتحت البلدية سوقا أسبوعيا للخضر في الساحة',
  vendors: 'وقف باعة الخضر عند مدخل السوق',
};

describe('the form the corpus lacks, read on the query side', () => {
  const qctx = queryCtx(pages);

  it('reads a typed adjective back to a name the corpus writes after a place word or bare after إلى', () => {
    expect(planQuery('الفارسكورية', qctx).units[0].readings).toHaveLength(1);
    expect(planQuery('روصويو', qctx).units[0].readings).toHaveLength(1);
    // Not where the stem is no name of the corpus (الخزف: with the article), nor an adjective of four letters (عربي).
    expect(planQuery('خزفيون', qctx).units[0].readings).toBeUndefined();
    expect(planQuery('عربيون', qctx).units[0].readings).toBeUndefined();
    // Nothing without the shipped rules.
    expect(planQuery('الفارسكورية', ctx).units[0].readings).toBeUndefined();
  });

  it('lists the pages writing the typed adjective first, then the town’s page', async () => {
    const out = await rankTiers(planQuery('تجار روصويون', qctx), corpus(pages), { total: 8 });
    expect(out.map((r) => [r.result.id, r.tier]).slice(0, 2)).toEqual([['adjective', 'exact'], ['bare', 'concept']]);
    // No page writes the typed adjective and the town's page lacks the other word: it comes first, «باعة» struck
    // through, before the pages holding «باعة» alone.
    const { adjective: _written, ...unwritten } = pages;
    const lacking = await rankTiers(planQuery('باعة روصويون', qctx), corpus(unwritten), { total: 8 });
    expect(lacking.map((r) => [r.result.id, r.tier, r.missing.join(' ')]).slice(0, 2)).toEqual([['bare', 'partial', 'باعة'], ['vendors', 'partial', 'روصويون']]);
    // Where a page writes the typed adjective, its partial match stays first and the town's page is not read alone.
    const written = await rankTiers(planQuery('باعة روصويون', qctx), corpus(pages), { total: 9 });
    expect(written[0]?.result.id).toBe('adjective');
    expect(written.map((r) => r.result.id)).not.toContain('bare');
    // The town after a place word: its page is found too where no page writes the adjective.
    const town = await rankTiers(planQuery('مراكب فارسكورية', qctx), corpus(pages), { total: 8 });
    expect(town[0]?.result.id).toBe('town');
  });

  it('reads a verbal noun of III to its bare past and a quadriliteral’s to its verb, but not II to measure I', async () => {
    const stall = await rankTiers(planQuery('مماطلة المقاول', qctx), corpus(pages), { total: 8 });
    expect(stall[0]?.result.id).toBe('stall');
    const rocks = await rankTiers(planQuery('دحرجة الصخور', qctx), corpus(pages), { total: 8 });
    expect(rocks[0]?.result.id).toBe('rocks');
    expect(planQuery('تحضير', qctx).units[0].readings).toBeUndefined();
    const attend = await rankTiers(planQuery('تحضير الحلويات', qctx), corpus(pages), { total: 8 });
    expect(attend.filter((r) => r.tier !== 'partial').map((r) => r.result.id)).not.toContain('attend');
    // Switched off by data: no reading.
    expect(planQuery('مماطلة', queryCtx(pages, false)).units[0].readings).toBeUndefined();
  });

  it('while typing, leaves the readings for the settled query and says so', async () => {
    const plans = { closed: planQuery('مماطلة المقاول', qctx), open: planQuery('مماطلة المقاول', qctx, { prefixLast: true }) };
    // While typing no word is checked, so Pagefind's match leaving out the word no page holds stands alone.
    const typing = await rankQuery(plans, corpus(pages), { total: 8, partial: false });
    expect(typing.ranked.map((r) => r.tier)).toEqual(['exact']);
    expect(typing.partialSkipped).toBe(true);
    const settled = await rankQuery(plans, corpus(pages), { total: 8 });
    expect(settled.ranked[0]?.result.id).toBe('stall');
  });

  it('is switched on by content/search-corpus-plurals.yaml as loaded', () => {
    expect(vocabulary.patterns?.corpusPlurals?.queryNisbas).toBe(true);
    expect(vocabulary.patterns?.corpusPlurals?.queryDerivations).toBe(true);
  });

  it('ships the names in the word buckets, read back by key', () => {
    const json = { version: 1 as const, aliases: [], actors: [], topics: {}, sources: {}, places: ['فارسكور', 'روصو'] };
    expect(contextFromJson(json).places?.has('روصو')).toBe(true);
    const { main, buckets } = bucketWords(json);
    expect('places' in main).toBe(false);
    const words = new BucketedWords(main);
    for (const [b, j] of buckets) words.add(b, j);
    expect(words.ctx.places?.has('فارسكور')).toBe(true);
    expect(words.ctx.places?.has('فارس')).toBe(false);
  });
});
