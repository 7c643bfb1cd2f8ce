// Thirty-ninth pass (session 47, helper 15c): the page ABOUT a query's concept ranked with the pages that write the
// reader's word. The full matches came in two blocks: every page holding the typed words (exact), then the pages saying
// the query's concept in other words (concept). A page naming the typed word once in passing — «العبور جرى من دون إعلان
// هدنة» in a report on inspectors, «ينتظرون ضمانات أمنية» in an air-show report — ranked above a page whose title and
// lead say the concept otherwise («وقف لإطلاق النار حول محطة زابوريجيا …», «التزامات أمنية … قوة طمأنة»), and on a
// corpus holding a few such passing pages the page about it fell out of the ten (aside38's concept class read 4 of 14).
//
// The evidence is the concept's own token (keys.ts: every phrasing of the concept, the typed name included, carries it),
// searched alone: Pagefind scores a page for it by where and how often its phrasings occur (a title weighs 7, a reading
// or an assigned topic 0.25) against the page's length, so a page whose title or several sentences say the concept
// scores about twice a page naming it once in a paragraph (a title hit ~12–14, one body mention ~5–6 on the quality
// corpus). A concept page is placed above an exact page only when it holds the concept CONCEPT_LEAD times as strongly: a
// page writing the reader's word in its title, or about it, keeps its place; the exact pages keep their order among
// themselves, and so do the concept pages that are not placed.
import type { QueryPlan, QueryUnit } from './queryPlan';
import type { Candidate } from './tiers';
import { isNearSynonym, isNisbaConcept } from './queryReadings';
import { unitStrengths } from './unitEvidence';

/** A concept page must hold the concept this many times as strongly as an exact page to be placed above it. */
export const CONCEPT_LEAD = 2;
/**
 * …and meet the whole query (the concept and the reader's other words, in the wider concept search: the concept
 * search without function words) this many times as strongly: a page about the concept that only brushes the place
 * or party the reader named does not pass a page meeting them fully.
 */
export const CONCEPT_LEAD_WHOLE = 1.25;
/**
 * At most this many concept pages are placed above exact pages within the first `slots` places: the exact pages
 * hold the reader's own word, and a page naming it in passing is still an answer (precision sets label it so).
 */
export const CONCEPT_LEAD_MAX = 3;

/**
 * The units whose concept's token measures how strongly a page is about the query: a curated concept (not a country's
 * nisba — «الروسية» is Russia as much as «روسيا» — nor a near-synonym set, whose token is a reading at the low weight),
 * in a query of two content words or more. A query that is the concept's name alone («الهدنة», «تبادل الأسرى») asks
 * for the concept, and every page writing the name answers it in the reader's own words (the precision sets list them
 * all; «هدنة» is on 12 pages, «عقوبات» on 87): placing concept pages among them trades one answer for another and
 * pushes listed ones out of the ten (dev38k «الهدنة» 1.00 → 0.62 when measured). With a second word — a place, a party,
 * a number — the exact pages are those meeting both anywhere, and naming the concept in passing is weak evidence of
 * the pair.
 */
export function leadConcepts(plan: QueryPlan): QueryUnit[] {
  if (plan.units.filter((u) => !u.functionWord).length < 2) return [];
  return plan.units.filter((u) => u.concept && !isNisbaConcept(u.concept) && !isNearSynonym(u.concept));
}

/** Each page's strength for the concepts: its share of the best score in each token's own search, averaged over the units (0 where absent). */
export function conceptStrengths(perUnit: Candidate[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const results of perUnit) for (const [id, s] of unitStrengths(results)) out.set(id, (out.get(id) ?? 0) + s / perUnit.length);
  return out;
}

/**
 * The exact pages in their order, each concept page that may lead (`eligible`) placed before the first exact page,
 * from where the last one was placed on, that it outweighs: CONCEPT_LEAD times in the concept's `strength` and
 * CONCEPT_LEAD_WHOLE times in the `whole` query's search (at most CONCEPT_LEAD_MAX of them in the first `slots` places).
 * `head`: the exact pages with the concept pages placed among them; `rest`: the other pages, in their order.
 */
export function withConceptLead<T extends { id: string }>(
  exact: T[],
  others: T[],
  strength: ReadonlyMap<string, number>,
  whole: ReadonlyMap<string, number>,
  eligible: (item: T) => boolean,
  slots: number,
): { head: T[]; rest: T[] } {
  const s = (x: T) => strength.get(x.id) ?? 0;
  const w = (x: T) => whole.get(x.id) ?? 0;
  const outweighs = (c: T, e: T) => s(c) > CONCEPT_LEAD * s(e) && w(c) >= CONCEPT_LEAD_WHOLE * w(e);
  const head: T[] = [];
  const rest: T[] = [];
  let next = 0;
  let led = 0;
  for (const item of others) {
    const at = eligible(item) ? exact.findIndex((e, i) => i >= next && outweighs(item, e)) : -1;
    const place = head.length + (at - next);
    if (at < 0 || (place < slots && led >= CONCEPT_LEAD_MAX)) {
      rest.push(item);
      continue;
    }
    head.push(...exact.slice(next, at), item);
    next = at;
    if (place < slots) led++;
  }
  return { head: [...head, ...exact.slice(next)], rest };
}
