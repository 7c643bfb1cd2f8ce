// Session 30 (issue 15, twenty-second pass, 15c): in the partial tier a clause is counted in its meaning
// units — a function word (content/function-words.yaml) and a key the query asks twice hold no weight and
// count no word (clauseUnits.ts) — on the real data's planning.
import { describe, expect, it } from 'vitest';
import { ctx } from './curatedMatch.testkit';
import { planQuery } from './keys';
import { bestPartial } from './tiers';
import { meaningUnits } from './clauseUnits';

const r = (...ids: string[]) => ids.map((id, i) => ({ id, score: 1 - i / 100 }));
const ids = (out: Array<{ result: { id: string } }>) => out.map((x) => x.result.id);

describe('the meaning units of a reader’s clause', () => {
  it('«في»، «من»، «لا»، «عن» are function words of the plan; the clause’s nouns and verbs are not', () => {
    const plan = planQuery('عائلات لا تعرف شيئا عن أبنائها المعتقلين في روسيا', ctx);
    expect(plan.units.filter((u) => u.functionWord).map((u) => u.text)).toEqual(['لا', 'عن', 'في']);
    expect(meaningUnits(plan.units)).toEqual(plan.units.map((u) => !['لا', 'عن', 'في'].includes(u.text)));
  });
  it('«أطفال … لأطفال» asks one key twice: the second is no meaning unit', () => {
    const plan = planQuery('أطفال الإمارات يرسمون لأطفال أوكرانيا المرضى', ctx);
    const twice = plan.units.findIndex((u) => u.text === 'لأطفال');
    expect(plan.units[twice].any).toBe(plan.units[0].any);
    expect(meaningUnits(plan.units)[twice]).toBe(false);
    expect(meaningUnits(plan.units)[0]).toBe(true);
    // A page holding that one word holds two units but one meaning: no near miss; «يرسمون» with it is.
    const perUnit = plan.units.map((u) => (u.any === plan.units[0].any ? r('kids', 'drawing') : u.text === 'يرسمون' ? r('drawing') : []));
    const out = ids(bestPartial(plan.units, perUnit, { total: 40 }));
    expect(out).toContain('drawing');
    expect(out).not.toContain('kids');
  });
});

describe('the partial tier ranks pages by the meaning units they hold', () => {
  const plan = planQuery('حفظ البذور من دمار الحرب', ctx);
  const at = (text: string) => plan.units.findIndex((u) => u.text === text);
  it('a page holding «من» and one word is no near miss; a page holding two of the clause’s words is', () => {
    const perUnit = plan.units.map(() => [] as Array<{ id: string; score: number }>);
    perUnit[at('حفظ')] = r('only-hifz', 'both');
    perUnit[at('البذور')] = r('both', 'seeds');
    perUnit[at('من')] = r('only-hifz', 'both', 'seeds', 'x', 'y', 'z');
    perUnit[at('الحرب')] = r('seeds', 'war');
    const out = ids(bestPartial(plan.units, perUnit, { total: 40 }));
    expect(out).toContain('both');
    expect(out).toContain('seeds');
    expect(out).not.toContain('only-hifz');
  });
  it('«من» adds no weight: the page with the rarer pair ranks first though the other also holds «من»', () => {
    const perUnit = plan.units.map(() => [] as Array<{ id: string; score: number }>);
    // «حفظ» and «البذور» on 3 pages each, «الحرب» on 6, «من» on 30 of 40.
    perUnit[at('حفظ')] = r('rare', 'p1', 'p2');
    perUnit[at('البذور')] = r('rare', 'p3');
    perUnit[at('الحرب')] = r('common', 'p3', ...Array.from({ length: 4 }, (_, i) => `w${i}`));
    perUnit[at('من')] = r('common', ...Array.from({ length: 29 }, (_, i) => `m${i}`));
    perUnit[at('البذور')].push({ id: 'common', score: 0.5 });
    const out = ids(bestPartial(plan.units, perUnit, { total: 40 }));
    // «common» holds البذور + الحرب + من, «rare» حفظ + البذور: the function word no longer tips it.
    expect(out.indexOf('rare')).toBeLessThan(out.indexOf('common'));
  });
});
