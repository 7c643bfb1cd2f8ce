// A place named by its parts (issue 15, forty-first pass, session 49, helper 15k). A reader asks for «دونباس», «محطة
// زابوريجيا», «ألاسكا» or «البحر الأسود»; the page writes «باخموت», «المفاعلات الستة في إنيرغودار», «أنكوراج» or
// «تشورنومورسك». content/search-place-parts.yaml lists each place's parts; they ride in the thesaurus's table as two
// concepts (src/lib/data/placeParts.ts): the whole's names, a reader's phrase, and its parts, which no query reads as a
// phrase — one way: a page about Bakhmut is about Donbas, a page about Donbas is not about Bakhmut. The thesaurus's
// searches (thesaurus.ts) replace the typed name with each part, the reader's other words kept, so its pages rank after
// every page holding the reader's own words and the page names the parts («يشمل أيضاً»).

import type { Candidate } from './tiers';

/** A place's concepts among the thesaurus's: `place/<id>` (its names) and `place/<id>/parts`. */
export const PLACE_PREFIX = 'place/';
export const PLACE_PARTS_SUFFIX = '/parts';
/** An actor's place (`place/actor/<id>`): its names are the actor's aliases, which the actor's token finds already. */
export const PLACE_ACTOR_PREFIX = `${PLACE_PREFIX}actor/`;
/** At most this many searches of a place's parts a query (each one Pagefind search; the thesaurus's own cap apart). */
export const PLACE_SEARCHES = 12;

export const isPlace = (concept: string): boolean => concept.startsWith(PLACE_PREFIX);
/** A place's parts: never a reader's phrase. */
export const isPlaceParts = (concept: string): boolean => isPlace(concept) && concept.endsWith(PLACE_PARTS_SUFFIX);
/** Whether a place's other names are searched: not an actor's (its token holds them all). */
export const searchesNames = (concept: string): boolean => !concept.startsWith(PLACE_ACTOR_PREFIX);
/** The parts' concept of a place's names. */
export const placePartsOf = (concept: string): string => `${concept}${PLACE_PARTS_SUFFIX}`;

/** A place unit's pages in the partial tier (tiers.ts): the whole's, then each part's not listed yet. */
export function placeUnitPages<R extends Candidate>(lists: R[][]): R[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}
