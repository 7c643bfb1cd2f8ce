// Twenty-third pass (session 31, 15r): within the exact tier the pages writing a query word in the form typed come
// before the pages reached through another form of its family (docs/search.md «Twenty-third pass: ranking»).
import { describe, expect, it } from 'vitest';
import { rankTiers } from './tiers';
import { literalFirst, literalSearch } from './literalFirst';
import { planQuery, type QueryPlan } from './keys';
import { ctx } from './curatedMatch.testkit';

describe('the literal key of a query word', () => {
  it('a plural typed asks for its family and keeps its own key beside it («الحقائب» ↔ «حقيبة»)', () => {
    const [u] = planQuery('الحقائب', ctx).units;
    expect(u.literal).toBeDefined();
    expect(u.literal).not.toBe(u.terms[0]);
    expect(literalSearch(planQuery('الحقائب', ctx))).toBe(u.literal);
  });
  it('a word typed in its family\'s first form has no other literal search', () => {
    expect(planQuery('حقيبة', ctx).units[0].literal).toBeUndefined();
    expect(literalSearch(planQuery('حقيبة', ctx))).toBeNull();
  });
  it('a clause has none: its other words say the sense («ناقلات النفط» still finds «ناقلة نفط» in Pagefind\'s order)', () => {
    const plan = planQuery('ناقلات النفط', ctx);
    expect(plan.units[0].literal).toBeDefined();
    expect(literalSearch(plan)).toBeNull();
  });
});

describe('the exact tier, literal pages first', () => {
  // «الحقائب»: a page on a minister's portfolio («حقيبة الصناعة») scores above a page on travellers' bags that says
  // «الحقائب» once; both hold the family key, only the second the typed form's.
  const plan: QueryPlan = { search: 'FAM', exact: ['FAM'], prefix: null, actors: [], units: [{ text: 'الحقائب', terms: ['FAM'], any: 'FAM', literal: 'OWN' }], concept: null };
  const index: Record<string, Array<{ id: string; score: number }>> = {
    FAM: [{ id: 'portfolio', score: 2.4 }, { id: 'luggage', score: 1.1 }, { id: 'relief-kits', score: 0.9 }],
    OWN: [{ id: 'relief-kits', score: 1.3 }, { id: 'luggage', score: 1.2 }],
  };
  it('ranks the pages writing the typed form first, each part in Pagefind\'s order', async () => {
    const ranked = await rankTiers(plan, async (s) => index[s] ?? []);
    expect(ranked.map((r) => r.result.id)).toEqual(['luggage', 'relief-kits', 'portfolio']);
    expect(ranked.every((r) => r.tier === 'exact')).toBe(true);
  });
  it('leaves the order as it is when no page writes the typed form', () => {
    expect(literalFirst(index.FAM, []).map((r) => r.id)).toEqual(['portfolio', 'luggage', 'relief-kits']);
  });
});
