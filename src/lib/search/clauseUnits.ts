// What each unit of a reader's clause counts for in the partial tier (issue 15, twenty-second pass,
// session 30). A clause query («عائلات لا تعرف شيئا عن أبنائها المعتقلين في روسيا») holds function words
// (content/function-words.yaml: «لا»، «عن»، «في») and sometimes one word twice in two forms («أطفال
// الإمارات يرسمون لأطفال أوكرانيا»: one key). Counted as meaning units, they let a page that shares
// nothing but «في» and one word be a near miss, and add weight to pages holding them while the page
// the reader meant — which says the clause in other words — is pushed past the first ten. Here a
// function word, and a unit whose key an earlier unit already asks for, hold no weight and count no
// word: the partial tier ranks pages by the meaning units they hold. They stay units (searched, shown
// struck through when a page lacks them); pure, no data beyond the plan's own fields.
import type { QueryUnit } from './queryPlan';

/** How many of the reader's words a unit stands for: a concept's or a name's phrase counts each word. */
export const unitWords = (u: QueryUnit): number => Math.max(1, u.text.trim().split(/\s+/).length);

/**
 * For each unit, whether it counts as a meaning unit of the clause: not a function word, and not a
 * key an earlier unit of the query asks for already.
 */
export function meaningUnits(units: readonly QueryUnit[]): boolean[] {
  const seen = new Set<string>();
  return units.map((u) => {
    const first = !seen.has(u.any);
    seen.add(u.any);
    return first && !u.functionWord;
  });
}

/** For each unit, the index of the unit whose key it repeats (itself when it is the first to ask for it). */
export function firstOfKey(units: readonly QueryUnit[]): number[] {
  const first = new Map<string, number>();
  return units.map((u, i) => (first.has(u.any) ? first.get(u.any)! : (first.set(u.any, i), i)));
}
