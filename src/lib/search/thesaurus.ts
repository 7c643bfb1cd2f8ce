// The thesaurus of the news (content/search-thesaurus.yaml, thirty-third pass) on the query side: a reader's phrase
// that is one of a concept's phrasings asks also for the pages writing another («هدنة» → «وقف إطلاق النار»). Nothing is
// keyed into the index: each other phrasing is one more search of its words (the page need only hold them all), so a
// page's record never grows (the sets of content/search-near-synonyms*.yaml add a token per phrasing to every page that
// writes one, which moved Pagefind's near ties: docs/search.md «Thirty-second pass»).
import type { KeyContext } from './keyContext';
import { keyTokens, type KeyedToken } from './keyTokens';
import { isFunctionStem } from './queryReadings';
import type { ThesaurusConcept } from '../data/thesaurus';
import type { QueryPlan } from './keys';
import type { Candidate, Ranked } from './tiers';
import { unseenPages } from './unseenPages';
import { MEANING_PREFIX } from './meaningWords';
import { isPlace, isPlaceParts, placePartsOf, PLACE_SEARCHES, searchesNames } from './placeParts';

/** A phrasing as shipped: [match stems, search keys, text], spaces joining. */
export type ThesaurusPhrasingJson = [string, string, string];
/** Shipped (kb-search.json `thesaurus`, or the word buckets: wordBuckets.ts): [concept id, its phrasings]. */
export type ThesaurusJson = Array<[string, ThesaurusPhrasingJson[]]>;

/** A phrasing as the query side reads it. */
export interface ThesaurusPhrasing {
  match: string;
  keys: string[];
  text: string;
}

/**
 * The query side's tables, read by key only (bucketedContext.ts): first match stem → the phrasings starting with it
 * (longest first) and their concept; concept id → its phrasings (in the bucket of each of its phrases' first stems).
 */
export interface ThesaurusTable {
  phrases: ReadonlyMap<string, Array<{ stems: string[]; concept: string }>>;
  concepts: ReadonlyMap<string, ThesaurusPhrasing[]>;
}

export const thesaurusPhrasing = ([match, keys, text]: ThesaurusPhrasingJson): ThesaurusPhrasing => ({ match, keys: keys.split(' '), text });

/** At most this many searches of other phrasings a query: each is one more Pagefind search. */
export const THESAURUS_SEARCHES = 8;
/** Phrasings named on the page («يشمل أيضاً»). */
export const THESAURUS_SHOWN = 3;

/** The key a query word asks for (queryPlan.ts `queryKey`): its family's, but a ة word's plural its own. */
export const tokenKey = (t: KeyedToken): string => (t.ownPlural ? t.key : (t.familyKey ?? t.key));

/** The phrasings keyed as the query side keys a reader's words; phrasings of one concept that key alike kept once. */
export function thesaurusJson(concepts: ThesaurusConcept[], ctx: KeyContext): ThesaurusJson {
  const out: ThesaurusJson = [];
  for (const c of concepts) {
    const seen = new Set<string>();
    const phrasings: ThesaurusPhrasingJson[] = [];
    for (const text of c.phrasings) {
      const toks = keyTokens(text, ctx);
      const match = toks.map((t) => t.match).join(' ');
      const keys = toks.filter((t) => !(t.token.type === 'ar' && isFunctionStem(t.stem, ctx))).map(tokenKey);
      if (!match || !keys.length || seen.has(match)) continue;
      seen.add(match);
      phrasings.push([match, keys.join(' '), text]);
    }
    // A place's names or parts (placeParts.ts) stand with one phrasing: the other side is its other concept.
    if (phrasings.length >= 2 || (isPlace(c.id) && phrasings.length)) out.push([c.id, phrasings]);
  }
  return out;
}

export function thesaurusTable(json: ThesaurusJson): ThesaurusTable {
  const phrases = new Map<string, Array<{ stems: string[]; concept: string }>>();
  for (const [id, c] of json) {
    // A place's parts are no reader's phrase: a part never asks for its whole (placeParts.ts).
    if (isPlaceParts(id)) continue;
    for (const [match] of c) {
      const stems = match.split(' ');
      if (!phrases.has(stems[0])) phrases.set(stems[0], []);
      phrases.get(stems[0])!.push({ stems, concept: id });
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { phrases, concepts: new Map(json.map(([id, c]) => [id, c.map(thesaurusPhrasing)])) };
}

/** A unit of the plan as the thesaurus needs it: its tokens (from..to) and the keys it asks for. */
export interface ThesaurusUnit {
  from: number;
  to: number;
  terms: string[];
  functionWord?: boolean;
}

/**
 * The searches of a query's thesaurus phrases: at each word the longest phrasing of a concept that starts there and ends
 * where a unit ends (a phrasing inside an actor's name or a longer concept's phrase is not the reader's), then, for each
 * such phrase, the query with the phrase replaced by each other phrasing of its concept (the other units as typed, no
 * function word), in the file's order. `shown`: those phrasings as written.
 */
export function thesaurusSearches(
  matches: string[],
  units: ThesaurusUnit[],
  ctx: KeyContext,
): { searches: string[]; shown: string[]; places?: string[]; placeUnits?: Array<{ from: number; to: number; parts: string[] }> } | null {
  const table = ctx.thesaurus;
  if (!table || !units.length) return null;
  const starts = new Set(units.map((u) => u.from));
  const ends = new Set(units.map((u) => u.to));
  const found: Array<{ from: number; to: number; concept: string; match: string }> = [];
  // The concepts' phrases, then apart the places' names (placeParts.ts): a place's name that is also a concept's
  // phrasing («محطة زابوريجيا») asks for both.
  for (const wanted of [(c: string) => !c.startsWith(MEANING_PREFIX) && !isPlace(c), isPlace]) {
    for (let i = 0; i < matches.length; ) {
      const hit = starts.has(i) ? (table.phrases.get(matches[i]) ?? []).find((p) => wanted(p.concept) && p.stems.every((s, k) => matches[i + k] === s) && ends.has(i + p.stems.length)) : undefined;
      if (!hit) {
        i++;
        continue;
      }
      found.push({ from: i, to: i + hit.stems.length, concept: hit.concept, match: hit.stems.join(' ') });
      i += hit.stems.length;
    }
  }
  if (!found.length) return null;
  const searches: string[] = [];
  const shown: string[] = [];
  let placeSearches = 0;
  const placeShown: string[] = [];
  // Each place's unit and its parts' own keys (the partial tier reads a part as the place: tiers.ts).
  const placeUnits: Array<{ from: number; to: number; parts: string[] }> = [];
  const own = (f: (typeof found)[number]) => units.filter((u) => !u.functionWord && (u.to <= f.from || u.from >= f.to)).flatMap((u) => u.terms);
  for (const f of found) {
    const rest = own(f);
    // A place's names ask for its other names and for its parts, under a cap of their own (placeParts.ts).
    const place = isPlace(f.concept);
    const names = !place || searchesNames(f.concept) ? (table.concepts.get(f.concept) ?? []) : [];
    const others = [...names, ...(place ? (table.concepts.get(placePartsOf(f.concept)) ?? []) : [])];
    let n = 0;
    const parts: string[] = [];
    if (place) placeUnits.push({ from: f.from, to: f.to, parts });
    for (const p of others) {
      if (p.match === f.match) continue;
      const search = [...new Set([...p.keys, ...rest])].join(' ');
      if (place) {
        // Another name holding the typed one («مقاطعة دونيتسك» for «دونيتسك») finds no page the typed one does not.
        if (n >= PLACE_SEARCHES || searches.includes(search) || ` ${p.match} `.includes(` ${f.match} `)) continue;
        searches.push(search);
        parts.push(p.keys.join(' '));
        n++;
        placeSearches++;
        if (!placeShown.includes(p.text)) placeShown.push(p.text);
        continue;
      }
      if (searches.length - placeSearches < THESAURUS_SEARCHES && !searches.includes(search)) searches.push(search);
      if (!shown.includes(p.text)) shown.push(p.text);
    }
  }
  // The note names a place's parts beside the concepts' phrasings (one of these at least, when there are any).
  const note = [...shown.slice(0, placeShown.length ? Math.max(1, THESAURUS_SHOWN - placeShown.length) : THESAURUS_SHOWN), ...placeShown];
  return searches.length ? { searches, shown: note.slice(0, THESAURUS_SHOWN), ...(placeShown.length ? { places: placeShown.slice(0, THESAURUS_SHOWN), placeUnits } : {}) } : null;
}

/** The searches whose every key some page holds (Pagefind leaves out a term no page holds: the search would widen). */
async function heldSearches<R extends Candidate>(searches: string[], run: (search: string) => Promise<R[]>): Promise<string[]> {
  // «تمور طولقة» read as «التمر» alone where «طولقة» is in no page. Each key is searched alone (once: `run` remembers).
  const keys = [...new Set(searches.flatMap((s) => s.split(' ')))];
  const held = new Set((await Promise.all(keys.map(async (k) => ((await run(k)).length ? k : null)))).filter((k) => k !== null));
  return searches.filter((s) => s.split(' ').every((k) => held.has(k)));
}

/**
 * The thesaurus's pages (tiers.ts): those of the query's other phrasings, after every page that holds the reader's
 * words, a curated concept or a form reading, before the partial matches (a page saying the whole concept otherwise
 * against one lacking a typed word). Only while those first pages are fewer than `below` (tiers.ts PARTIAL_BELOW): a
 * reader with a full page of their own words gains nothing on it, and the searches are not run. (Forty-first pass:
 * placing a few strong pages of the other phrasings among weak exact pages of a full first page was measured and not
 * kept — docs/search.md «Forty-first pass: places named otherwise».)
 */
export async function withThesaurus<R extends Candidate>(plan: QueryPlan, ranked: Array<Ranked<R>>, run: (search: string) => Promise<R[]>, below: number): Promise<Array<Ranked<R>>> {
  const head = ranked.filter((r) => r.tier !== 'partial');
  if (!plan.thesaurus || head.length >= below) return ranked;
  const seen = new Set(head.map((r) => r.result.id));
  const read = await unseenPages(await heldSearches(plan.thesaurus.searches, run), run, seen);
  return [...head, ...read, ...ranked.filter((r) => r.tier === 'partial' && !seen.has(r.result.id))];
}
