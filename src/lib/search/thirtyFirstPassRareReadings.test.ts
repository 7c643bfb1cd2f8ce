// Session 39 (issue 15, thirty-first pass, 15n): a town and its adjective, and measure II's noun and verb, read
// against the index's own vocabulary (rareReadings.ts). A small corpus keyed by the real indexer behind a fake
// Pagefind; no name evidence is shipped (no `places`): the reading is kept where the index holds it rarely. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, vocabulary } from './curatedMatch.testkit';
import { planQuery, type KeyContext } from './keys';
import { rankQuery, rankTiers } from './tiers';
import { adjectivesOfTypedTown, measureTwoReadings, townsOfTypedAdjective } from './rareReadings';
import { fakePagefind } from './fakePagefind.testkit';

const corpus = (pages: Record<string, string>) => fakePagefind(pages, indexCtx);
const endings = indexCtx.patterns!.nisbas!.endings;
/** The query side with the endings and the rare readings on (`rare` pages at most), no town list at all. */
const rareCtx = (rare = 3): KeyContext => ({ ...ctx, queryForms: { endings, rare } });

const pages = {
  // The town in a construct only: no place word, no في/إلى before it.
  construct: 'اشتكى مزارعو قرطوسة من غلاء العلف هذا الموسم',
  // The adjective only, the town never written.
  adjective: 'قال الصيادون الدرنيكيون إن الموسم تأخر بسبب الرياح',
  // A measure II verb a page writes, its noun nowhere.
  verb: 'تجلس النساء في الفناء ويفرزن الحبوب قبل طحنها',
  // A measure II noun a page writes, its verb nowhere.
  noun: 'بدأ موسم تطعيم الأشجار المثمرة في البساتين',
  // The common word a typed adjective would read to, on more pages than `rare` (زراعية → زراعة).
  farm1: 'تراجعت الزراعة في السهول بسبب الجفاف',
  farm2: 'قال الوزير إن الزراعة تحتاج إلى دعم',
  farm3: 'تعتمد الزراعة على مياه الأمطار',
  farm4: 'وفرت الزراعة فرص عمل للشباب',
  other: 'افتتحت البلدية سوقا أسبوعيا للخضر في الساحة',
  growers: 'قال المزارعون إن الموسم جاء أفضل من المتوقع',
};

describe('a town and its adjective, measure II, read against the index', () => {
  it('reads shapes by the data’s endings, both ways', () => {
    expect(townsOfTypedAdjective('القرطوسيون', rareCtx())).toContain('قرطوسه');
    expect(adjectivesOfTypedTown('درنيكا', rareCtx())).toEqual(['درنيكي', 'درنيكاوي']);
    expect(adjectivesOfTypedTown('تنس', rareCtx())).toEqual(['تنسي', 'تنساوي']);
    // Too short for a town (قرى), an adjective's shape read the other way only, a four-letter adjective (ناري) none.
    expect(adjectivesOfTypedTown('قري', rareCtx())).toEqual([]);
    expect(adjectivesOfTypedTown('الدرنيكيون', rareCtx())).toEqual([]);
    expect(townsOfTypedAdjective('نارية', rareCtx())).toEqual([]);
    expect(measureTwoReadings('تفريز')).toEqual(['يفرزون', 'فرزوا', 'يفرزن', 'فرزت']);
    expect(measureTwoReadings('طعموا')).toEqual(['تطعيم']);
    // A weak or doubled root is not read here (weakNounReadings.ts reads those by their own shapes).
    expect(measureTwoReadings('تحويل')).toEqual([]);
    expect(measureTwoReadings('تقرير')).toEqual([]);
  });

  it('finds the town’s page for a typed adjective with no name evidence, first', async () => {
    // Before the page that holds the other word alone.
    const out = await rankTiers(planQuery('المزارعون القرطوسيون', rareCtx()), corpus(pages), { total: 10 });
    expect(out.map((r) => r.result.id).slice(0, 2)).toEqual(['construct', 'growers']);
    expect(await rankTiers(planQuery('القرطوسيون', rareCtx()), corpus(pages), { total: 10 })).toEqual([{ result: { id: 'construct', score: 1 }, tier: 'concept', missing: [] }]);
    // Off where the data gives no number: the adjective alone finds nothing.
    expect(await rankTiers(planQuery('القرطوسيون', { ...ctx, queryForms: { endings } }), corpus(pages), { total: 10 })).toEqual([]);
  });

  it('finds the adjective’s page for a typed town', async () => {
    // A ة town: the index's own reading of the adjective (nisbaReadings.ts) leaves it out (a plain ي adjective of a
    // ة word is a common noun's too often), so only the query side's reading finds the page.
    const out = await rankTiers(planQuery('قوارب درنيكة', rareCtx()), corpus(pages), { total: 10 });
    expect(out[0]?.result.id).toBe('adjective');
    const off = await rankTiers(planQuery('قوارب درنيكة', { ...ctx, queryForms: { endings } }), corpus(pages), { total: 10 });
    expect(off.map((r) => r.result.id)).not.toContain('adjective');
  });

  it('reads measure II both ways where the index holds the other form', async () => {
    // Read, the page holds both words (a full match through the reading); unread, only the other word (partial).
    const first = async (q: string, c: KeyContext) => (await rankTiers(planQuery(q, c), corpus(pages), { total: 9 }))[0];
    expect(await first('تفريز الحبوب', rareCtx())).toMatchObject({ result: { id: 'verb' }, tier: 'concept' });
    expect(await first('طعموا الأشجار', rareCtx())).toMatchObject({ result: { id: 'noun' }, tier: 'concept' });
    const off = { ...ctx, queryForms: { endings } };
    expect(await first('تفريز الحبوب', off)).toMatchObject({ result: { id: 'verb' }, tier: 'partial' });
    expect(await first('طعموا الأشجار', off)).toMatchObject({ result: { id: 'noun' }, tier: 'partial' });
  });

  it('drops a reading the index holds on more pages than the data allows', async () => {
    // «زراعية» reads to «زراعة» (four pages here): with at most three, no farm page comes back for the adjective.
    const plan = planQuery('المحاصيل الزراعية', rareCtx(3));
    expect(plan.units[1].rareReadings?.length).toBeGreaterThan(0);
    const out = await rankTiers(plan, corpus(pages), { total: 9 });
    expect(out.filter((r) => r.result.id.startsWith('farm'))).toEqual([]);
    // With a looser number the same reading is kept: the count is what decides.
    const loose = await rankTiers(planQuery('المحاصيل الزراعية', rareCtx(5)), corpus(pages), { total: 9 });
    expect(loose.some((r) => r.result.id.startsWith('farm'))).toBe(true);
  });

  it('reads nothing for a typed word the index holds on more pages than the data allows', async () => {
    const tennis = { ...pages, t1: 'فاز اللاعب ببطولة درنيكة للتنس', t2: 'ملعب درنيكة يستضيف الدورة', t3: 'وصلت الفرق إلى درنيكة', t4: 'غادر الوفد درنيكة مساء' };
    // Four pages write «درنيكة» itself: no longer a word the corpus lacks, so the adjective's page is not read in.
    const out = await rankTiers(planQuery('قوارب درنيكة', rareCtx(3)), corpus(tennis), { total: 14 });
    expect(out.map((r) => r.result.id)).not.toContain('adjective');
    expect((await rankTiers(planQuery('قوارب درنيكة', rareCtx(4)), corpus(tennis), { total: 14 })).map((r) => r.result.id)).toContain('adjective');
  });

  it('while typing, leaves the rare readings for the settled query and says so', async () => {
    const c = rareCtx();
    const plans = { closed: planQuery('القرطوسيون', c), open: planQuery('القرطوسيون', c, { prefixLast: true }) };
    const typing = await rankQuery(plans, corpus(pages), { total: 9, partial: false });
    expect(typing.ranked).toEqual([]);
    expect(typing.partialSkipped).toBe(true);
    const settled = await rankQuery(plans, corpus(pages), { total: 9 });
    expect(settled.ranked[0]?.result.id).toBe('construct');
  });

  it('is switched on by content/search-corpus-plurals.yaml as loaded', () => {
    expect(vocabulary.patterns?.corpusPlurals?.queryRareForms).toBe(5);
  });
});

describe('a noun’s unit and its collective, read against the index', () => {
  const birds = {
    flock: 'حلق سرب من الإوز فوق البحيرة قبل الغروب',
    tin: 'افتتح مصنع جديد لتعليب السردين في الميناء',
    fish: 'اصطاد البحار سردينة كبيرة قرب الصخور',
  };
  const c = { ...rareCtx(), queryForms: { endings, rare: 3, collective: true } };
  it('reads a typed unit to its collective and a collective to its unit', async () => {
    expect((await rankTiers(planQuery('إوزة', c), corpus(birds), { total: 3 })).map((r) => r.result.id)).toEqual(['flock']);
    // «سردين» read to «سردينه»: the page writing «البحار» and «سردينة» holds the whole query through the reading.
    expect((await rankTiers(planQuery('البحار سردين', c), corpus(birds), { total: 3 }))[0]).toMatchObject({ result: { id: 'fish' }, tier: 'concept' });
    // Typed alone, a word some page writes is what the reader asked for: no reading («الكاظمي» is no «الكاظمية»).
    expect((await rankTiers(planQuery('سردين', c), corpus(birds), { total: 3 })).map((r) => r.result.id)).toEqual(['tin']);
    // Off without the data's switch.
    expect(await rankTiers(planQuery('إوزة', rareCtx()), corpus(birds), { total: 3 })).toEqual([]);
  });
});
