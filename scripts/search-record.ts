// Records the quality sets' searches (session 42, 15r): runs every query as scripts/search-quality.ts does and keeps
// every Pagefind reply (id, score), each page id's slug, plain Pagefind's first forty and the planning context, so a
// change of the ranking alone (tiers.ts and what it calls) is replayed in Node by scripts/search-replay.ts in seconds.
// A search string is asked once per run (replies are the same for the same string and corpus).
// Usage: npx tsx scripts/search-record.ts DIR [--sets dev,aside33,…]   (DIR/rec.json, DIR/ctx/)
import path from 'node:path';
import { tmpdir } from 'node:os';
import { cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { openBench, qualityCorpus, shippedContext, loadQueries, QUERY_FILES } from '../tests/fixtures/search/harness';
import { planQuery } from '../src/lib/search/keys';
import { rankQuery } from '../src/lib/search/tiers';
import { closeSharedBrowser } from '../tests/site/browser';
async function main() {
  const out = process.argv[2];
  const s = process.argv.indexOf('--sets');
  const sets = s > 0 ? process.argv[s + 1].split(',') : Object.keys(QUERY_FILES);
  const { articles, actors } = await qualityCorpus();
  const dir = path.join(tmpdir(), `kb-rec-${process.pid}`);
  const bench = await openBench(dir, articles, actors);
  mkdirSync(out, { recursive: true });
  cpSync(path.join(dir, 'keyed/pagefind/kb-search.json'), path.join(out, 'ctx/kb-search.json'));
  try { cpSync(path.join(dir, 'keyed/pagefind/kb-words'), path.join(out, 'ctx/kb-words'), { recursive: true }); } catch {}
  const kctx = shippedContext(path.join(dir, 'keyed/pagefind'));
  const total = JSON.parse(readFileSync(path.join(dir, 'keyed/pagefind/kb-search.json'), 'utf8')).total;
  const searches: Record<string, Array<[string, number]>> = {};
  const slugs: Record<string, string> = {};
  const plain: Record<string, string[]> = {};
  try {
    for (const set of sets) {
      for (const q of loadQueries(set)) {
        const search = async (terms: string) => {
          if (searches[terms]) return searches[terms].map(([id, score]) => ({ id, score }));
          const r = (await bench.page.evaluate(`(async () => {
            const r = await window.pfKeyed.search(${JSON.stringify(terms)});
            window.kbResults ??= {};
            for (const x of r.results) window.kbResults[x.id] = x;
            return r.results.map((x) => ({ id: x.id, score: x.score }));
          })()`)) as Array<{ id: string; score: number }>;
          searches[terms] = r.map((x) => [x.id, x.score]);
          return r;
        };
        const plans = { closed: planQuery(q.q, kctx), open: planQuery(q.q, kctx, { prefixLast: true }) };
        await rankQuery(plans, search, { total });
        if (!plain[q.q]) {
          plain[q.q] = (await bench.page.evaluate(`(async () => Promise.all((await window.pfPlain.search(${JSON.stringify(q.q)})).results.slice(0, 40).map(async (x) => (await x.data()).url)))()`) as string[]).map((u) => u.replace(/^.*\/articles\//, '').replace(/\/.*$/, ''));
        }
      }
      const ids = [...new Set(Object.values(searches).flat().map(([id]) => id))].filter((id) => !slugs[id]);
      const got = (await bench.page.evaluate(`Promise.all(${JSON.stringify(ids)}.map(async (id) => (await window.kbResults[id].data()).url))`)) as string[];
      ids.forEach((id, i) => (slugs[id] = got[i].replace(/^.*\/articles\//, '').replace(/\/.*$/, '')));
      console.log(set, Object.keys(searches).length, Object.keys(slugs).length);
    }
  } finally { await bench.close(); await closeSharedBrowser(); }
  writeFileSync(path.join(out, 'rec.json'), JSON.stringify({ total, searches, slugs, plain }));
}
main().catch((e) => { console.error(e); process.exit(1); });
