// What /search/ does to show its first results sooner (docs/search.md «Speed and size», session
// 12), on the bundled corpus indexed in shards of 3 and served as a static host serves it:
// - Pagefind's worker hands the page each hit's id and score only (not its word locations), and
//   the order, scores and data are those of Pagefind's own runtime over the same shards;
// - the modules the page's script imports are named in its head, so they are asked for while
//   the script itself is still on its way, and each is downloaded once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { serveStatic } from './server';
import { launchBrowser } from './browser';
import { contextFromJson, type SearchPlanningJson } from '../../src/lib/search/context';
import { planQuery, type KeyContext } from '../../src/lib/search/keys';
import { BucketedWords, firstReads, settle } from '../../src/lib/search/bucketedContext';
import { bucketFile, type WordBucketJson, type WordsIndexJson } from '../../src/lib/search/wordBuckets';
import { letterBuckets } from '../../src/lib/search/letterBuckets';

// The root site indexed again in shards of 3 by the global setup (search-shards reads it too).
const SHARDED = inject('shardedDir');
let server: Server;
let url: string;
let ctx: BrowserContext;
/** Requests the server received (path and query), in order. */
const received: string[] = [];

beforeAll(async () => {
  ({ server, url } = await serveStatic(SHARDED, '/', { hostLike: true }));
  server.on('request', (req) => received.push(req.url ?? ''));
  ctx = await launchBrowser();
});
afterAll(async () => {
  await ctx?.close();
  server?.close();
});

const json = () => JSON.parse(readFileSync(path.join(SHARDED, 'pagefind/kb-search.json'), 'utf8')) as SearchPlanningJson;

interface Listed { ids: string[]; scores: number[]; words: number; first: string | null }

describe('search replies from Pagefind’s worker', () => {
  // A frequent word, a concept, two words, an actor under another spelling, and a filter-only listing.
  it.each(['أوكرانيا', 'وقف إطلاق النار', 'لافروف موسكو', 'ترمب', ''])('give «%s» the hits, scores and order of Pagefind’s own runtime, without word locations', async (q) => {
    const shards = (json().shards ?? []).slice(1).map((s) => `/pagefind/${s.path}/`);
    expect(shards.length).toBeGreaterThan(1);
    const term = q ? planQuery(q, contextFromJson(json()), { concepts: true }).search : null;
    if (q) expect(term).toBeTruthy();
    const page = await ctx.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    const [boot, own] = (await page.evaluate(
      `(async ({ term, shards }) => {
        const list = async (r) => ({
          ids: r.results.map((h) => h.id),
          scores: r.results.map((h) => h.score),
          words: r.results.reduce((n, h) => n + (h.words ? h.words.length : 0), 0),
          first: r.results.length ? (await r.results[0].data()).url : null,
        });
        // The page's instance: the worker started by the HTML, every shard merged.
        const boot = await window.kbSearchBoot.opened;
        // Pagefind's own runtime over the same bundles, merged the same way (engine-shards.ts).
        const pf = await import('/pagefind/pagefind.js');
        const own = pf.createInstance({ basePath: '/pagefind/', baseUrl: '/', mergeFilter: { kb_shard: '0' } });
        await own.init();
        for (const [i, s] of shards.entries()) await own.mergeIndex(s, { baseUrl: '/', mergeFilter: { kb_shard: String(i + 1) } });
        return [await list(await boot.search(term, {})), await list(await own.search(term, {}))];
      })(${JSON.stringify({ term, shards })})`,
    )) as [Listed, Listed];
    expect(own.ids.length).toBeGreaterThan(q ? 0 : 1); // a listing by filters only: every article
    expect(boot.ids).toEqual(own.ids);
    expect(boot.scores).toEqual(own.scores);
    expect(boot.first).toBe(own.first);
    expect(own.words).toBeGreaterThan(q ? 0 : -1); // Pagefind's reply has them…
    expect(boot.words).toBe(0); // …the page's does not: copied to the page, never read
    await page.close();
  });

  it('still answers hits kept across searches after their replies were released', async () => {
    // The page releases a reply's data in the worker once none of its hits is reachable (one
    // message per reply). A hit still held must keep its data.
    const page = await ctx.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    const term = planQuery('أوكرانيا', contextFromJson(json()), { concepts: false }).search;
    const urls = (await page.evaluate(
      `(async (term) => {
        const boot = await window.kbSearchBoot.opened;
        const kept = (await boot.search(term, {})).results[0];
        for (let i = 0; i < 20; i++) await boot.search(term, {}); // replies nobody holds
        await new Promise((r) => setTimeout(r, 200));
        const again = (await boot.search(term, {})).results[0];
        return [(await kept.data()).url, (await again.data()).url];
      })(${JSON.stringify(term)})`,
    )) as [string, string];
    expect(urls[0]).toMatch(/^\/articles\//);
    expect(urls[0]).toBe(urls[1]);
    await page.close();
  });
});

describe('what the first results wait for', () => {
  it('marks when Pagefind’s worker has every shard open, apart from the engine’s index-open (which also waits for the key context)', async () => {
    // scripts/bench/search-trace.ts tells from these marks whether the first search waited for the
    // index or for the key context; `index-open` alone cannot tell (it is never before `context`).
    const page = await ctx.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    const marks = (await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kb-search:')).map((m) => [m.name.slice(10), m.startTime]))`)) as Record<string, number>;
    expect(marks['worker-open']).toBeGreaterThan(0);
    expect(marks['index-open']).toBeGreaterThanOrEqual(marks.context);
    expect(marks['index-open']).toBeGreaterThanOrEqual(marks['worker-open']);
    expect(marks.ranked).toBeGreaterThanOrEqual(marks['index-open']);
    await page.close();
  });

  it('runs the first search in Pagefind’s worker, and asks for its first five fragments, while the page’s main thread is busy', async () => {
    // Once the page has planned the query (key context built) it hands Pagefind's worker the
    // query's first searches (engine.ts prefetchWordIndex → kbSearchBoot.first); the worker runs
    // them as soon as every shard is open and fetches the first five hits' fragments without
    // waiting for the page to hear that the index is open and ask. Here the page's main thread is
    // held 4 s right after the key context is built: the five fragments must reach the server
    // during the hold (on the code before, the page asked for the search after the hold, then
    // for the fragments).
    const q = 'أوكرانيا';
    const term = planQuery(q, contextFromJson(json()), { concepts: true }).search;
    const fresh = await launchBrowser();
    const page = await fresh.newPage();
    await page.addInitScript(`(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = function (name, options) {
        const made = mark(name, options);
        if (name === 'kb-search:context') setTimeout(() => { window.busyUntil = Date.now() + 4000; while (Date.now() < window.busyUntil); }, 0);
        return made;
      };
    })()`);
    const arrived: Array<{ url: string; at: number }> = [];
    const log = (req: { url?: string }) => arrived.push({ url: req.url ?? '', at: Date.now() });
    server.on('request', log);
    await page.goto(`${url}search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 30_000 });
    server.off('request', log);
    const busyUntil = (await page.evaluate('window.busyUntil')) as number;
    const firstFive = (await page.evaluate(`(async (term) => (await (await window.kbSearchBoot.opened).search(term, {})).results.slice(0, 5).map((h) => h.id))(${JSON.stringify(term)})`)) as string[];
    await fresh.close();
    expect(busyUntil).toBeGreaterThan(0);
    expect(firstFive).toHaveLength(5);
    const during = arrived.filter((r) => r.at < busyUntil - 500 && r.url.endsWith('.pf_fragment')).map((r) => r.url.replace(/^.*\//, '').replace('.pf_fragment', ''));
    expect(during.sort()).toEqual([...firstFive].sort());
  });

  it('draws the first results before the word data of their titles: only the query’s own buckets are asked for before', async () => {
    // Marking the query's words in a title reads the word data of every word of the title (~6 buckets a
    // title, ~80 KB and 30 requests for a first screen at 10k, docs/search.md «back under 300 KB»): the
    // titles are drawn as plain text and marked with their excerpt, after they are on screen. Before
    // they are, the page may ask only for the buckets the query's own plans read (and those named from
    // the query alone before kb-search.json is in, engine.ts prefetchWordIndex, and from its letters by the
    // page's HTML, letterBuckets.ts), each once: the engine takes the HTML's requests over.
    const q = 'أوكرانيا';
    const plans = (c: KeyContext) => [planQuery(q, c, { concepts: true }), planQuery(q, c, { prefixLast: true, concepts: true })];
    const words = new BucketedWords(json() as SearchPlanningJson & { words: WordsIndexJson });
    const read = new Set(firstReads(plans));
    await settle(words, plans, async (buckets) => {
      for (const b of buckets) {
        read.add(b);
        const file = path.join(SHARDED, 'pagefind', bucketFile(b));
        words.add(b, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as WordBucketJson) : null);
      }
    });
    const allowed = new Set([...[...read].map(bucketFile), ...letterBuckets(q)].map((f) => `/pagefind/${f}`));
    const fresh = await launchBrowser();
    const page = await fresh.newPage();
    const asked: Array<{ path: string; at: number }> = [];
    page.on('request', (r) => asked.push({ path: new URL(r.url()).pathname, at: r.timing().startTime || Date.now() }));
    await page.goto(`${url}search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
    const shown = (await page
      .waitForFunction(`document.querySelector('.search-results__list .search-hit__title') ? Date.now() : 0`, undefined, { polling: 'raf', timeout: 30_000 })
      .then((h) => h.jsonValue())) as number;
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 30_000 });
    const marked = await page.locator('.search-results__list .search-hit__title mark').count();
    await fresh.close();
    const early = asked.filter((r) => r.at < shown && r.path.includes('/kb-words/')).map((r) => r.path);
    expect(early.length).toBeGreaterThan(0); // the query's own buckets (the page plans from them)
    expect(early.filter((p) => !allowed.has(p))).toEqual([]);
    expect(early.filter((p, i) => early.indexOf(p) !== i)).toEqual([]);
    // Once the page is done the titles carry their marks (the query's word is in the first titles).
    expect(marked).toBeGreaterThan(0);
  });

  it('makes the dates’ formatter after the first search is sent, not while the page’s modules are evaluated', async () => {
    // Making an Intl.DateTimeFormat loads the locale's data (tens of ms on a busy machine): the
    // search script's modules made it as they were evaluated, before the key context and the
    // first search (src/lib/site/dates.ts); the page now makes it while the worker searches.
    const page = await ctx.newPage();
    await page.addInitScript(`(() => {
      const Made = Intl.DateTimeFormat;
      window.kbFormatters = [];
      Intl.DateTimeFormat = function (...args) { window.kbFormatters.push(performance.now()); return new Made(...args); };
      Intl.DateTimeFormat.prototype = Made.prototype;
      Intl.DateTimeFormat.supportedLocalesOf = Made.supportedLocalesOf;
    })()`);
    await page.goto(`${url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    const [made, context, dates] = (await page.evaluate(`[window.kbFormatters, performance.getEntriesByName('kb-search:context')[0].startTime, document.querySelectorAll('.search-hit time').length]`)) as [number[], number, number];
    await page.close();
    expect(dates).toBeGreaterThan(0); // the results show their dates
    expect(made.length).toBeGreaterThan(0);
    expect(Math.min(...made)).toBeGreaterThan(context);
  });

  it('hands Pagefind its large files inflated by the browser: a metadata file and a word-index chunk read in its worker start with Pagefind’s signature, a fragment is left to Pagefind', async () => {
    // Pagefind inflates each gzipped file in JavaScript on the worker's thread (cold code on the
    // way to every first result); the worker boot inflates the large ones with DecompressionStream
    // first. A fragment (~1 KB) is inflated by Pagefind in the task that reads it.
    const entry = JSON.parse(readFileSync(path.join(SHARDED, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const first = (dir: string) => readdirSync(path.join(SHARDED, 'pagefind', dir)).sort()[0];
    const files = [`pagefind/pagefind.${entry.languages.ar.hash}.pf_meta`, `pagefind/index/${first('index')}`, `pagefind/fragment/${first('fragment')}`];
    for (const f of files) expect([...readFileSync(path.join(SHARDED, f)).subarray(0, 2)], f).toEqual([0x1f, 0x8b]); // gzip on disk
    const page = await ctx.newPage();
    await page.goto(`${url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('.search-results__list .search-hit', { timeout: 20_000 });
    // The worker the HTML started (a blob: URL); the facet counts' worker is another.
    const worker = page.workers().find((w) => w.url().startsWith('blob:'));
    expect(worker).toBeDefined();
    const heads = await worker!.evaluate(
      (urls) => Promise.all(urls.map(async (u) => new TextDecoder().decode(new Uint8Array(await (await fetch(u)).arrayBuffer()).subarray(0, 12)))),
      files.map((f) => `${url}${f}`),
    );
    expect(heads.slice(0, 2)).toEqual(['pagefind_dcd', 'pagefind_dcd']);
    expect(heads[2].charCodeAt(0)).toBe(0x1f); // still gzip: Pagefind inflates it
    await page.close();
  });

  it('hands Pagefind the files the worker boot fetched from memory: without HTTP caching, each bundle’s metadata and each shard’s entry are downloaded once', async () => {
    // Served with no cache headers, so every fetch the browser makes reaches the server. Pagefind
    // reads each bundle's entry and metadata, the wasm and its own script again after the worker
    // boot fetched them; those reads are answered from the boot's copies. The page's early copies
    // (asked for before the worker starts, for the HTTP cache) are the only second download.
    const plain = await serveStatic(SHARDED, '/');
    const asked: string[] = [];
    plain.server.on('request', (req) => asked.push(req.url ?? ''));
    const fresh = await launchBrowser();
    const page = await fresh.newPage();
    // Only the results' worker: the facet counts' runtime (pagefind.js?facets) reads the same files.
    await page.route(/\/pagefind\/pagefind\.js(\?|$)/, (route) => route.abort());
    await page.goto(`${plain.url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('[data-search-page][data-state="done"]', { timeout: 20_000 });
    const times = (match: (u: string) => boolean) => asked.filter(match).length;
    const bundles = ['/pagefind/', ...(json().shards ?? []).slice(1).map((s) => `/pagefind/${s.path}/`)];
    expect(bundles.length).toBeGreaterThan(1);
    for (const b of bundles) expect(times((u) => u.startsWith(`${b}pagefind.`) && u.endsWith('.pf_meta')), `${b} metadata`).toBe(1);
    for (const b of bundles.slice(1)) expect(times((u) => u.startsWith(`${b}pagefind-entry.json`)), `${b} entry`).toBe(1);
    expect(times((u) => u.startsWith('/pagefind/pagefind-entry.json'))).toBe(2);
    expect(times((u) => u.startsWith('/pagefind/wasm.'))).toBe(2);
    expect(times((u) => u === '/pagefind/pagefind-worker.js')).toBe(2);
    await fresh.close();
    plain.server.close();
  });
});

describe('the page’s modules', () => {
  const html = () => readFileSync(path.join(SHARDED, 'search/index.html'), 'utf8');
  const preloaded = () => [...html().matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const script = () => [...html().matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]).find((s) => s.includes('/SearchPage.'));

  it('names in the head every module the search script imports', () => {
    const src = script();
    expect(src).toBeDefined();
    const code = readFileSync(path.join(SHARDED, src!), 'utf8');
    const imported = [...code.matchAll(/from"\.\/([^"]+)"|import"\.\/([^"]+)"/g)].map((m) => `/_astro/${m[1] ?? m[2]}`);
    expect(imported.length).toBeGreaterThan(0);
    for (const m of imported) expect(preloaded(), m).toContain(m);
    expect(html().indexOf('modulepreload')).toBeLessThan(html().indexOf('</head>'));
  });

  it('asks for them while the page’s script is still on its way, and downloads each once', async () => {
    const fresh = await launchBrowser(); // an empty cache
    const page = await fresh.newPage();
    const asked: string[] = [];
    let holding = true;
    page.on('request', (r) => {
      if (holding) asked.push(new URL(r.url()).pathname);
    });
    await page.route(/\/_astro\/SearchPage\.[^/]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 2_000));
      holding = false;
      await route.continue().catch(() => undefined);
    });
    received.length = 0;
    await page.goto(`${url}search/?q=${encodeURIComponent('أوكرانيا')}`);
    await page.waitForSelector('.search-results__list .search-hit', { timeout: 20_000 });
    const modules = preloaded();
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) expect(asked, m).toContain(m);
    const astro = received.filter((u) => u.startsWith('/_astro/') && u.endsWith('.js'));
    expect(astro.filter((u, i) => astro.indexOf(u) !== i)).toEqual([]);
    for (const m of modules) expect(astro, m).toContain(m);
    await fresh.close();
  });
});
