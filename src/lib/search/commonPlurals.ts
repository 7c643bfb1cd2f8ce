// The common broken plurals, read where the query's other words agree (issue 15, thirty-third pass, session 41).
// A reader types one number of a common noun and the page writes the other («قطعة غيار» over «قطع الغيار», «ثمن الجمل»
// over «ثمن الجمال»). The rare-reading gate (rareReadings.ts: a candidate kept only if it alone finds 1–5 pages) drops
// such a plural — alone it is on hundreds of pages — and search-plurals.yaml left many of them out as homographs
// (جمال a name, قطع «cutting»). Here the pairs of content/search-common-plurals.yaml are searched only TOGETHER with
// the query's other words, so the co-occurrence, not the rarity, keeps the precision; their pages rank right after the
// exact matches (they hold every word, one of them in the other number).
// - A homograph's pair is read only where the typed form with the other words is on fewer than HOMOGRAPH_EXACT pages:
//   where many pages write the typed form with those words, the reader's sense is the typed one («قطع المياه»).
// - A one-word query has no other word to agree: a plain pair's pages follow its full matches; a homograph's never.
import type { KeyContext } from './keyContext';
import { tokenize } from '../arabic/tokenize';
import { keyTokens, type KeyedToken } from './keyTokens';
import type { QueryPlan, QueryUnit } from './queryPlan';
import type { Candidate, Ranked } from './tiers';
import { unseenPages } from './unseenPages';

/** One pair as shipped (kb-search.json `queryForms.common`): singular, plural normalised, 1 where a homograph. */
export type CommonPlural = [string, string] | [string, string, 1];

/** A homograph's pair is read while the exact tier holds fewer pages than this. */
export const HOMOGRAPH_EXACT = 3;
/** At most this many readings of one typed word (each is one more search). */
const MAX_COMMON = 2;

/** A pair's form with the normalised text of its first word (what keyTokens stems), known without the context. */
interface Form {
  from: string;
  form: string;
  homograph: boolean;
  /** The first word's normalised text, or null when it is not an Arabic word (then always stemmed). */
  norm: string | null;
}
const formsOf = new WeakMap<readonly CommonPlural[], Form[]>();

/** The pairs both ways (singular → plural, plural → singular), in list order, with their first word's normalised text. */
function formsFor(pairs: readonly CommonPlural[]): Form[] {
  let forms = formsOf.get(pairs);
  if (forms) return forms;
  const norm = (text: string) => {
    const first = tokenize(text)[0];
    return first?.type === 'ar' ? first.norm.replace(/[\u200C\u200D]/g, '') : null;
  };
  forms = pairs.flatMap(([s, p, h]) => [
    { from: s, form: p, homograph: h === 1, norm: norm(s) },
    { from: p, form: s, homograph: h === 1, norm: norm(p) },
  ]);
  formsOf.set(pairs, forms);
  return forms;
}

/**
 * The other forms of the pairs whose form stems (as keyTokens stems a query word) to `stem`, in list order, each
 * once. Only the forms that can stem to it are stemmed: a stem is what is left of the word's normalised text once
 * its proclitics and article go (stems.ts), a suffix of it, so a form whose text does not end with `stem` cannot.
 * Stemming every form instead reads the word data of ~900 words (~280 buckets at 10,000 pages, so the whole of
 * kb-words/all.json, 150 KB, before a plain word's first results), and a table of them kept for the page would
 * hold the stems of whatever buckets were in at its first plan, not the whole data's.
 */
function othersOf(pairs: readonly CommonPlural[], stem: string, ctx: KeyContext): Array<{ form: string; homograph: boolean }> {
  const list: Array<{ form: string; homograph: boolean }> = [];
  for (const f of formsFor(pairs)) {
    if (f.norm !== null && !f.norm.endsWith(stem)) continue;
    if (keyTokens(f.from, ctx)[0]?.stem !== stem) continue;
    if (!list.some((x) => x.form === f.form)) list.push({ form: f.form, homograph: f.homograph });
  }
  return list;
}

/** The key a query asks a word by (queryPlan.ts queryKey: its family's, a ة word's listed plural its own). */
const askKey = (t: KeyedToken) => (t.ownPlural ? t.key : (t.familyKey ?? t.key));

/**
 * The keys of a typed word's other number (content/search-common-plurals.yaml), less its own, and whether one of its
 * pairs is a homograph; null where the list has none.
 */
export function commonPluralReadings(t: KeyedToken, ctx: KeyContext): { keys: string[]; homograph: boolean } | null {
  const pairs = ctx.queryForms?.common;
  if (!pairs?.length || t.token.type !== 'ar') return null;
  const others = othersOf(pairs, t.stem, ctx);
  if (!others.length) return null;
  const own = new Set([t.key, askKey(t), ...(t.familyKey ? [t.familyKey] : [])]);
  const keys: string[] = [];
  let homograph = false;
  for (const o of others) {
    const k = keyTokens(o.form, ctx)[0];
    if (!k || own.has(askKey(k)) || keys.includes(askKey(k))) continue;
    keys.push(askKey(k));
    homograph ||= o.homograph;
  }
  return keys.length ? { keys: keys.slice(0, MAX_COMMON), homograph } : null;
}

/**
 * The pages a common reading finds with every other word of the query, right after the exact matches (a one-word
 * query's plain pair: after the full matches). `run` searches one query string (tiers.ts, once per string).
 */
export async function withCommonReadings<R extends Candidate>(plan: QueryPlan, ranked: Array<Ranked<R>>, run: (search: string) => Promise<R[]>): Promise<Array<Ranked<R>>> {
  const readers = plan.units.map((u, i) => ({ u, i })).filter(({ u }) => u.commonReadings?.length);
  if (!readers.length) return ranked;
  const exact = ranked.filter((r) => r.tier === 'exact');
  const content = plan.units.filter((u) => !u.functionWord);
  // Pagefind leaves out a term no page holds: a search whose reading, or another content word, is in no page would be
  // a search of the rest alone («أثمان جمال» is «جمال», the painter's name). Each is checked alone first (searched once).
  const present = async (s: string) => (await run(s)).length > 0;
  const readings = async (u: QueryUnit) => (await Promise.all(u.commonReadings!.map(async (r) => ((await present(r)) ? r : null)))).filter((r): r is string => r !== null);
  const searches: string[] = [];
  if (content.length === 1) {
    for (const { u } of readers) if (!u.commonHomograph) searches.push(...(await readings(u)));
  } else {
    const held = await Promise.all(plan.units.map((u) => (u.functionWord ? true : present(u.terms.join(' ')))));
    const taken: Array<{ i: number; rs: string[] }> = [];
    for (const { u, i } of readers) {
      if (u.commonHomograph && exact.length >= HOMOGRAPH_EXACT) continue;
      const rs = await readings(u);
      if (rs.length) taken.push({ i, rs });
    }
    const replaced = (pick: Map<number, string>) => plan.units.map((x, j) => pick.get(j) ?? x.terms.join(' ')).join(' ');
    const othersHeld = (skip: Set<number>) => plan.units.every((_, j) => skip.has(j) || held[j]);
    for (const { i, rs } of taken) if (othersHeld(new Set([i]))) for (const r of rs) searches.push(replaced(new Map([[i, r]])));
    // Two typed words each in the other number («جثة جندي» over «جثث جنود»): both read at once, first readings.
    if (taken.length >= 2 && othersHeld(new Set(taken.map((t) => t.i)))) searches.push(replaced(new Map(taken.map(({ i, rs }) => [i, rs[0]]))));
  }
  if (!searches.length) return ranked;
  const seen = new Set((content.length === 1 ? ranked.filter((r) => r.tier !== 'partial') : exact).map((r) => r.result.id));
  const read = await unseenPages([...new Set(searches)], run, seen);
  if (!read.length) return ranked;
  const ids = new Set(read.map((r) => r.result.id));
  const rest = ranked.filter((r) => !ids.has(r.result.id));
  // The exact matches that lead the list: a concept phrase's words written apart wait after the concept (phraseApart.ts).
  const lead = rest.findIndex((r) => r.tier !== 'exact');
  const before = content.length === 1 ? rest.filter((r) => r.tier !== 'partial') : rest.slice(0, lead < 0 ? rest.length : lead);
  const after = rest.filter((r) => !before.includes(r));
  return [...before, ...read, ...after];
}
