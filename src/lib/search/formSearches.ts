// The searches of a plan's form readings (tiers.ts `withFormReadings`): the query with one unit's terms replaced by one of
// its readings, and which typed words each search's pages lack (thirty-third pass, session 41). Pure: the search is passed in.
import type { QueryPlan, QueryUnit } from './keys';

/**
 * The searches of a plan's form readings (queryForms.ts): the query with one unit's terms replaced by one of its
 * readings, every other unit as it is, in unit and reading order.
 */
export function formSearches(plan: QueryPlan): string[] {
  const out: string[] = [];
  plan.units.forEach((u, i) => {
    for (const r of u.readings ?? []) out.push(plan.units.map((x, j) => (j === i ? r : x.terms.join(' '))).join(' '));
  });
  return [...new Set(out)];
}

/**
 * The form searches (formSearches) with the typed words each one's pages lack. Pagefind leaves out a term no page holds,
 * so where another typed word, or the reading itself, is in no page the search finds pages without it (session 41:
 * «والتز يرفض هدنة في الرياض» listed the Waltz page, which lacks «يرفض», as a full result through a reading of
 * «الرياض»). A word in no page is searched by its concept's key where that is on a page (the page says it otherwise), left
 * out where it is a function word, and otherwise named as missing: those pages are partial matches. A reading in no page
 * is not searched. The words' own searches are the word check's (fullMatches), answered once.
 */
export async function heldFormSearches<R>(plan: QueryPlan, run: (search: string) => Promise<R[]>): Promise<Array<{ search: string; missing: string[] }>> {
  if (!plan.units.some((u) => u.readings?.length)) return [];
  const absent = await Promise.all(plan.units.map(async (u) => (await run(u.terms.join(' '))).length === 0));
  const said = await Promise.all(plan.units.map(async (u, j) => absent[j] && !!u.concept && (await run(u.any)).length > 0));
  const out = new Map<string, string[]>();
  for (const [i, u] of plan.units.entries()) {
    const missing = plan.units.filter((x, j) => j !== i && absent[j] && !x.functionWord && !said[j]).map((x) => x.text);
    const other = (j: number, x: QueryUnit) => (!absent[j] ? x.terms.join(' ') : said[j] ? x.any : '');
    for (const r of u.readings ?? []) {
      if (!(await run(r)).length) continue;
      const search = plan.units.map((x, j) => (j === i ? r : other(j, x))).filter(Boolean).join(' ');
      if (!out.has(search)) out.set(search, missing);
    }
  }
  return [...out].map(([search, missing]) => ({ search, missing }));
}
