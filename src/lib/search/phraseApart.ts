// An exact match of a concept's phrase whose words the page writes apart (thirty-fourth pass, session 42). The exact
// search matches each word anywhere on the page: for «الدروس الخصوصية» a page on the «دروس» of a war that says
// «خصوصية» three paragraphs on, for «سقف الأسعار» a page on bread prices with a «سقف» somewhere. The index writes a
// concept's token where the phrase stands together (or one of its other phrasings), so a page holding the words but
// not the token holds them apart: a weaker match than a page saying the phrase, or its concept, in one place. Such a
// page keeps its exact tier but is placed among the concept's pages by how strongly each holds what it holds (tiers.ts
// fullMatches): measured over every set, putting them after all the concept's pages cost a page written in a form the
// token misses («مراكب الصيد», a verb for a verbal noun) its first place in eleven queries; by strength, in five.
import type { QueryPlan, QueryUnit } from './queryPlan';
import type { Candidate } from './tiers';

/** The plan's concepts named by a phrase of two words or more (the words the index can see apart). */
export function conceptPhrases(plan: QueryPlan): QueryUnit[] {
  return plan.units.filter((u) => u.concept && (u.words?.length ?? 0) >= 2);
}

/**
 * The exact matches split by the pages of a concept search that asks for every concept phrase's token (`any`):
 * `together` (the page carries them: each phrase in one place, or said otherwise) and `apart` (the words only), each
 * in the exact search's order. `searches`: the concept searches already run, [search string, results]. Without a
 * concept phrase, or without a search asking for its token, every exact match is `together`.
 */
export function splitApart<R extends Candidate>(plan: QueryPlan, exact: R[], searches: Array<[string | undefined, R[]]>): { together: R[]; apart: R[] } {
  const phrases = conceptPhrases(plan);
  const found = phrases.length ? searches.find(([s]) => s && phrases.every((u) => s.split(' ').includes(u.any))) : undefined;
  if (!found) return { together: exact, apart: [] };
  const carries = new Set(found[1].map((r) => r.id));
  return { together: exact.filter((r) => carries.has(r.id)), apart: exact.filter((r) => !carries.has(r.id)) };
}

/** Each result's score over the best of its search (scores of one search compare; of two, only as shares). */
export function shares<R extends Candidate>(results: R[]): Map<string, number> {
  const best = Math.max(0, ...results.map((r) => r.score));
  return new Map(results.map((r) => [r.id, best > 0 ? r.score / best : 0]));
}

/**
 * The apart pages placed among the concept's pages (`block`, in their order, each with its share of its own search):
 * each before the first concept page that holds the concept less strongly than the apart page holds the words (its
 * share of the exact search), after the block otherwise. A page on the words themselves, apart or not, keeps a place
 * above a concept page naming the concept in passing; a page naming both words in passing goes after the pages on it.
 */
export function placeApart<T extends { id: string; share: number }>(block: T[], apart: T[]): T[] {
  const out = [...block];
  for (const a of apart) {
    const at = out.findIndex((b) => !apart.includes(b) && b.share <= a.share);
    out.splice(at < 0 ? out.length : at, 0, a);
  }
  return out;
}
