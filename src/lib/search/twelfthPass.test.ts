// Issue 15, twelfth pass: the leftovers of the spent sets (aside11's «صومعة حبوب»), each shown on
// a fake index shaped like the fixture pages (aside12's pages are never read here).
import { describe, expect, it } from 'vitest';
import { bestPartial, rankTiers } from './tiers';
import { planQuery, EMPTY_CONTEXT, type QueryUnit } from './keys';
import { finds } from './curatedMatch.testkit';
import { isVerbParticle } from './wordPatterns';

function index(pages: Record<string, string[]>) {
  return async (search: string) => {
    const terms = search.split(' ').filter(Boolean);
    const known = terms.filter((t) => Object.values(pages).some((keys) => keys.includes(t)));
    if (!known.length) return [];
    return Object.entries(pages)
      .filter(([, keys]) => known.every((t) => keys.includes(t)))
      .map(([id]) => ({ id, score: 1 }));
  };
}

function twoWords(a: string, b: string) {
  const plan = planQuery(`${a} ${b}`, EMPTY_CONTEXT);
  plan.units = [a, b].map((w): QueryUnit => ({ text: w, terms: [`0${w}9`], any: `0${w}9` }));
  plan.search = `0${a}9 0${b}9`;
  return plan;
}

describe('two words, a short exact tier: the pages holding the rarer word follow', () => {
  // «صومعة حبوب»: one page says both, one says «الصوامع» (the family of صومعة) without «حبوب»,
  // and many pages say «حبوب» alone.
  const pages: Record<string, string[]> = { nun: ['0silo9', '0grain9'], kalima: ['0silo9', '0bread9'] };
  for (let i = 0; i < 8; i++) pages[`grain${i}`] = ['0grain9'];
  it('lists the page holding the rare word alone after the exact match, its missing word named', async () => {
    const out = await rankTiers(twoWords('silo', 'grain'), index(pages), { total: 10 });
    expect(out.map((x) => [x.result.id, x.tier])).toEqual([
      ['nun', 'exact'],
      ['kalima', 'partial'],
    ]);
    expect(out[1].missing).toEqual(['grain']);
  });
  it('never lists a page holding only the common word («أسعار الزيت» over a page about «أسعار»)', async () => {
    const prices: Record<string, string[]> = { oil: ['0prices9', '0oil9'] };
    for (let i = 0; i < 6; i++) prices[`prices${i}`] = ['0prices9'];
    const out = await rankTiers(twoWords('prices', 'oil'), index(prices), { total: 10 });
    expect(out.map((x) => x.result.id)).toEqual(['oil']);
  });
  it('bestPartial with `rarest` keeps only the pages holding the rarest unit', () => {
    const u = (t: string): QueryUnit => ({ text: t, terms: [t], any: t });
    const r = (...ids: string[]) => ids.map((id) => ({ id, score: 1 }));
    const out = bestPartial([u('common'), u('rare')], [r('a', 'b', 'c', 'd'), r('e')], { total: 10, minHeld: 1, rarest: true });
    expect(out.map((x) => x.result.id)).toEqual(['e']);
  });
});

describe('the word after قد is a verb (wordPatterns.ts opensVerb)', () => {
  // aside11's trap «المنحة» → «وقد منحتها الجامعة إفادة» («granted her»): sentences written here.
  it('«وقد منحتها» is not «her grant»; «منحتها» after a preposition still is', () => {
    expect(finds('المنحة', 'وقد منحتها الجامعة إفادة بالمواد')).toBe(false);
    expect(finds('المنحة', 'لقد منحتها الوزارة مهلة أخرى')).toBe(false);
    expect(finds('المنحة', 'أعلنت الجامعة عن منحتها السنوية للطلاب')).toBe(true);
  });
  it('reads قد with و، ف، ل, and nothing longer', () => {
    for (const w of ['قد', 'وقد', 'فقد', 'لقد', 'ولقد']) expect(isVerbParticle(w), w).toBe(true);
    for (const w of ['عقد', 'فقدان', 'نقد', 'قدم']) expect(isVerbParticle(w), w).toBe(false);
  });
});
