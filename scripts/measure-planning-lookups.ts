// Which word data planning a query reads (issue 15, twentieth pass, 15s): every query of every search set is
// planned as the /search/ page plans it (kb-search.json as shipped, contextFromJson, planQuery closed and open,
// concepts on) over a KeyContext whose tables record each key looked up and any whole-table walk. Then a
// design is costed: the word tables split into buckets by the first N letters of the key a lookup uses, and
// each query's buckets (the keys it read) gzipped — what the first results would wait for instead of the
// whole file. A table walked whole cannot be bucketed (printed). Prints no search result.
// With --rounds it also plans each query from the buckets in rounds (design step 3, docs/search.md) and
// compares the final plans with the whole context's.
// Usage: npx tsx scripts/measure-planning-lookups.ts [--letters 1|2|3] [--rounds] [--examples]
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadActorList } from '../src/indexer/read';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, contextFromJson, splitContextJson } from '../src/lib/search/context';
import { planQuery, type KeyContext } from '../src/lib/search/keys';
import { QUERY_FILES, loadQueries } from '../tests/fixtures/search/harness';
import { stemSteps } from '../src/lib/search/stems';
import { tokenize } from '../src/lib/arabic/tokenize';

const letters = Number(process.argv[process.argv.indexOf('--letters') + 1]) || 1;
const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const bucketOf = (key: string) => key.slice(0, letters);

/** Keyed by a concept or actor id a name lookup gave: they travel with the name's entry, not by letters. */
const ID_KEYED = new Set(['conceptShown', 'actorConcepts']);

type Log = { keys: Map<string, Set<string>>; walked: Set<string> };

/** A Map or Set whose reads are logged under `name`. */
function logged<T extends Map<string, unknown> | Set<string>>(name: string, table: T, log: Log): T {
  return new Proxy(table, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target);
      if (prop === 'get' || prop === 'has')
        return (k: string) => {
          if (!log.keys.has(name)) log.keys.set(name, new Set());
          log.keys.get(name)!.add(k);
          return (v as (k: string) => unknown).call(target, k);
        };
      if (prop === 'forEach' || prop === 'keys' || prop === 'values' || prop === 'entries' || prop === Symbol.iterator) {
        log.walked.add(name);
        return (v as (...a: unknown[]) => unknown).bind(target);
      }
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * The design's rounds: a context that answers a key only when its bucket is loaded and records a miss
 * otherwise (answering «absent»); the page would fetch the missed buckets and plan again until a plan has
 * no miss. Id-keyed tables travel with the name that gave the id; a walk sees the whole table (the data
 * stems, shipped bucketed in the design). Returns the rounds and whether the last plans equal the whole
 * context's.
 */
function roundsOf(query: string, whole: KeyContext, first: Set<string>): { rounds: number; same: boolean } {
  const loaded = new Set(first);
  const plans = (ctx: KeyContext) => JSON.stringify([{ concepts: true }, { concepts: true, prefixLast: true }].map((o) => planQuery(query, ctx, o)));
  const expected = plans(whole);
  for (let round = 1; round <= 10; round++) {
    const missed = new Set<string>();
    const partial = Object.fromEntries(
      Object.entries(whole).map(([name, t]) => {
        if (!(t instanceof Map || t instanceof Set) || ID_KEYED.has(name)) return [name, t];
        return [
          name,
          new Proxy(t, {
            get(target, prop) {
              const v = Reflect.get(target, prop, target);
              if (prop === 'get' || prop === 'has')
                return (k: string) => {
                  if (loaded.has(bucketOf(k))) return (v as (k: string) => unknown).call(target, k);
                  missed.add(bucketOf(k));
                  return prop === 'has' ? false : undefined;
                };
              return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
            },
          }),
        ];
      }),
    ) as unknown as KeyContext;
    const got = plans(partial);
    if (!missed.size) return { rounds: round, same: got === expected };
    for (const b of missed) loaded.add(b);
  }
  return { rounds: 11, same: false };
}

async function main() {
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  const { planning } = splitContextJson(buildContextJson(actors, loadSearchVocabularyBeside(path.resolve('content/actors.yaml'))));
  const whole = contextFromJson(planning);
  const log: Log = { keys: new Map(), walked: new Set() };
  const ctx = Object.fromEntries(
    Object.entries(whole).map(([k, v]) => [k, v instanceof Map || v instanceof Set ? logged(k, v as Map<string, unknown>, log) : v]),
  ) as unknown as KeyContext;
  // Bucket sizes: each table's entries grouped by the key they are looked up by.
  const buckets = new Map<string, Map<string, unknown[]>>();
  // stems.ts dataStems: every word the data names (walked whole once); shipped as a bucketed set instead.
  const dataStems = new Set([...whole.known, ...whole.families.keys()]);
  for (const t of [whole.aliases, whole.conceptPhrases, whole.conceptNames]) for (const es of t.values()) for (const e of es) for (const w of e.stems) dataStems.add(w);
  const shipped = { ...whole, dataStems } as Record<string, unknown>;
  for (const name of [...ID_KEYED, 'conceptPhrases']) delete shipped[name];
  for (const [name, table] of Object.entries(shipped)) {
    if (!(table instanceof Map || table instanceof Set)) continue;
    const byBucket = new Map<string, unknown[]>();
    for (const e of table instanceof Map ? [...table] : [...table].map((k) => [k])) {
      const b = bucketOf(String(e[0]));
      byBucket.set(b, [...(byBucket.get(b) ?? []), e]);
    }
    buckets.set(name, byBucket);
  }
  // What the page can name before any data is in: the buckets of each query word's every stripping step
  // (article and clitic letters off, as searchStem may take them; suffixes leave the first letters).
  const ownBuckets = (q: string) =>
    new Set(tokenize(q).filter((t) => t.type === 'ar' || t.type === 'latin').flatMap((t) => stemSteps(t.norm, new Set()).map(bucketOf)));
  let oneRound = 0;
  const extraByTable = new Map<string, number>();
  let oneRoundWithoutConcepts = 0;
  const rounds: number[] = [];
  let different = 0;
  const perQuery: number[] = [];
  const perQueryBuckets: number[] = [];
  let queries = 0;
  for (const set of Object.keys(QUERY_FILES)) {
    for (const q of loadQueries(set)) {
      log.keys.clear();
      for (const opts of [{ concepts: true }, { concepts: true, prefixLast: true }]) planQuery(q.q, ctx, opts);
      // The buckets this query read, every table's part of them in one file per bucket.
      const read = new Set<string>();
      for (const [name, keys] of log.keys) if (!ID_KEYED.has(name)) for (const k of keys) read.add(bucketOf(k));
      const own = ownBuckets(q.q);
      if (process.argv.includes('--rounds')) {
        const r = roundsOf(q.q, whole, own);
        rounds.push(r.rounds);
        if (!r.same) different++;
      }
      const inOwn = () => [...log.keys].every(([name, keys]) => ID_KEYED.has(name) || [...keys].every((k) => own.has(bucketOf(k))));
      const withConcepts = new Map(log.keys);
      log.keys.clear();
      for (const opts of [{ concepts: false }, { concepts: false, prefixLast: true }]) planQuery(q.q, ctx, opts);
      if (inOwn()) oneRoundWithoutConcepts++;
      log.keys = withConcepts;
      if (inOwn()) oneRound++;
      for (const [name, keys] of log.keys) {
        const outside = [...keys].filter((k) => !own.has(bucketOf(k)));
        if (!outside.length || ID_KEYED.has(name)) continue;
        extraByTable.set(name, (extraByTable.get(name) ?? 0) + 1);
        if (process.argv.includes('--examples') && Math.random() < 0.02) console.log(`  ${name}: «${q.q}» reads ${outside.slice(0, 4).join(' ')}`);
      }
      const body = JSON.stringify([...read].map((b) => [...buckets].map(([name, t]) => [name, t.get(b) ?? []])));
      perQuery.push(gz(body));
      perQueryBuckets.push(read.size);
      queries++;
    }
  }
  perQuery.sort((a, b) => a - b);
  perQueryBuckets.sort((a, b) => a - b);
  const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  console.log(`queries planned: ${queries}; tables read: ${[...log.keys.keys()].join(', ')}`);
  console.log(`tables walked whole (cannot be bucketed as they are): ${[...log.walked].join(', ') || 'none'}`);
  console.log(`buckets by the first ${letters} letter(s): ${new Set([...buckets.values()].flatMap((t) => [...t.keys()])).size}`);
  console.log(`buckets a query reads: median ${at(perQueryBuckets, 0.5)}, p90 ${at(perQueryBuckets, 0.9)}, max ${perQueryBuckets.at(-1)}`);
  console.log(`queries whose lookups all fall in the buckets of their own words' letters (one round): ${oneRound} of ${queries}`);
  console.log(`the same planned without concepts (the exact tier's plan): ${oneRoundWithoutConcepts} of ${queries}`);
  if (rounds.length) {
    const hist = new Map<number, number>();
    for (const r of rounds) hist.set(r, (hist.get(r) ?? 0) + 1);
    console.log(`rounds to a plan without a miss: ${[...hist].sort((a, b) => a[0] - b[0]).map(([r, n]) => `${r}: ${n}`).join(', ')}; plans differing from the whole context's: ${different}`);
  }
  console.log(`queries reading a table outside them (a second round): ${[...extraByTable].map(([n, c]) => `${n} ${c}`).join(', ')}`);
  for (const [name, t] of buckets) console.log(`  table ${name}: ${t.size} buckets, largest ${Math.max(...[...t.values()].map((es) => gz(JSON.stringify(es))))} B gzipped`);
  console.log(`their word data gzipped (one file per bucket, summed as one body): median ${at(perQuery, 0.5)} B, p90 ${at(perQuery, 0.9)} B, max ${perQuery.at(-1)} B`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
