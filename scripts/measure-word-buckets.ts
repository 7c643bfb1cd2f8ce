// What the first results of /search/ wait for in word data (issue 15, twenty-first pass, 15p): kb-search.json
// before (the word tables in it) and after (wordBuckets.ts), and the buckets a query fetches before its plan
// is final — every query of every search set planned as the page plans it (closed and open, concepts on, from
// a cold page: nothing loaded), each bucket gzipped on its own (one request each). Prints no search result.
// Usage: npx tsx scripts/measure-word-buckets.ts [--built DIR]   (DIR: a built site's dist, read as shipped)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadActorList } from '../src/indexer/read';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextJson, splitContextJson, type SearchPlanningJson } from '../src/lib/search/context';
import { planQuery } from '../src/lib/search/keys';
import { BucketedWords, bucketLoader, firstReads, settle } from '../src/lib/search/bucketedContext';
import { bucketFile, bucketWords, hasWordBuckets, type WordBucketJson } from '../src/lib/search/wordBuckets';
import { QUERY_FILES, loadQueries } from '../tests/fixtures/search/harness';

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const built = process.argv.includes('--built') ? process.argv[process.argv.indexOf('--built') + 1] : undefined;
  let main: SearchPlanningJson;
  let files: Map<string, string>;
  let before: number | undefined;
  if (built) {
    const dir = path.join(built, 'pagefind');
    main = JSON.parse(readFileSync(path.join(dir, 'kb-search.json'), 'utf8')) as SearchPlanningJson;
    if (!hasWordBuckets(main)) throw new Error(`${dir}/kb-search.json: no word buckets (an index written before them)`);
    files = new Map(main.words.buckets.map((b) => [b, readFileSync(path.join(dir, bucketFile(b)), 'utf8')]));
  } else {
    const actors = await loadActorList(path.resolve('content/actors.yaml'));
    const { planning } = splitContextJson(buildContextJson(actors, loadSearchVocabularyBeside(path.resolve('content/actors.yaml'))));
    before = gz(JSON.stringify(planning));
    const split = bucketWords(planning);
    main = JSON.parse(JSON.stringify(split.main)) as SearchPlanningJson;
    files = new Map([...split.buckets].map(([b, json]) => [b, JSON.stringify(json)]));
  }
  if (!hasWordBuckets(main)) throw new Error('no word buckets');
  const mainGz = gz(JSON.stringify(main));
  const sizes = new Map([...files].map(([b, s]) => [b, gz(s)]));
  const perQuery: number[] = [];
  const requests: number[] = [];
  const rounds: number[] = [];
  // The page (engine.ts prefetchWordIndex): the first plan's buckets named from the query alone (firstReads)
  // and fetched beside kb-search.json; rounds after kb-search.json is in, and requests the naming wasted.
  const roundsAfter: number[] = [];
  const wasted: number[] = [];
  const earlyFiles: number[] = [];
  for (const set of Object.keys(QUERY_FILES)) {
    for (const { q } of loadQueries(set)) {
      {
        const words = new BucketedWords(main);
        const early = firstReads((ctx) => planQuery(q, ctx));
        for (const b of early) words.add(b, files.has(b) ? (JSON.parse(files.get(b)!) as WordBucketJson) : null);
        const read = new Set<string>();
        const load = bucketLoader(words, async (b) => (read.add(b), files.has(b) ? (JSON.parse(files.get(b)!) as WordBucketJson) : null));
        await settle(words, (ctx) => planQuery(q, ctx), load, (n) => roundsAfter.push(n - 1));
        // Needed: what a cold page's plan reads; the early requests outside it were wasted.
        const cold = new BucketedWords(main);
        const coldRead = new Set<string>();
        await settle(cold, (ctx) => planQuery(q, ctx), bucketLoader(cold, async (b) => (coldRead.add(b), files.has(b) ? (JSON.parse(files.get(b)!) as WordBucketJson) : null)));
        wasted.push(early.filter((b) => !coldRead.has(b)).length);
        earlyFiles.push(early.length);
      }
      const words = new BucketedWords(main);
      const fetched: string[] = [];
      const load = bucketLoader(words, async (b) => (fetched.push(b), files.has(b) ? (JSON.parse(files.get(b)!) as WordBucketJson) : null));
      await settle(words, (ctx) => [planQuery(q, ctx), planQuery(q, ctx, { prefixLast: true })], load, (n) => rounds.push(n - 1));
      perQuery.push(fetched.reduce((n, b) => n + (sizes.get(b) ?? 0), 0));
      requests.push(fetched.length);
    }
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`queries: ${perQuery.length}; buckets written: ${files.size} (${kb(total)} gzipped in all, largest ${kb(Math.max(...sizes.values()))})`);
  if (before !== undefined) console.log(`kb-search.json gzipped: before ${kb(before)} → after ${kb(mainGz)}`);
  else console.log(`kb-search.json gzipped: ${kb(mainGz)}`);
  console.log(`buckets a query fetches: median ${at(requests, 0.5)}, p90 ${at(requests, 0.9)}, max ${Math.max(...requests)}`);
  console.log(`their bytes gzipped: median ${kb(at(perQuery, 0.5))}, p90 ${kb(at(perQuery, 0.9))}, max ${kb(Math.max(...perQuery))}`);
  console.log(`kb-search.json + a query's buckets: median ${kb(mainGz + at(perQuery, 0.5))}, p90 ${kb(mainGz + at(perQuery, 0.9))}`);
  const hist = new Map<number, number>();
  for (const r of rounds) hist.set(r, (hist.get(r) ?? 0) + 1);
  const histAfter = new Map<number, number>();
  for (const r of roundsAfter) histAfter.set(r, (histAfter.get(r) ?? 0) + 1);
  console.log(`the page's first plan, its buckets named from the query and fetched beside kb-search.json (${earlyFiles.reduce((a, b) => a + b, 0)} requests, median ${at(earlyFiles, 0.5)}, max ${Math.max(...earlyFiles)}; not needed: ${wasted.reduce((a, b) => a + b, 0)}, in ${wasted.filter((n) => n > 0).length} queries)`);
  console.log(`  rounds after kb-search.json: ${[...histAfter].sort((a, b) => a[0] - b[0]).map(([r, n]) => `${r}: ${n}`).join(', ')}`);
  console.log(`fetch rounds before the plan is final: ${[...hist].sort((a, b) => a[0] - b[0]).map(([r, n]) => `${r}: ${n}`).join(', ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
