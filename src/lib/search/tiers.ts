// The order of results: pages holding every word of the query first, then pages that say a
// concept of the query in other words, then — when those are fewer than ten — the best
// partial matches: pages holding some of the words, ranked by the words they hold, a rare
// word weighing more than a common one. Pure: the search itself is passed in.
import type { QueryPlan, QueryUnit } from './keys';
import { isNearSynonym, isNisbaConcept } from './queryReadings';
import { CONCEPT_ONLY_MAX, evidenceWeight, unitStrengths } from './unitEvidence';
import { formSearches, heldFormSearches } from './formSearches';
import { withCommonReadings } from './commonPlurals';
import { withThesaurus } from './thesaurus';
import { placeUnitPages } from './placeParts';
import { placeApart, shares, splitApart } from './phraseApart';
import { withMeaning } from './meaningWords';
import { conceptStrengths, leadConcepts, withConceptLead } from './conceptLead';

export { formSearches, heldFormSearches };

/** A result as the search returns it (a Pagefind result: its id, score and lazy data). */
export interface Candidate {
  id: string;
  score: number;
}

export type Tier = 'exact' | 'concept' | 'partial';

export interface Ranked<R> {
  result: R;
  tier: Tier;
  /** Words of the query the page lacks (partial matches only). */
  missing: string[];
}

/** Below this many full matches, partial matches follow. */
export const PARTIAL_BELOW = 10;
/** At most this many partial matches. */
export const PARTIAL_MAX = 30;
/** A partial match must weigh at least this share of the best one's. */
export const PARTIAL_FLOOR = 0.3;

/**
 * Weight of a word held by `df` of `total` articles: log(1 + total / df), so a word on every
 * page weighs ~0.7 and a word on one page in ten thousand ~9.
 */
export function rarity(df: number, total: number): number {
  return df > 0 ? Math.log(1 + total / df) : 0;
}

/** How many of the reader's words a unit stands for: a concept's or a name's phrase counts each word. */
export const unitWords = (u: QueryUnit): number => Math.max(1, u.text.trim().split(/\s+/).length);

/**
 * Partial matches from the results of each unit searched alone: pages holding two units or
 * more (one when a single unit is in the index) but not every one, by the summed weight of the units they hold,
 * each weighed by how strongly the page holds it (unitEvidence.ts; ties: the plain sum, then Pagefind's summed
 * score), those under PARTIAL_FLOOR of the best plain sum left out. `exclude`: ids already shown.
 */
export function bestPartial<R extends Candidate>(
  units: QueryUnit[],
  perUnit: R[][],
  opts: { total?: number; exclude?: Set<string>; minHeld?: number; rarest?: boolean; own?: Array<R[] | null>; typed?: Array<R[] | null>; slots?: number } = {},
): Array<Ranked<R>> {
  const total = opts.total ?? Math.max(1, ...perUnit.map((r) => r.length));
  const weights = perUnit.map((r) => rarity(r.length, total));
  // `own`: a near-synonym unit's pages that say the reader's word itself weigh as that word, the rarer,
  // the set's other words as the set (seventeenth pass): «بيدر حنطة» ranks the page saying «حنطة» above
  // the many saying «قمح», as the full tiers rank the typed word first.
  const own = (opts.own ?? []).map((r) => (r ? { ids: new Set(r.map((x) => x.id)), weight: rarity(r.length, total) } : null));
  // `typed`: a concept unit's pages that hold the reader's own words; the others hold it only in other words.
  const typed = (opts.typed ?? []).map((r) => (r ? new Set(r.map((x) => x.id)) : null));
  // `read`: the page holds a concept unit only in other words; `anchored`: it holds a word the reader typed (a unit's
  // own words, not a function word).
  const found = new Map<string, { result: R; held: boolean[]; weight: number; evidence: number; read: boolean; anchored: boolean; score: number }>();
  perUnit.forEach((results, u) => {
    const strength = unitStrengths(results);
    for (const r of results) {
      if (opts.exclude?.has(r.id)) continue;
      let f = found.get(r.id);
      if (!f) found.set(r.id, (f = { result: r, held: units.map(() => false), weight: 0, evidence: 0, read: false, anchored: false, score: 0 }));
      if (f.held[u]) continue;
      f.held[u] = true;
      const weight = own[u]?.ids.has(r.id) ? Math.max(weights[u], own[u]!.weight) : weights[u];
      f.weight += weight;
      // The order weighs how strongly the page holds the unit (unitEvidence.ts); which pages qualify does not.
      f.evidence += evidenceWeight(weight, strength.get(r.id)!);
      if (typed[u] && !typed[u]!.has(r.id)) f.read = true;
      else if (!units[u].functionWord) f.anchored = true;
      f.score += r.score;
    }
  });
  // A partial match holds two of the words at least (one, when only one is in the index at
  // all): for «أسعار الزيت» a page about «أسعار» alone is not a near miss. Words, not units: a unit
  // of two words (a set's phrase, «الأجواء الروسية» ↔ «المجال الجوي الروسي») covers two words of the
  // reader's clause (seventeenth pass).
  const minHeld = opts.minHeld ?? Math.min(2, perUnit.filter((r) => r.length > 0).length);
  const words = units.map(unitWords);
  // `rarest`: only pages holding the query's rarest unit (twelfth pass, below).
  const rarest = weights.indexOf(Math.max(...weights));
  const partial = [...found.values()].filter(
    (f) => f.held.some((h) => !h) && f.held.reduce((n, h, u) => n + (h ? words[u] : 0), 0) >= minHeld && (!opts.rarest || f.held[rarest]),
  );
  const best = Math.max(0, ...partial.map((f) => f.weight));
  const ranked = partial
    .filter((f) => f.weight > 0 && f.weight >= best * PARTIAL_FLOOR)
    .sort((a, b) => b.evidence - a.evidence || b.weight - a.weight || b.score - a.score || (a.result.id < b.result.id ? -1 : 1));
  return withoutConceptRun(ranked, opts.slots ?? PARTIAL_BELOW)
    .slice(0, PARTIAL_MAX)
    .map((f) => ({ result: f.result, tier: 'partial' as const, missing: units.filter((_, u) => !f.held[u]).map((x) => x.text) }));
}

/**
 * The partial matches in evidence order, but in the first `slots` places (those left of the first ten) at most
 * CONCEPT_ONLY_MAX pages that hold the query's concept only in other words and none of the reader's own words
 * while pages holding a typed word wait: those go on after the first places, in their order.
 */
function withoutConceptRun<F extends { read: boolean; anchored: boolean }>(ranked: F[], slots: number): F[] {
  const conceptOnly = (f: F) => f.read && !f.anchored;
  const first: F[] = [];
  const later: F[] = [];
  let held = 0;
  for (const f of ranked) {
    if (first.length >= slots) later.push(f);
    else if (!conceptOnly(f)) first.push(f);
    else if (held < CONCEPT_ONLY_MAX) {
      held++;
      first.push(f);
    } else later.push(f);
  }
  return [...first, ...later];
}

/**
 * Results holding every word (exact) or the query's concept (concept), in that order.
 * Pagefind leaves out a query word no page holds, so its "full" matches of «الرئيس الفنلندي»
 * over pages that never say «الفنلندي» are every page with «الرئيس». With `check` (a settled
 * query of two units or more) each unit's words are also searched alone: a unit in no page
 * empties the exact tier, and the concept tier too unless that unit is one of its concepts.
 */
async function fullMatches<R extends Candidate>(plan: QueryPlan, run: (search: string) => Promise<R[]>, check = false): Promise<Array<Ranked<R>>> {
  // An empty search string is a filter-only browse: the runner answers it.
  const [exact, concept, wider, composed, alone, lead] = await Promise.all([
    run(plan.search),
    plan.concept ? run(plan.concept.search) : Promise.resolve([] as R[]),
    plan.concept?.wider ? run(plan.concept.wider) : Promise.resolve([] as R[]),
    plan.concept?.composed ? run(plan.concept.composed) : Promise.resolve([] as R[]),
    check && plan.units.length >= 2 ? Promise.all(plan.units.map((u) => run(u.terms.join(' ')))) : Promise.resolve(null),
    // Each curated concept's token alone: how strongly a page is about it (conceptLead.ts, thirty-ninth pass).
    plan.concept ? Promise.all(leadConcepts(plan).map((u) => run(u.any))) : Promise.resolve([] as R[][]),
  ]);
  const absent = plan.units.filter((_, u) => alone?.[u].length === 0);
  const conceptFull = absent.some((u) => !u.concept) ? [] : concept;
  // A concept phrase's words the page writes apart: after the pages saying it in one place (phraseApart.ts).
  const { together, apart } = splitApart(plan, absent.length ? [] : exact, [[plan.concept?.search, concept], [plan.concept?.wider, wider]]);
  const isApart = new Set(apart.map((r) => r.id));
  const tiers = [
    ['exact', together],
    // (A concept search of the typed words, a near-synonym's, holds the apart pages too: they are placed below.)
    ['concept', conceptFull.filter((r) => !isApart.has(r.id))],
    // The near-synonym sets' other words (session 24), after the curated concepts. A function word no
    // page holds empties the exact tier, not this one: the wider search leaves it out.
    ['concept', absent.some((u) => !u.concept && plan.concept?.wider?.split(' ').some((k) => u.terms.includes(k))) ? [] : wider],
    // A concept phrase read word by word through its words' sets (thirty-first pass): after the phrase's own readings.
    ['concept', absent.some((u) => !u.concept && plan.concept?.composed?.split(' ').some((k) => u.terms.includes(k))) ? [] : composed],
  ] as const;
  const out: Array<Ranked<R> & { share: number; id: string; k: number }> = [];
  const seen = new Set<string>(isApart);
  for (const [k, [tier, results]] of tiers.entries()) {
    const share = shares(results);
    for (const result of results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      out.push({ result, tier, missing: [], share: k === 3 ? 0 : share.get(result.id)!, id: result.id, k });
    }
  }
  // A page about the concept before exact pages naming the typed word in passing (conceptLead.ts): the curated concept's
  // and the wider search's pages, not the word-by-word readings'; the whole query weighed in the wider search.
  const whole = new Map((plan.concept?.wider ? wider : concept).map((r) => [r.id, r.score]));
  const { head, rest } = withConceptLead(out.filter((r) => r.tier === 'exact'), out.filter((r) => r.tier !== 'exact'), conceptStrengths(lead), whole, (r) => r.k === 1 || r.k === 2, PARTIAL_BELOW);
  if (!apart.length) return [...head, ...rest].map(({ result, tier, missing }) => ({ result, tier, missing }));
  // The phrase's words apart (phraseApart.ts): among the concept's pages (not the word-by-word readings'), by strength.
  const exactShare = shares(exact);
  const placed = placeApart(rest, apart.map((result) => ({ result, tier: 'exact' as const, missing: [], share: exactShare.get(result.id)!, id: result.id, k: 0 })));
  return [...head, ...placed].map(({ result, tier, missing }) => ({ result, tier, missing }));
}

/**
 * The full matches followed, under PARTIAL_BELOW, by the best partial ones. Pagefind leaves
 * out a query word no page holds, so when one unit alone finds nothing the "full" matches
 * lack it: then every result is a partial match and says so.
 */
async function withPartial<R extends Candidate>(plan: QueryPlan, full: Array<Ranked<R>>, run: (search: string) => Promise<R[]>, total?: number): Promise<Array<Ranked<R>>> {
  if (!wantsPartial(plan, full)) return full;
  const ranked = plan.units.length >= 2 ? await unitPartial(plan, full, run, total) : full;
  return withWordPartial(plan, ranked, run, total);
}

/**
 * The plan's units with every concept phrase split into the reader's words, or null when no unit is such a phrase.
 * A query read as a family («التسرب المدرسي»: the dropout family) would otherwise list the family's pages alone.
 */
export function wordUnits(plan: QueryPlan): QueryUnit[] | null {
  return plan.units.some((u) => u.words) ? plan.units.flatMap((u) => u.words ?? [u]) : null;
}

/**
 * After the family's pages and the units' partial matches, the partial matches of the reader's own words (a concept's
 * phrase word by word), never ranked above them: the pages those words found before the family was written stay listed,
 * their missing words struck through (session 36). Of two words, as for any two-word query, the pages holding the
 * rarer one alone.
 */
async function withWordPartial<R extends Candidate>(plan: QueryPlan, ranked: Array<Ranked<R>>, run: (search: string) => Promise<R[]>, total?: number): Promise<Array<Ranked<R>>> {
  const split = wordUnits(plan);
  if (!split || split.length < 2 || ranked.length >= PARTIAL_BELOW) return ranked;
  const perWord = await Promise.all(split.map((u) => run(u.any)));
  const exclude = new Set(ranked.map((r) => r.result.id));
  const slots = PARTIAL_BELOW - ranked.length;
  let more = bestPartial(split, perWord, { total, exclude, slots });
  if (!more.length && split.length === 2) more = bestPartial(split, perWord, { total, exclude, slots, minHeld: 1, rarest: true });
  return [...ranked, ...more];
}

/** The partial matches of the plan's units (two or more), after its full matches. */
async function unitPartial<R extends Candidate>(plan: QueryPlan, full: Array<Ranked<R>>, run: (search: string) => Promise<R[]>, total?: number): Promise<Array<Ranked<R>>> {
  // A near-synonym set's unit: its typed words alone too (searched already by the word check), beside
  // the units' searches rather than after them.
  // A concept's typed words (not a country's nisba: «الروسية» is Russia as much as «روسيا»): searched already by the
  // word check, they tell the pages saying the reader's words from those saying the concept otherwise.
  // A place's unit is held by a page naming one of its parts too (placeParts.ts); its typed pages are the whole's own.
  const [perUnit, typed] = await Promise.all([
    Promise.all(plan.units.map(async (u) => (u.placeParts ? placeUnitPages(await Promise.all([u.any, ...u.placeParts].map(run))) : run(u.any)))),
    Promise.all(plan.units.map((u) => (u.placeParts ? run(u.any) : u.concept && !isNisbaConcept(u.concept) ? run(u.terms.join(' ')) : null))),
  ]);
  const own = plan.units.map((u, i) => (u.concept && isNearSynonym(u.concept) ? typed[i] : null));
  const absent = perUnit.some((r) => r.length === 0);
  const slots = absent ? PARTIAL_BELOW : PARTIAL_BELOW - full.length;
  const partial = bestPartial(plan.units, perUnit, { total, own, typed, slots, exclude: absent ? undefined : new Set(full.map((r) => r.result.id)) });
  // Words in the index that no page holds two of together («حياد الجزائر» over a page that says
  // «عدم الانحياز»; «تنقيح ترجمة دوستويفسكي» where «تنقيح» is in no page and the two others never
  // meet): rather than nothing, the pages holding one of them, the rarest word first, the others
  // struck through (sixth pass; any number of words since session 26). Only when nothing else came back at all.
  if (!partial.length && (absent || !full.length)) return bestPartial(plan.units, perUnit, { total, own, typed, minHeld: 1 });
  // A word in no page: the "full" matches lack it, so every result is a partial match.
  if (absent) return partial;
  // Of two words a partial match would hold both, so a short exact tier ended the list: «صومعة
  // حبوب» showed the page saying both and never the page saying «الصوامع» without «حبوب» (twelfth
  // pass). Under PARTIAL_BELOW, the pages holding the rarer word alone follow — never those holding
  // only the common one: for «أسعار الزيت» a page about «أسعار» alone is still no near miss.
  if (plan.units.length === 2 && !partial.length) {
    const exclude = new Set(full.map((r) => r.result.id));
    return [...full, ...bestPartial(plan.units, perUnit, { total, own, typed, slots, exclude, minHeld: 1, rarest: true })];
  }
  return [...full, ...partial];
}

/**
 * After the full matches, the pages a form reading finds (a town written where its adjective was typed, a verb where
 * its noun was: twenty-ninth pass), ahead of the partial matches but never above a page that writes the typed words.
 * Where the typed form is in no page at all, the pages holding a reading alone follow, the other words struck through
 * (the reading stands for the word the reader typed, mostly the rarest: «باعة ديروطيون» over a page of «ديروط» without
 * «باعة»). Only while the full matches are fewer than PARTIAL_BELOW: each reading is one more search.
 */
async function withFormReadings<R extends Candidate>(typed: QueryPlan, ranked: Array<Ranked<R>>, run: (search: string) => Promise<R[]>): Promise<Array<Ranked<R>>> {
  const head = ranked.filter((r) => r.tier !== 'partial');
  // Thirty-second pass: a typed word few pages write («غربلة القمح» over «يغربلون القمح», «غربلة» on one page) — the concept
  // pages after the exact ones say the other words otherwise and mostly lack it, so its readings are searched however
  // many those are, and what they find ranks above them (never above the exact ones).
  const lacked = await typedWordRare(typed, run);
  if (head.length >= PARTIAL_BELOW && !lacked) return ranked;
  const plan = await withRareReadings(typed, run);
  const searches = await heldFormSearches(plan, run);
  if (!searches.length && !plan.units.some((u) => u.readings?.length)) return ranked;
  const seen = new Set(head.map((r) => r.result.id));
  const read: Array<Ranked<R>> = [];
  const partly: Array<Ranked<R>> = [];
  const found = await Promise.all(searches.map((s) => run(s.search)));
  for (const [k, results] of found.entries()) {
    const { missing } = searches[k];
    for (const result of results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      (missing.length ? partly : read).push({ result, tier: missing.length ? 'partial' : 'concept', missing });
    }
  }
  if (plan.units.length >= 2) {
    // A reading alone stands for the typed word; in a query of four words or more only a confirmed one (queryForms.ts):
    // a rare reading's pages holding that word alone would rank above pages holding three of the others (aside25).
    const alone = (u: QueryUnit, i: number) => (plan.units.length >= 4 ? typed.units[i].readings : u.readings) ?? [];
    const lacking = await Promise.all(plan.units.map(async (u, i) => alone(u, i).length > 0 && (await run(u.terms.join(' '))).length === 0));
    // The other words a reading's page lacks, each by its own search (its concept's key where it has one), so the
    // partial match strikes exactly those (session 41; the partial tier searched them already).
    const heldBy = lacking.some(Boolean) ? await Promise.all(plan.units.map(async (u) => new Set((await run(u.any)).map((r) => r.id)))) : [];
    for (const [i, u] of plan.units.entries()) {
      if (!lacking[i]) continue;
      for (const results of await Promise.all(alone(u, i).map(run))) {
        for (const result of results) {
          if (seen.has(result.id)) continue;
          seen.add(result.id);
          const missing = plan.units.filter((x, j) => j !== i && !heldBy[j].has(result.id)).map((x) => x.text);
          (missing.length ? partly : read).push({ result, tier: missing.length ? 'partial' : 'concept', missing });
        }
      }
    }
  }
  read.push(...partly);
  const rest = ranked.filter((r) => r.tier === 'partial' && !seen.has(r.result.id));
  if (!lacked) return [...head, ...read, ...rest];
  // The exact pages and the concept pages that write the rare typed word keep their place; the others follow the read.
  const holds = (r: Ranked<R>) => r.tier === 'exact' || lacked.has(r.result.id);
  return [...head.filter(holds), ...read, ...head.filter((r) => !holds(r)), ...rest];
}

/**
 * Does a unit with readings, in a query of two units or more, type a word the index holds rarely (searched as typed, it
 * finds no more than `plan.rare` pages: the thirty-first pass's number)? The pages that write it, or null.
 */
async function typedWordRare<R extends Candidate>(plan: QueryPlan, run: (search: string) => Promise<R[]>): Promise<Set<string> | null> {
  if (!plan.rare || plan.units.length < 2) return null;
  const withReadings = plan.units.filter((u) => u.readings?.length || u.rareReadings?.length || u.unseenReadings?.length || u.unseenNames?.length);
  const rare = (await Promise.all(withReadings.map((u) => run(u.terms.join(' '))))).filter((r) => r.length <= plan.rare!);
  // The pages that write a rare typed word (none, where it is in no page).
  return rare.length ? new Set(rare.flat().map((r) => r.id)) : null;
}

/**
 * The plan with each unit's rare readings (rareReadings.ts) that the index holds, and holds rarely, joined to its
 * readings: searched alone, a reading must find one page at least (the index's vocabulary holds it) and no more than
 * `plan.rare` (a small town's name or adjective; a common word read from a typed one is on many pages), and the typed
 * word itself no more than that.
 */
export async function withRareReadings<R>(plan: QueryPlan, run: (search: string) => Promise<R[]>): Promise<QueryPlan> {
  const max = plan.rare;
  if (!max || !plan.units.some((u) => u.rareReadings?.length || u.unseenReadings?.length || u.unseenNames?.length)) return plan;
  const units = await Promise.all(plan.units.map(async (u) => {
    if (!u.rareReadings?.length && !u.unseenReadings?.length && !u.unseenNames?.length) return u;
    // The typed word itself rare too: a word many pages write is no small town's, nor the form the corpus lacks
    // («الكاظمي» would read to «كاظم», «كنس» to «كنسي»: aside7, aside28 at the first run).
    // Typed alone and on some page, the word is what the reader asked for: «الكاظمي» (a name) is not «الكاظمية» (a
    // district) read back through «كاظم» (aside7's trap at the first run).
    const own = (await run(u.terms.join(' '))).length;
    if (own > max || (plan.units.length === 1 && own > 0)) return u;
    // A short name's other spellings (shortNames.ts) only where no page writes the typed word.
    const candidates = [...(u.rareReadings ?? []), ...(own === 0 ? u.unseenReadings ?? [] : [])];
    const found = await Promise.all(candidates.map(run));
    // An actor read from a name's other spelling (aliasSpellings.ts) is on as many pages as it is: no upper bound.
    const names = own === 0 ? u.unseenNames ?? [] : [];
    const named = (await Promise.all(names.map(run))).map((r) => r.length);
    const kept = [...candidates.filter((_, i) => found[i].length > 0 && found[i].length <= max), ...names.filter((_, i) => named[i] > 0)];
    return kept.length ? { ...u, readings: [...(u.readings ?? []), ...kept] } : u;
  }));
  return { ...plan, units };
}

/**
 * `run` answering each search string once per query: the word check of a settled query and the
 * partial tier search the same words alone (a unit without a concept has `any` = its terms), and
 * the closed and open plans can share a concept search. Same string, same filters and order:
 * the same results, so the second Pagefind search (wasm ranking every hit) is not run.
 */
function searchedOnce<R>(run: (search: string) => Promise<R[]>): (search: string) => Promise<R[]> {
  const seen = new Map<string, Promise<R[]>>();
  return (search) => {
    let found = seen.get(search);
    if (!found) seen.set(search, (found = run(search)));
    return found;
  };
}

/**
 * Every result of a plan in order: exact, then concept, then (under PARTIAL_BELOW) partial.
 * `run` searches one query string and returns its results in the reader's chosen order.
 */
export async function rankTiers<R extends Candidate>(plan: QueryPlan, search: (search: string) => Promise<R[]>, opts: { total?: number } = {}): Promise<Array<Ranked<R>>> {
  const run = searchedOnce(search);
  return withCommonReadings(plan, await withMeaning(plan, await withThesaurus(plan, await withFormReadings(plan, await withPartial(plan, await fullMatches(plan, run, true), run, opts.total), run), run, PARTIAL_BELOW), run, PARTIAL_BELOW, opts.total), run);
}

/** Would the partial tier run for these full matches (fewer than PARTIAL_BELOW, two units or a concept's phrase of two words)? */
export function wantsPartial(plan: QueryPlan, full: unknown[]): boolean {
  return full.length < PARTIAL_BELOW && (plan.units.length >= 2 || (wordUnits(plan)?.length ?? 0) >= 2);
}

/**
 * The words as written first; the last word as a prefix (زيلين → زيلينسكي, while typing) only
 * when that finds nothing in full. Decided by the index, not by how the page was reached, so
 * a deep link shows what typing showed, and «الزيت» never turns into «الزيتون».
 * `partial: false` (the header box while the reader types) leaves out the partial tier, one
 * search per word; `partialSkipped` then says it would have run, so the caller can ask again
 * once the input settles. The order of what is returned is the same either way.
 */
export async function rankQuery<R extends Candidate>(
  plans: { closed: QueryPlan; open: QueryPlan },
  search: (search: string) => Promise<R[]>,
  opts: { total?: number; partial?: boolean } = {},
): Promise<{ plan: QueryPlan; ranked: Array<Ranked<R>>; partialSkipped: boolean }> {
  const run = searchedOnce(search);
  // Settled, every word is checked to be in the index; while typing (partial: false) not, so
  // each keystroke stays one search.
  const check = opts.partial !== false;
  let plan = plans.closed;
  let full = await fullMatches(plan, run, check);
  if (!full.length && plans.open.prefix) {
    const open = await fullMatches(plans.open, run, check);
    if (open.length) [plan, full] = [plans.open, open];
  }
  if (opts.partial === false) return { plan, ranked: full, partialSkipped: wantsPartial(plan, full) || (full.length < PARTIAL_BELOW && (formSearches(plan).length > 0 || !!plan.thesaurus || !!plan.meaning || plan.units.some((u) => u.rareReadings?.length))) };
  return { plan, ranked: await withCommonReadings(plan, await withMeaning(plan, await withThesaurus(plan, await withFormReadings(plan, await withPartial(plan, full, run, opts.total), run), run, PARTIAL_BELOW), run, PARTIAL_BELOW, opts.total), run), partialSkipped: false };
}
