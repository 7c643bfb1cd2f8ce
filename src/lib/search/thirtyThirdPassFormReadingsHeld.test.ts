// Session 41 (issue 15, thirty-third pass, 15f): a form reading's search (tiers.ts `withFormReadings`) lists a page as a
// full result only where the page holds every other typed word. Pagefind leaves out a term no page holds, so the search
// «والتز <reading of الرياض> يرفض هدنة» over a corpus that writes neither «يرفض» nor «هدنة» is the search of the other
// words alone: on the bundled corpus it made the Waltz page (no «يرفض») the one full result. Sentences written for the
// test; the real planner and indexer, the query side's rules as the indexer ships them.
import { describe, expect, it } from 'vitest';
import { ctx, indexCtx, vocabulary } from './curatedMatch.testkit';
import { planQuery, type KeyContext } from './keys';
import { rankTiers } from './tiers';
import { fakePagefind } from './fakePagefind.testkit';

const rules = vocabulary.patterns!.corpusPlurals!;
const endings = indexCtx.patterns!.nisbas!.endings;
/** The query side as src/indexer/write.ts ships it (kb-search.json `queryForms`). */
const shipped: KeyContext = {
  ...ctx,
  queryForms: { endings, derivations: true, rare: rules.queryRareForms!, collective: true, plurals: rules.queryPlurals!, verbs: true },
};

const pages = {
  // Holds «والتز», «الرياض» (which the indexer also keys as its pattern reading) and the truce's concept; not «يرفض».
  advisers: 'قال مايك والتز إن الفريقين سيلتقيان في الرياض لبحث وقف إطلاق النار',
  talks: 'بحث الوفدان في جنيف سبل وقف إطلاق النار بين الطرفين',
  market: 'افتتحت البلدية سوقا أسبوعيا في المدينة',
};
const ranked = (q: string, c: KeyContext, p: Record<string, string> = pages) =>
  rankTiers(planQuery(q, c), fakePagefind(p, indexCtx), { total: Object.keys(p).length });

describe('a form reading never lists a page lacking a typed word as full', () => {
  it('keeps the Waltz page partial, «يرفض» struck, when «الرياض» has a rare reading', async () => {
    const plan = planQuery('والتز يرفض هدنة في الرياض', shipped);
    // The precondition of the regression: «الرياض» carries readings the index is asked for.
    expect(plan.units.find((u) => u.text === 'الرياض')?.rareReadings?.length).toBeGreaterThan(0);
    const r = await ranked('والتز يرفض هدنة في الرياض', shipped);
    expect(r.filter((x) => x.tier !== 'partial').map((x) => x.result.id)).toEqual([]);
    expect(r[0].result.id).toBe('advisers');
    expect(r[0].missing).toEqual(['يرفض']);
  });

  it('still lists a reading’s page as full where every other word is on it', async () => {
    // «مداجن» typed, the page writes «مدجنة» (a plural read to its singular by template); «الريف» is on the page.
    const p = { ...pages, coop: 'افتتح شاب مدجنة في الريف تضم ألف دجاجة' };
    const r = await ranked('مداجن الريف', shipped, p);
    expect(r[0]).toMatchObject({ result: { id: 'coop' }, tier: 'concept', missing: [] });
  });
});
