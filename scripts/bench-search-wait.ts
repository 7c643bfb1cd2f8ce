// What a reader waits for on /search/ and in the header box, for queries of two words or more on a built site (the
// bundled corpus, as `npm run build` or the site tests build it): time from navigation to the first result shown and to
// the page's `data-state="done"` (every tier, the partial matches included), and in the header box from the last
// keystroke to the box's answer for the whole query. A fresh browser context per query and run (empty cache).
// Usage: npx tsx scripts/bench-search-wait.ts --site DIR [--runs 3] [--label NAME]
import { serveStatic } from '../tests/site/server';
import { closeSharedBrowser, launchBrowser } from '../tests/site/browser';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

// Two words or more, some with a rare word that has readings («الرياض», «والتز»), some not.
const QUERIES = ['والتز يرفض هدنة في الرياض', 'محادثات الرياض', 'وقف إطلاق النار في أوكرانيا', 'بوتين وترامب', 'الضمانات الأمنية لأوكرانيا'];
const site = arg('--site', '');
const runs = Number(arg('--runs', '3'));
if (!site) throw new Error('--site DIR: a built site');
const { server, url } = await serveStatic(site, '/');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: Array<{ q: string; first: number[]; done: number[]; box: number[] }> = [];
for (const q of QUERIES) {
  const row = { q, first: [] as number[], done: [] as number[], box: [] as number[] };
  for (let r = 0; r < runs; r++) {
    let ctx = await launchBrowser();
    let page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(`${url}search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('.search-hit', { timeout: 30_000 });
    row.first.push(Date.now() - t0);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 30_000 });
    row.done.push(Date.now() - t0);
    await ctx.close();
    ctx = await launchBrowser();
    page = await ctx.newPage();
    await page.goto(url);
    await page.locator('#search-box-q').focus();
    // The box's own files load on focus; wait for them before timing the query.
    await page.waitForTimeout(1500);
    const t1 = Date.now();
    await page.locator('#search-box-q').fill(q);
    await page.waitForSelector(`[data-search-box][data-state="done"][data-query="${q}"]`, { timeout: 30_000 });
    row.box.push(Date.now() - t1);
    await ctx.close();
  }
  rows.push(row);
}
await closeSharedBrowser();
server.close();
console.log(`| query (${arg('--label', site)}) | /search/ first result, ms (median of ${runs}) | /search/ done, ms | box done, ms |`);
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.q} | ${median(r.first)} | ${median(r.done)} | ${median(r.box)} |`);
const all = (k: 'first' | 'done' | 'box') => median(rows.flatMap((r) => r[k]));
console.log(`| all (median of ${rows.length * runs}) | ${all('first')} | ${all('done')} | ${all('box')} |`);
