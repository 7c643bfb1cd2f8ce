// Session 38 (issue 15, thirtieth pass, 15p): a typed noun of II or IV of a weak, doubled or hamzated root read to the
// verb forms only that measure writes (weakNounReadings.ts), on the query side. A small corpus keyed by the real indexer
// behind a fake Pagefind. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx } from './curatedMatch.testkit';
import { planQuery, type KeyContext } from './keys';
import { rankTiers } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';
import { weakVerbForms } from './weakNounReadings';

const ALL = new Set(['doubledII', 'defectiveII', 'hamzaLastII', 'hamzaLastIV', 'hamzaLastPast', 'hollowII', 'defectiveIV']);
const weakCtx = (weak: string[]): KeyContext => ({ ...ctx, queryForms: { weak } });
const pages = {
  pickle: 'في الخريف يخللن الخيار في جرار كبيرة قبل الشتاء',
  defect: 'كشف الفحص عن خلل في محرك الشاحنة',
  wave: 'ولوحوا بالأعلام عند مرور الموكب في الشارع',
  appear: 'ويلوح في الأفق موسم حصاد وفير هذا العام',
  delay: 'قالت اللجنة إنها ترجئ التصويت إلى الأسبوع المقبل',
  plural: 'جاب الوفد أرجاء المدينة القديمة',
  other: 'افتتحت البلدية سوقا أسبوعيا للخضر في الساحة',
};

describe('the weak, doubled and hamzated roots’ nouns of II and IV, read on the query side', () => {
  it('writes only the forms no measure I form shares, by class', () => {
    expect(weakVerbForms('تخليل', ALL)).toEqual(['خللت', 'خللوا', 'يخلل', 'يخللون', 'يخللن']);
    // The hollow root's present (يلوح) and bare past (لوح «a board») are measure I's and a noun's: only the past with an ending.
    expect(weakVerbForms('تلويح', ALL)).toEqual(['لوحت', 'لوحوا']);
    // A hamza on ي in the present is IV's or II's (measure I writes يرجأ); the past only by its own class.
    expect(weakVerbForms('ارجاء', new Set(['hamzaLastIV']))).toEqual(['يرجء', 'ترجء']);
    expect(weakVerbForms('ارجاء', new Set(['hamzaLastIV', 'hamzaLastPast']))).toContain('ارجات');
    expect(weakVerbForms('تبرءه', new Set(['hamzaLastII']))).toEqual(['يبرء', 'تبرء']);
    // A sound root's II is not this module's (queryForms.ts leaves it to the index's own reading), nor a class switched off.
    expect(weakVerbForms('تحضير', ALL)).toEqual([]);
    expect(weakVerbForms('تعريه', new Set(['doubledII', 'hollowII']))).toEqual([]);
  });

  it('finds the page of the verb where no page writes the typed noun, and not measure I’s or a noun’s page', async () => {
    const qctx = weakCtx(['doubledII', 'hamzaLastIV', 'hollowII']);
    const corpus = fakePagefind(pages, indexCtx);
    const pickle = await rankTiers(planQuery('تخليل الخيار', qctx), corpus, { total: 8 });
    expect(pickle[0]?.result.id).toBe('pickle');
    expect(pickle.map((r) => r.result.id)).not.toContain('defect');
    const wave = await rankTiers(planQuery('التلويح بالأعلام', qctx), corpus, { total: 8 });
    expect(wave[0]?.result.id).toBe('wave');
    expect(wave.map((r) => r.result.id)).not.toContain('appear');
    const delay = await rankTiers(planQuery('إرجاء التصويت', qctx), corpus, { total: 8 });
    expect(delay[0]?.result.id).toBe('delay');
    // Switched off by data: no reading, the verb's page is not found by the noun.
    expect(planQuery('تخليل', weakCtx([])).units[0].readings).toBeUndefined();
    const off = await rankTiers(planQuery('تخليل الخيار', weakCtx([])), corpus, { total: 8 });
    expect(off.filter((r) => r.tier !== 'partial').map((r) => r.result.id)).not.toContain('pickle');
  });
});
