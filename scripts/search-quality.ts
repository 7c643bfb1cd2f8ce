// Search quality, per class, ours beside plain Pagefind, for the query sets
// (tests/fixtures/search/): the figures of docs/search.md "Quality".
// Usage: npx tsx scripts/search-quality.ts [--sets spelling,dev,aside,aside2,…,aside18,aside19,aside20,aside21,aside22,aside23,aside24,aside25,aside26,aside27,aside28,aside29,aside30,aside31,aside32,aside33,aside34,aside35,aside36,aside37,aside38,aside39,aside40,aside41,aside42,dev13m,dev14q] [--json FILE]
//        npx tsx scripts/search-quality.ts --dir DIR [--sets probe] [--json FILE]: another corpus, DIR/articles/*.mdx
//        alone, with its own query files DIR/queries-<set>.yaml (session 26's probe of real pages' text, kept
//        outside the repository); the default, without --dir, is unchanged.
// Tune on spelling, dev, aside–aside19, the tuned parts of dev13m, dev14q, dev14c, dev15c, dev15m, dev16c, dev16m, dev17c, dev17m, dev18r, dev18x, dev19p, dev20f, dev20k, dev20x, dev21m, dev22c, dev22n, dev23p, dev23r, dev24b, dev24c, dev25g, dev25k, dev26n, dev26c, dev27k, dev27b, dev28c, dev27d, dev28d, dev29a, dev29n, dev30d, dev30c, dev31k, dev31n, dev32c, dev32m, dev33p, dev33k, dev34r, dev34c, dev35c, the tuned part of dev35p (15b2), the tuned part of dev36p (15p), the tuned part of dev36b (15b), the tuned part of dev36r (15r) the tuned part of dev37k (15k, session 45), the tuned part of dev38k (15k, session 46), the tuned part of dev39c (15c, session 47), the tuned part of dev39b (15b, session 47) the tuned part of dev40k (15k, session 48) the tuned part of dev41s (15s, session 49) the tuned part of dev41k (15k, session 49) and the tuned part of dev42c (15c, session 50)
// and aside19 and aside20 (all spent: aside19 was held out in the nineteenth pass, session 27, aside20 in the
// twentieth, session 28, each scored before any change and once after the merge, when its misses were printed),
// and aside21 (held out in the twenty-first pass, session 29, over the `gp-*` pages: spent at its end), and aside22
// (held out in the twenty-second pass, session 30, over the `gs-*` pages: spent at its end),
// and aside23 (held out in the twenty-third pass, session 31, over the `gw-*` pages: spent at its end),
// and aside24 (held out in the twenty-fourth pass, session 32, over the `ha-*` pages: spent at its end),
// and aside25 (held out in the twenty-fifth pass, session 33, over the `hd-*` pages: spent at its end),
// and aside26 (held out in the twenty-sixth pass, session 34, over the `hg-*` pages: spent at its end),
// and aside27 (held out in the twenty-seventh pass, session 35, over the `hj-*` pages: spent at its end),
// and aside28 (held out in the twenty-eighth pass, session 36, over the `hn-*` pages: spent at its end),
// and aside29 (held out in the twenty-ninth pass, session 37, over the `hq-*` pages: spent at its end),
// and aside30 (held out in the thirtieth pass, session 38, over the `ht-*` pages: spent at its end),
// never on the `heldOut` thirds of the dev sets (scored apart), never on aside31 (held out in the thirty-first pass,
// session 39, over the `hx-*` pages), never on aside32 (held out in the thirty-second pass, session 40, over the `ia-*`
// pages, written as readers ask), never on aside33 (held out in the thirty-third pass, session 41, over the `id-*` pages,
// written as readers ask), never on aside34 (held out in the thirty-fourth pass, session 42, over the `ih-*` pages,
// written as readers ask), never on aside35 (held out in the thirty-fifth pass, session 43, over the `ik-*` pages,
// written as readers ask), never on aside36 (held out in the thirty-sixth pass, session 44, over the `io-*` pages,
// written as readers ask), never on aside37 (held out in the thirty-seventh pass, session 45, over the `is-*` pages,
// written as readers ask), never on aside38 (held out in the thirty-eighth pass, session 46, over the `iu-*` pages,
// written as readers ask), never on aside39 (held out in the thirty-ninth pass, session 47, over the `iw-*` pages,
// written as readers ask), never on aside40 (held out in the fortieth pass, session 48, over the `ja-*` pages,
// written as readers ask and labelled over the whole corpus), never on aside41 (held out in the forty-first pass, session 49,
// over the `jd-*` pages, written as readers ask and labelled over the whole corpus), never on aside42 (held out in the forty-second
// pass, session 50, over the `jh-*` pages, as aside41); a new held-out set is written before any change and
// measured, never tuned on.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBench, loadQueries, qualityCorpus, judgedPages, corpusSets, QUERY_FILES } from '../tests/fixtures/search/harness';
import { summariseByKind, markdownTable, type Scored } from '../tests/fixtures/search/metrics';
import { closeSharedBrowser } from '../tests/site/browser';

async function main() {
  const d = process.argv.indexOf('--dir');
  const dir = d > 0 ? process.argv[d + 1] : undefined;
  const files: Record<string, string> = dir ? corpusSets(dir) : QUERY_FILES;
  const s = process.argv.indexOf('--sets');
  const sets = s > 0 ? process.argv[s + 1].split(',') : Object.keys(files);
  const queries = Object.fromEntries(sets.map((s) => [s, loadQueries(s, dir)]));
  const { articles, actors } = await qualityCorpus(dir);
  const bench = await openBench(path.join(tmpdir(), `kb-search-quality-${process.pid}`), articles, actors);
  const report: Record<string, unknown> = {};
  try {
    for (const set of sets) {
        const rows: Array<Scored & { q: string }> = [];
      const held = new Set<string>();
      for (const q of queries[set]) {
        if (q.heldOut) held.add(q.q);
        rows.push({ ...q, irrelevant: q.irrelevant ?? [], judged: judgedPages(q), ...(await bench.run(q.q)) });
      }
      // A set with a held-out part (dev13m on) prints the tuned part and the held-out part apart.
      const parts: Array<[string, typeof rows]> = held.size
        ? [[set, rows.filter((r) => !held.has(r.q))], [`${set}-held`, rows.filter((r) => held.has(r.q))]]
        : [[set, rows]];
      for (const [name, part] of parts) {
        const lines = summariseByKind(part);
        console.log(`\n### ${name} (${files[set]}, ${part.length} queries)\n\n${markdownTable(lines)}`);
        report[name] = { lines, rows: part.map(({ judged: _j, ...r }) => r) };
      }
    }
  } finally {
    // The bench closes its context, not the Chromium launchBrowser shares (vitest's setup-browser
    // closes that after each test file): left open, its pipe keeps Node from exiting.
    await bench.close();
    await closeSharedBrowser();
  }
  const i = process.argv.indexOf('--json');
  if (i > 0 && process.argv[i + 1]) writeFileSync(process.argv[i + 1], JSON.stringify(report, null, 1));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
