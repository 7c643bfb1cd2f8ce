// Concepts met word by word by meaning (issue 15, thirty-fourth pass, session 42). A reader's concept and the page's
// clause often share no phrase, but each of the reader's words is on the page in another form of its family or as a
// one-word near-synonym: «هزة أرضية في ميلة» against «اهتزت الأرض … في ميلة», «طوابير الخبز» against «اصطف … أمام
// المخابز». The groups (content/search-meaning-words.yaml, shipped among the thesaurus's concepts under MEANING_PREFIX)
// give each query word its other words; each other word is one Pagefind search of one key, and a page meeting every
// one of the query's words by meaning ranks after the exact, concept, form and thesaurus pages, before the partial
// matches. Pure: the search is passed in.
import type { KeyContext } from './keyContext';
import type { QueryPlan, QueryUnit } from './keys';
import type { Candidate, Ranked } from './tiers';

/** A meaning group's id among the thesaurus's concepts (src/lib/data/meaningWords.ts writes it). */
export const MEANING_PREFIX = 'meaning/';
/** At most this many searches of other words a query (each one more Pagefind search, of one key). */
export const MEANING_SEARCHES = 14;
/** At most this many other words for one query word. */
export const MEANING_PER_WORD = 8;
/** Words named on the page («يشمل أيضاً») when the note has room. */
export const MEANING_SHOWN = 2;

/** A query word as the meaning tier reads it: its own search (the partial tier's), and its other words' keys. */
export interface MeaningWord {
  text: string;
  own: string;
  others: string[];
}

export interface MeaningPlan {
  words: MeaningWord[];
  /** Other words as written (the note «يشمل أيضاً»). */
  shown: string[];
}

/** A unit with the tokens it spans (planQuery's ranges). */
export interface MeaningUnit {
  unit: QueryUnit;
  from: number;
  to: number;
}

/** The other words of the word at token `i`: the one-word phrasings of every meaning group holding it. */
function otherWords(matches: string[], i: number, ctx: KeyContext): Array<{ key: string; text: string }> {
  const table = ctx.thesaurus;
  if (!table) return [];
  const out: Array<{ key: string; text: string }> = [];
  for (const hit of table.phrases.get(matches[i]) ?? []) {
    if (!hit.concept.startsWith(MEANING_PREFIX) || hit.stems.length !== 1) continue;
    for (const p of table.concepts.get(hit.concept) ?? []) {
      if (p.match === matches[i] || p.keys.length !== 1) continue;
      if (!out.some((o) => o.key === p.keys[0])) out.push({ key: p.keys[0], text: p.text });
    }
  }
  return out;
}

/**
 * The query's words by meaning, or null when no word has another: each content word (a concept's phrase word by word,
 * as the partial tier reads it) with its own search and its groups' other words. The others are taken a round at a
 * time over the words (the first other word of each, then the second …) up to MEANING_SEARCHES, so a long query's last
 * word gets its share.
 */
export function meaningPlan(matches: string[], units: MeaningUnit[], ctx: KeyContext): MeaningPlan | null {
  if (!ctx.thesaurus) return null;
  const words: Array<{ text: string; own: string; also: string[]; cands: Array<{ key: string; text: string }> }> = [];
  for (const { unit, from, to } of units) {
    if (unit.functionWord) continue;
    if (unit.words && unit.words.length === to - from) {
      // A concept's phrase: each word met by itself, its groups' words, or the concept (any of its phrasings).
      unit.words.forEach((w, j) => {
        if (w.functionWord) return;
        words.push({ text: w.text, own: w.any, also: [unit.any], cands: otherWords(matches, from + j, ctx) });
      });
      continue;
    }
    words.push({ text: unit.text, own: unit.any, also: [], cands: to - from === 1 ? otherWords(matches, from, ctx) : [] });
  }
  if (!words.some((w) => w.cands.length)) return null;
  const taken = words.map((w) => w.cands.filter((c) => c.key !== w.own && !w.also.includes(c.key)).slice(0, MEANING_PER_WORD));
  const others: string[][] = words.map(() => []);
  const shown: string[] = [];
  let n = 0;
  for (let round = 0; round < MEANING_PER_WORD && n < MEANING_SEARCHES; round++) {
    taken.forEach((cs, k) => {
      if (round >= cs.length || n >= MEANING_SEARCHES) return;
      others[k].push(cs[round].key);
      if (!shown.includes(cs[round].text)) shown.push(cs[round].text);
      n++;
    });
  }
  return { words: words.map((w, k) => ({ text: w.text, own: w.own, others: [...w.also, ...others[k]] })), shown };
}

/** Weight of a word met on `df` of `total` pages (as tiers.ts `rarity`: a rare word weighs more). */
const rarity = (df: number, total: number) => (df > 0 ? Math.log(1 + total / df) : 0);

/**
 * The pages meeting every word of the query by meaning (its own search, or one of its other words'), not listed yet:
 * after the pages that hold the reader's words, a curated concept, a form reading or a thesaurus phrasing, before the
 * partial matches, as concept-tier results; among them the page meeting more words as typed first, then Pagefind's
 * summed score. Then, only into the places left of the first `below`, the pages meeting all the query's words but one
 * by meaning, the rarest among those met (each word weighing by its pages, its other words' included: «هزة» read as
 * every word of a quake is rare, «الطلاب» is not), as partial matches with the word they lack struck through: they
 * never pass a page listed already. Only while the first pages are fewer than `below` (a full first page gains nothing;
 * the searches are not run).
 */
export async function withMeaning<R extends Candidate>(plan: QueryPlan, ranked: Array<Ranked<R>>, run: (search: string) => Promise<R[]>, below: number, total?: number): Promise<Array<Ranked<R>>> {
  const head = ranked.filter((r) => r.tier !== 'partial');
  const words = plan.meaning?.words;
  if (!words?.length || head.length >= below) return ranked;
  const found = await Promise.all(words.map((w) => Promise.all([w.own, ...w.others].map(run))));
  const seen = new Set(head.map((r) => r.result.id));
  const pages = new Map<string, { result: R; met: boolean[]; typed: number; score: number }>();
  found.forEach((lists, k) => {
    lists.forEach((results, s) => {
      for (const result of results) {
        let p = pages.get(result.id);
        if (!p) pages.set(result.id, (p = { result, met: words.map(() => false), typed: 0, score: 0 }));
        if (p.met[k]) continue;
        p.met[k] = true;
        if (s === 0) p.typed++;
        p.score += result.score;
      }
    });
  });
  const met = (p: { met: boolean[] }) => p.met.filter(Boolean).length;
  const full = [...pages.values()]
    .filter((p) => met(p) === words.length && !seen.has(p.result.id))
    .sort((a, b) => b.typed - a.typed || b.score - a.score || (a.result.id < b.result.id ? -1 : 1));
  const read = full.map((p) => ({ result: p.result, tier: 'concept' as const, missing: [] as string[] }));
  const ids = new Set(read.map((r) => r.result.id));
  const out = [...head, ...read, ...ranked.filter((r) => r.tier === 'partial' && !ids.has(r.result.id))];
  const room = below - out.length;
  if (words.length < 2 || room <= 0) return out;
  const listed = new Set(out.map((r) => r.result.id));
  const dfs = found.map((lists) => new Set(lists.flat().map((r) => r.id)).size);
  const weight = dfs.map((df) => rarity(df, total ?? Math.max(1, ...dfs)));
  const sum = (p: { met: boolean[] }) => p.met.reduce((w, m, k) => w + (m ? weight[k] : 0), 0);
  const some = [...pages.values()]
    .filter((p) => met(p) === words.length - 1 && !listed.has(p.result.id))
    .sort((a, b) => sum(b) - sum(a) || b.typed - a.typed || b.score - a.score || (a.result.id < b.result.id ? -1 : 1))
    .slice(0, room)
    .map((p) => ({ result: p.result, tier: 'partial' as const, missing: words.filter((_, k) => !p.met[k]).map((w) => w.text) }));
  return [...out, ...some];
}
