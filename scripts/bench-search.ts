// Search benchmark on a synthetic corpus: index size on disk, bytes the first query
// transfers, and time from keystroke to rendered results, for our keyed index and for plain
// Pagefind on the same articles.
// Usage: tsx scripts/bench-search.ts [--articles 10000] [--site DIR]
//   --site  a built site (default: /tmp/kb-search-bench-site is built if missing) whose
//           /search/ page is driven with the synthetic index swapped in, so the UI timing
//           includes our query rewriting, Pagefind and rendering.
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { loadActorList, loadCuratedBeside } from '../src/indexer/read';
import { writeSearchIndex } from '../src/indexer/write';
import { buildCorpus } from '../src/lib/corpus/buildCorpus';
import { syntheticArticles } from './bench/synthetic-search';
import { serveStatic } from '../tests/site/server';
import { launchBrowser } from '../tests/site/browser';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(path.join(e.parentPath ?? (e as any).path, e.name)).size, 0);
}

const QUERIES = ['زيلينسكي', 'وبوتين', 'الضمانات الأمنية', 'ترمب'];
const count = Number(arg('--articles', '10000'));
const work = '/tmp/kb-search-bench';
let site = arg('--site', '');
if (!site) {
  site = '/tmp/kb-search-bench-site';
  if (!existsSync(path.join(site, 'search/index.html'))) {
    execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: site, ASTRO_CACHE_DIR: `${site}-cache`, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
}

// Layout: work/ is the built site served at "/", with our index in work/pagefind/ and the
// plain baseline in work/plain/pagefind/. --reuse keeps indexes from the last run.
const reuse = process.argv.includes('--reuse') && existsSync(path.join(work, 'plain/pagefind/pagefind.js'));
let keyedIndexMs = NaN;
let plainIndexMs = NaN;
if (!reuse) rmSync(work, { recursive: true, force: true });
// The site's pages and scripts (fresh each run), never its own small index.
cpSync(site, work, { recursive: true, filter: (src) => !src.startsWith(path.join(site, 'pagefind')) });
if (!reuse) {
  const actors = await loadActorList(path.resolve('content/actors.yaml'));
  const { discoveryLexicon, relationPatterns } = loadCuratedBeside(path.resolve('content/actors.yaml'));
  const corpus = buildCorpus({ articles: syntheticArticles(count), actors, topics: [], sources: [], discoveryLexicon, relationPatterns });
  let t = performance.now();
  await writeSearchIndex({ corpus, actors, outputPath: path.join(work, 'pagefind') });
  keyedIndexMs = performance.now() - t;
  t = performance.now();
  await writeSearchIndex({ corpus, actors, outputPath: path.join(work, 'plain/pagefind'), plain: true });
  plainIndexMs = performance.now() - t;
  await pagefind.close();
}

const { server, url } = await serveStatic(work, '/');
const row = (name: string, v: string | number) => console.log(`${name.padEnd(46)} ${v}`);
row('articles', count);
row('index build, keyed / plain (s)', `${(keyedIndexMs / 1000).toFixed(1)} / ${(plainIndexMs / 1000).toFixed(1)}`);
row('index on disk, keyed / plain (MB)', `${(dirSize(path.join(work, 'pagefind')) / 1e6).toFixed(1)} / ${(dirSize(path.join(work, 'plain/pagefind')) / 1e6).toFixed(1)}`);

/** Uncompressed bytes of every Pagefind file a fresh page fetched (the test server does not gzip). */
function countBytes(page: import('playwright-core').Page, part: string) {
  const box = { bytes: 0 };
  page.on('response', async (r) => {
    if (r.url().includes(part)) box.bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  return box;
}

for (const q of QUERIES) {
  // Keyed: the real /search/ page in a fresh browser (empty cache); keystrokes → results rendered.
  let ctx = await launchBrowser();
  const page = await ctx.newPage();
  const keyed = countBytes(page, `${url}pagefind/`);
  await page.goto(`${url}search/`);
  await page.waitForSelector('[data-search-page][data-state="done"]');
  const start = Date.now();
  await page.fill('#search-q', q);
  await page.waitForFunction(() => document.querySelector('[data-search-page]')?.getAttribute('data-state') === 'done' && document.querySelectorAll('.search-hit').length > 0, null, { timeout: 30_000 });
  const keyedMs = Date.now() - start;
  const keyedCount = await page.locator('.search-results__status').textContent();
  await page.waitForTimeout(200);
  await ctx.close();
  // Plain: the same query through the Pagefind JS API (no UI of ours), first 10 results' data.
  ctx = await launchBrowser();
  const p2 = await ctx.newPage();
  const plainBytes = countBytes(p2, '/plain/pagefind/');
  await p2.goto(url);
  const plain = (await p2.evaluate(`(async () => {
    const t0 = performance.now();
    const pf = await import('/plain/pagefind/pagefind.js');
    await pf.options({ baseUrl: '/' });
    const r = await pf.search(${JSON.stringify(q)});
    await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return { ms: performance.now() - t0, n: r.results.length };
  })()`)) as { ms: number; n: number };
  await p2.waitForTimeout(200);
  await ctx.close();
  row(`«${q}» keyed UI: results / KB / ms`, `${keyedCount} / ${(keyed.bytes / 1024).toFixed(0)} / ${keyedMs}`);
  row(`«${q}» plain API: results / KB / ms`, `${plain.n} / ${(plainBytes.bytes / 1024).toFixed(0)} / ${plain.ms.toFixed(0)}`);
}
server.close();
