// Literal evidence above expansions within the exact tier (twenty-third pass, session 31). A query word of a
// family asks for the family's key, so «الحقائب» finds «حقيبة» as well — the bags and a minister's portfolio
// alike — and Pagefind orders them by its score alone. The pages that write the word in the form the reader
// typed (its own key, which the index keeps beside the family's) come first; the others keep their order after
// them (docs/search.md «Twenty-third pass: ranking»). Only for a query of one word: there the form typed is the
// reader's one evidence of the sense, while in a clause the other words say it («ناقلات النفط» finds the page of
// «ناقلة نفط»: measured, the plural's literal pages first pushed such pages past ten). A word typed in its
// family's first form has no such search: its own key is the family's.
import type { QueryPlan } from './queryPlan';

/** The query's one word asked for by its own key, or null: more than one unit, or the word asks for its own key already. */
export function literalSearch(plan: QueryPlan): string | null {
  return plan.units.length === 1 && plan.units[0].literal ? plan.units[0].literal : null;
}

/** `results` with the pages `literal` returned first, each part in its own order. */
export function literalFirst<R extends { id: string }>(results: R[], literal: Array<{ id: string }> | null): R[] {
  if (!literal?.length) return results;
  const ids = new Set(literal.map((r) => r.id));
  return [...results.filter((r) => ids.has(r.id)), ...results.filter((r) => !ids.has(r.id))];
}
