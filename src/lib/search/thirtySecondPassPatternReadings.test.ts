// Session 40 (issue 15, thirty-second pass, 15m): broken plurals by template both ways, a typed verb or participle read
// to its noun, a weak root's noun and a measure I noun to its verb — every candidate kept only where the index holds it
// rarely (patternRareReadings.ts through rareReadings.ts and tiers.ts withRareReadings). A small corpus keyed by the
// real indexer behind a fake Pagefind; the templates are content/search-corpus-plurals.yaml's as loaded. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, vocabulary } from './curatedMatch.testkit';
import { EMPTY_CONTEXT, planQuery, type KeyContext } from './keys';
import { rankTiers } from './tiers';
import { compileTemplate, measureOneReadings, nounsOfTypedVerb, patternCandidates, pluralCandidates, verbsOfWeakNoun } from './patternRareReadings';
import { fakePagefind } from './fakePagefind.testkit';

const corpus = (pages: Record<string, string>) => fakePagefind(pages, indexCtx);
const endings = indexCtx.patterns!.nisbas!.endings;
const plurals = vocabulary.patterns!.corpusPlurals!.queryPlurals!;
/** The query side with the rare gate (`rare` pages at most) and the pattern readings on, or off. */
const on = (rare = 3): KeyContext => ({ ...ctx, queryForms: { endings, rare, plurals, verbs: true } });
const off = (rare = 3): KeyContext => ({ ...ctx, queryForms: { endings, rare } });

const pages = {
  coop: 'افتتح شاب مدجنة في الريف تضم ألف دجاجة',
  pastry: 'يبيع المخبز فطيرة محشوة بالتمر في رمضان',
  lies: 'وصف المتحدث الرواية الرسمية بأنها أكذوبة مكشوفة',
  monopoly: 'اشتكى التجار من احتكار شركتين لتوريد الطحين',
  stall: 'قال الوسيط إن الوفد تلكأت ردوده على المقترح',
  dough: 'في الفجر يعجنون الدقيق ويتركونه يختمر',
  sieve: 'جلست النساء يغربلن القمح في ساحة الدار',
  other: 'افتتحت البلدية سوقا أسبوعيا للخضر في الساحة',
  bakery: 'قال صاحب المخبز إن الطلب على الخبز زاد',
  collector: 'قال جابي الضرائب إن التجار تأخروا في الدفع',
};

describe('patterns of a typed word', () => {
  it('compiles a template with a repeated place as one letter', () => {
    expect(compileTemplate('12ا24ه').re.test('جبابره')).toBe(true);
    expect(compileTemplate('12ا24ه').re.test('جبانره')).toBe(false);
  });

  it('reads a broken plural both ways by the data’s templates', () => {
    expect(pluralCandidates('الكثيب', plurals)).toContain('كثبان');
    expect(pluralCandidates('كثبان', plurals)).toContain('كثيب');
    expect(pluralCandidates('فطاءر', plurals)[0]).toBe('فطيره');
    expect(pluralCandidates('اكاذيب', plurals)).toContain('اكذوبه');
    expect(pluralCandidates('مواثيق', plurals)).toContain('ميثاق');
    expect(pluralCandidates('ميلاد', plurals)).toContain('مواليد');
    expect(pluralCandidates('جباه', plurals)).toContain('جابي');
    expect(pluralCandidates('مدجنه', plurals)).toContain('مداجن');
    // Too short: nothing.
    expect(pluralCandidates('في', plurals)).toEqual([]);
  });

  it('reads a verb or a participle to its noun, a weak root’s noun and measure I both ways', () => {
    expect(nounsOfTypedVerb('يحتكرون')).toEqual(['احتكار']);
    expect(nounsOfTypedVerb('لاحقت')).toEqual(['ملاحقه']);
    expect(nounsOfTypedVerb('استجوبت')).toEqual(['استجواب']);
    expect(nounsOfTypedVerb('محتكرو')).toEqual(['احتكار', 'يحتكرون', 'احتكروا']);
    // A long vowel is no root letter: «استقالت» (X of a hollow root) reads nothing here.
    expect(nounsOfTypedVerb('استقالت')).toEqual([]);
    expect(verbsOfWeakNoun('تلكء')).toContain('تلكات');
    expect(verbsOfWeakNoun('مساومه')).toContain('ساوموا');
    expect(verbsOfWeakNoun('تزيين')).toContain('زين');
    // A sound root's noun is queryForms.ts' (III–X) or measureTwoReadings' (II): not read again here.
    expect(verbsOfWeakNoun('احتكار')).toEqual([]);
    expect(measureOneReadings('عجن')).toEqual(['يعجنون', 'عجنوا', 'يعجنن']);
    expect(measureOneReadings('ردموا')).toEqual(['ردم']);
    expect(measureOneReadings('يغربلون')).toEqual(['غربله']);
    // Off without the data's switches.
    expect(patternCandidates('يحتكرون', {})).toEqual([]);
  });
});

describe('pattern readings against the index', () => {
  const ids = async (q: string, c: KeyContext, total = 14) => (await rankTiers(planQuery(q, c), corpus(pages), { total })).map((r) => r.result.id);
  const tiers = async (q: string, c: KeyContext) => (await rankTiers(planQuery(q, c), corpus(pages), { total: 14 })).map((r) => [r.result.id, r.tier]);

  it('finds the other number’s page, and not without the readings', async () => {
    // Through the reading the page holds both words (ahead of the partial matches); without it, only «الريف» (partial).
    expect((await tiers('مداجن الريف', on()))[0]).toEqual(['coop', 'concept']);
    expect((await tiers('مداجن الريف', off()))[0]).toEqual(['coop', 'partial']);
    expect((await ids('فطائر التمر', on()))[0]).toBe('pastry');
    expect((await ids('أكاذيب', on()))[0]).toBe('lies');
    expect(await ids('أكاذيب', off())).toEqual([]);
  });

  it('finds the noun’s page for a typed verb or participle, the verb’s for a typed noun', async () => {
    expect((await ids('يحتكرون الطحين', on()))[0]).toBe('monopoly');
    expect((await ids('محتكرو الطحين', on()))[0]).toBe('monopoly');
    expect((await ids('تلكؤ الوفد', on()))[0]).toBe('stall');
    expect((await ids('عجن الدقيق', on()))[0]).toBe('dough');
    expect((await ids('غربلة القمح', on()))[0]).toBe('sieve');
    expect((await tiers('تلكؤ الوفد', on()))[0]).toEqual(['stall', 'concept']);
    expect((await tiers('تلكؤ الوفد', off()))[0]).toEqual(['stall', 'partial']);
  });

  it('keeps a candidate only where the index holds it rarely', async () => {
    expect((await ids('جباة الضرائب', on(3)))[0]).toBe('collector');
    // «أكاذيب» reads to «أكذوبة»: on four pages, over a gate of three, it is dropped; with four allowed it is kept.
    const many = { ...pages, lie2: 'نفى الوزير الخبر وقال إنه أكذوبة', lie3: 'رواية الخصم أكذوبة قديمة', lie4: 'تبين أن القصة أكذوبة' };
    const found = async (rare: number) => (await rankTiers(planQuery('أكاذيب', on(rare)), corpus(many), { total: 17 })).map((r) => r.result.id);
    expect(await found(3)).toEqual([]);
    expect((await found(4)).sort()).toEqual(['lie2', 'lie3', 'lie4', 'lies']);
  });

  it('is switched on by content/search-corpus-plurals.yaml as loaded', () => {
    expect(vocabulary.patterns?.corpusPlurals?.queryVerbs).toBe(true);
    expect(plurals.length).toBeGreaterThan(10);
  });
});

describe('a typed word no page writes, read by its forms', () => {
  /** Pages as their keys; like Pagefind, a term no page holds is left out of a search (tiers.test.ts' index). */
  const index = (pages: Record<string, string[]>) => async (search: string) => {
    const terms = search.split(' ').filter(Boolean).filter((t) => Object.values(pages).some((keys) => keys.includes(t)));
    return terms.length ? Object.entries(pages).filter(([, keys]) => terms.every((t) => keys.includes(t))).map(([id]) => ({ id, score: 1 })) : [];
  };
  it('ranks the page its reading finds above the concept pages that lack it, however many they are', async () => {
    // «غربلة القمح»: «غربلة» on one page only (with «القمح»: the exact match); eleven pages say wheat in other words
    // (the concept tier, no «غربلة»); one writes «يغربلون القمح».
    const pages: Record<string, string[]> = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`wheat${i}`, ['ccwheatcc']]));
    pages.once = ['0grblh9', '0qmh9'];
    pages.sieve = ['0ygrblwn9', '0qmh9'];
    const plan = planQuery('غربلة القمح', EMPTY_CONTEXT);
    plan.units = [
      { text: 'غربلة', terms: ['0grblh9'], any: '0grblh9', readings: ['0ygrblwn9'] },
      { text: 'القمح', terms: ['0qmh9'], any: 'ccwheatcc', concept: 'wheat' },
    ];
    plan.search = '0grblh9 0qmh9';
    plan.concept = { search: '0grblh9 ccwheatcc', wider: 'ccwheatcc', ids: ['wheat'], shown: [] };
    const tiersOf = async (rare?: number) => (await rankTiers({ ...plan, ...(rare ? { rare } : {}) }, index(pages), { total: 13 })).map((r) => [r.result.id, r.tier]);
    // With the gate's number: the exact page, then the reading's, then the concept's.
    expect((await tiersOf(5)).slice(0, 3)).toEqual([['once', 'exact'], ['sieve', 'concept'], ['wheat0', 'concept']]);
    // Without it (the data's switch off), ten pages before: the reading is not searched.
    expect((await tiersOf()).map(([id]) => id)).not.toContain('sieve');
  });
});
