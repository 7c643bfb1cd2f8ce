// What a reader feels, measured in headless Chromium against the built site: the transfer
// size of an article page, time to first search results, and the graph page's load time
// and frame rate while zooming. Pages other engineers are still building may be missing:
// each measure then comes back with a note instead of failing the run.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { graphViewFigures, type GraphViewFigures } from './graph-metrics';

export interface TransferSize {
  url: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  byType: Record<string, { requests: number; bytes: number; gzipBytes: number }>;
}

export interface TransferCount { requests: number; bytes: number }

export interface BrowserMetrics {
  articleTransfer?: TransferSize;
  search?: { query: string; apiFirstResultsMs?: number; apiResults?: number; pageFirstResultsMs?: number; headerSuggestMs?: number; headerBoxResultsMs?: number };
  /** Bytes of search files (pagefind/…) a first query fetches, from an empty cache. */
  searchBytes?: { headerBox?: TransferCount; pageToResults?: TransferCount; pageWithFacets?: TransferCount };
  /**
   * The same first queries timed, each in a fresh browser profile (empty cache): the /search/
   * page from navigation to its first results, and the header box from the reader's second
   * keystroke (the box starts loading search on focus) to its first suggestions.
   */
  searchCold?: { pageFirstResultsMs?: number; pageQueryToResultsMs?: number; headerSecondKeyMs?: number; headerLastKeyArticlesMs?: number };
  /**
   * CPU (thread time, not wall time) of /search/?q=… from an empty cache to its first results:
   * the page's main thread and Pagefind's worker (scripts/bench/search-trace.ts). Less sensitive
   * to other work on the machine than the times above.
   */
  searchCpu?: {
    mainMs: number;
    workerMs: number;
    shownMs: number;
    /** The same traced page: key context built, index open (every shard merged), results ranked (ms from navigation; engine.ts marks). */
    contextMs?: number;
    indexOpenMs?: number;
    /** Pagefind's worker said every shard was open (the /search/ boot's mark; `indexOpenMs` also waits for the key context). */
    workerOpenMs?: number;
    rankedMs?: number;
  };
  graph?: {
    loadMs?: number; readyMs?: number; zoomFps?: number; zoomFrames?: number; worstFrameMs?: number;
    /** /graph/'s HTML (raw, gzipped) and the evidence file an edge click loads (its source actor's). */
    htmlBytes?: number; htmlGzipBytes?: number; evidenceBytes?: number;
    /** What the default view shows (scripts/bench/graph-metrics.ts). */
    view?: GraphViewFigures;
  };
  notes: string[];
}

// Any link to an article inside something that calls itself a result: works for the
// Pagefind default UI and for a custom results list, without knowing its markup.
/** Where to save a PNG of each measured page (so a reader of the report can see what was timed). */
let shotDir: string | undefined;
export function saveScreenshotsTo(dir: string | undefined) { shotDir = dir; }
async function shot(page: Page, name: string) {
  if (shotDir) await page.screenshot({ path: `${shotDir}/${name}.png` }).catch(() => undefined);
}

/**
 * Live suggestions of the header box, whatever its list markup: options of its listbox (names
 * to complete, or articles), or links to articles. ARTICLE_SUGGESTIONS: articles only (an
 * option opens its article through data-href; it may not hold a link).
 */
const ARTICLE_SUGGESTIONS = '[data-search-box] a[href*="/articles/"], [role="listbox"] a[href*="/articles/"], [role="option"][href*="/articles/"], [data-search-box] [role="option"][data-href*="/articles/"]';
const SUGGESTIONS = `${ARTICLE_SUGGESTIONS}, [data-search-box] [role="option"]`;

const RESULTS = [
  '[data-search-results] a[href*="/articles/"]',
  '[class*="result"] a[href*="/articles/"]',
  '[id*="result"] a[href*="/articles/"]',
  '.pagefind-ui__result-link',
].join(', ');

/** Loads `url` in a fresh page and sums every response the page needed. */
export async function measureTransfer(context: BrowserContext, url: string): Promise<TransferSize> {
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const result: TransferSize = { url, requests: 0, bytes: 0, gzipBytes: 0, byType: {} };
  page.on('response', (response) => {
    pending.push((async () => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const type = response.request().resourceType();
      const gz = body.length ? gzipSync(body).length : 0;
      const t = (result.byType[type] ??= { requests: 0, bytes: 0, gzipBytes: 0 });
      t.requests++; t.bytes += body.length; t.gzipBytes += gz;
      result.requests++; result.bytes += body.length; result.gzipBytes += gz;
    })());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Fonts load on first use; give late ones a moment, then collect.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await Promise.all(pending);
  await shot(page, 'article');
  await page.close();
  return result;
}

async function timeToResults(page: Page, action: () => Promise<unknown>): Promise<number | undefined> {
  const t0 = performance.now();
  await action();
  const found = await page.waitForSelector(RESULTS, { timeout: 20_000 }).then(() => true, () => false);
  return found ? Math.round(performance.now() - t0) : undefined;
}

export async function measureSearch(context: BrowserContext, baseUrl: string, articleUrl: string | undefined, query: string, notes: string[]): Promise<BrowserMetrics['search']> {
  const out: NonNullable<BrowserMetrics['search']> = { query };
  const page = await context.newPage();
  // 1. The Pagefind API itself, cold, from a page of the site (independent of any UI).
  await page.goto(baseUrl, { waitUntil: 'load' });
  const api = await page.evaluate(async ({ base, q }) => {
    try {
      const t0 = performance.now();
      const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 5).map((x: { data: () => Promise<unknown> }) => x.data()));
      return { ms: Math.round(performance.now() - t0), count: r.results.length as number };
    } catch (e) {
      return { error: String(e) };
    }
  }, { base: new URL(baseUrl).pathname, q: query });
  if ('error' in api) notes.push(`search API: ${api.error}`);
  else { out.apiFirstResultsMs = api.ms; out.apiResults = api.count; }
  // 2. The search page with ?q= (a reader following a shared link).
  const searchUrl = new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href;
  const probe = await page.goto(searchUrl, { waitUntil: 'commit' }).catch(() => null);
  if (!probe || probe.status() >= 400) notes.push(`search page: ${searchUrl} → ${probe?.status() ?? 'no response'}`);
  else {
    await page.goto('about:blank');
    out.pageFirstResultsMs = await timeToResults(page, () => page.goto(searchUrl, { waitUntil: 'commit' }));
    if (out.pageFirstResultsMs === undefined) notes.push('search page: no results list appeared within 20 s');
    await shot(page, 'search');
  }
  // 3. The header search box of an article page: type, press Enter, wait for results.
  if (articleUrl) {
    await page.goto(articleUrl, { waitUntil: 'load' });
    const box = page.locator('header input[type="search"], header input[name="q"], input[type="search"]').first();
    if (await box.count()) {
      // As-you-type suggestions (a combobox's listbox), when the box offers them.
      const t0 = performance.now();
      await box.fill(query);
      const suggested = await page.waitForSelector(SUGGESTIONS, { timeout: 10_000 }).then(() => true, () => false);
      if (suggested) out.headerSuggestMs = Math.round(performance.now() - t0);
      else notes.push('header search box: no as-you-type suggestions within 10 s');
      out.headerBoxResultsMs = await timeToResults(page, () => box.press('Enter'));
      if (out.headerBoxResultsMs === undefined) notes.push('header search box: no results within 20 s');
    } else notes.push('header search box: none found on the article page');
  }
  await page.close();
  return out;
}

export async function measureGraph(context: BrowserContext, baseUrl: string, notes: string[]): Promise<BrowserMetrics['graph']> {
  const url = new URL('graph/', baseUrl).href;
  const page = await context.newPage();
  const t0 = performance.now();
  const response = await page.goto(url, { waitUntil: 'load' }).catch(() => null);
  if (!response || response.status() >= 400) {
    notes.push(`graph: ${url} → ${response?.status() ?? 'no response'}`);
    await page.close();
    return undefined;
  }
  const out: NonNullable<BrowserMetrics['graph']> = { loadMs: Math.round(performance.now() - t0) };
  // A shown node: nodes outside the default view are in the HTML too, hidden.
  const surface = 'svg .gnode:not(.off) circle, svg [data-node], canvas';
  if (!(await page.waitForSelector(surface, { timeout: 30_000 }).then(() => true, () => false))) {
    notes.push('graph: no nodes (svg circle/canvas) appeared within 30 s');
    await page.close();
    return out;
  }
  out.readyMs = Math.round(performance.now() - t0);
  const html = await response.body().catch(() => null);
  if (html) Object.assign(out, { htmlBytes: html.length, htmlGzipBytes: gzipSync(html).length });
  // What opening an edge fetches: the evidence file of its source actor (the first drawn edge's).
  const payload = html?.toString('utf8').match(/<script type="application\/json" id="graph-data">([\s\S]*?)<\/script>/)?.[1];
  const source = payload ? (JSON.parse(payload) as { edges: { source: string }[] }).edges[0]?.source : undefined;
  const evidence = source === undefined ? null
    : await page.request.get(new URL(`graph/evidence/${source}.json`, baseUrl).href).then((r) => (r.ok() ? r.body() : null), () => null);
  if (evidence) out.evidenceBytes = evidence.length;
  if (await page.waitForSelector('[data-graph-root][data-ready="true"]', { timeout: 30_000 }).then(() => true, () => false)) {
    out.view = await graphViewFigures(page).catch((e: Error) => (notes.push(`graph view figures: ${e.message.split('\n')[0]}`), undefined));
  }
  await shot(page, 'graph');
  const target = page.locator('canvas, svg:has(circle)').first();
  const box = await target.boundingBox();
  if (!box) { notes.push('graph: drawing surface has no size'); await page.close(); return out; }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Count animation frames while wheeling in and out for 2 s. (Strings, not functions: tsx
  // would wrap named functions in a __name helper that does not exist in the page.)
  await page.evaluate(`(() => {
    window.__benchFrames = []; window.__benchStop = false;
    const tick = (t) => { window.__benchFrames.push(t); if (!window.__benchStop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const end = performance.now() + 2000;
  for (let i = 0; performance.now() < end; i++) {
    await page.mouse.wheel(0, i % 40 < 20 ? -120 : 120);
    await page.waitForTimeout(30);
  }
  const frames = (await page.evaluate('(window.__benchStop = true, window.__benchFrames)')) as number[];
  if (frames.length > 1) {
    const span = frames[frames.length - 1] - frames[0];
    out.zoomFrames = frames.length;
    out.zoomFps = Math.round(((frames.length - 1) / span) * 1000 * 10) / 10;
    out.worstFrameMs = Math.round(Math.max(...frames.slice(1).map((t, i) => t - frames[i])));
  }
  await page.close();
  return out;
}

/** Counts the bytes fetched under /pagefind/ (index, runtime, kb-search.json, kb-text). */
function countSearchTraffic(page: Page) {
  const pending: Promise<void>[] = [];
  const seen: Array<{ startedAt: number; bytes: number }> = [];
  page.on('response', (response) => {
    if (!/\/pagefind\//.test(new URL(response.url()).pathname)) return;
    // Bytes on the wire: a response served from the browser's cache (the facet instance
    // loads the same runtime again) counts 0, not twice.
    const request = response.request();
    pending.push(request.sizes().then((sz) => {
      if (sz.responseBodySize > 0) seen.push({ startedAt: request.timing().startTime, bytes: sz.responseBodySize });
    }, () => undefined));
  });
  /** Everything so far, or only the requests that started before `until` (wall-clock ms). */
  return async (until = Infinity): Promise<TransferCount> => {
    await Promise.all(pending);
    const counted = seen.filter((r) => r.startedAt <= until);
    return { requests: counted.length, bytes: counted.reduce((n, r) => n + r.bytes, 0) };
  };
}

/** Waits until `selector` is in the page; the page's wall clock (Date.now()) at that moment. */
function shownAt(page: Page, selector: string): Promise<number | undefined> {
  return page
    .waitForFunction(`document.querySelector(${JSON.stringify(selector)}) ? Date.now() : 0`, undefined, { polling: 'raf', timeout: 20_000 })
    .then((h) => h.jsonValue() as Promise<number>, () => undefined);
}

/**
 * What a first query costs on the wire, each from a fresh browser profile (empty cache): the
 * header box's live results (no facets), and the /search/ page up to its first results and
 * after its facet counts have loaded. Bytes on the wire from a host-like server (gzip for
 * text, cacheable files): Pagefind's index files are compressed already.
 */
export async function measureSearchBytes(newContext: () => Promise<BrowserContext>, baseUrl: string, articleUrl: string | undefined, query: string, notes: string[]): Promise<BrowserMetrics['searchBytes']> {
  const out: NonNullable<BrowserMetrics['searchBytes']> = {};
  if (articleUrl) {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await page.goto(articleUrl, { waitUntil: 'load' });
      const box = page.locator('header input[type="search"], header input[name="q"]').first();
      if (await box.count()) {
        const snapshot = countSearchTraffic(page);
        await box.fill(query);
        // Up to the first article among the suggestions, requests started before it only (as the page's
        // figure). Until session 30 the count stopped at the first suggestion of any kind, a name the box
        // lists before the index is open, and waited for 'networkidle', which the loaded page had already
        // reached, so whether Pagefind's runtime and metadata were counted varied by run (86 or 163 KB).
        const shown = await shownAt(page, ARTICLE_SUGGESTIONS);
        if (shown !== undefined) out.headerBox = await snapshot(shown);
        else notes.push('search bytes: no header-box article results within 20 s');
      }
    } finally { await context.close(); }
  }
  const context = await newContext();
  try {
    const page = await context.newPage();
    const snapshot = countSearchTraffic(page);
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href, { waitUntil: 'commit' });
    const shown = await shownAt(page, RESULTS);
    if (shown !== undefined) {
      // Only what was requested before the results were on screen: on a loaded machine the
      // facet counts' filter index may already be on its way when the test notices them.
      out.pageToResults = await snapshot(shown);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await page.waitForTimeout(500);
      out.pageWithFacets = await snapshot();
    } else notes.push('search bytes: no results on /search/ within 20 s');
  } finally { await context.close(); }
  return out;
}

/** Pause between the reader's first and second keystroke in the header box. */
const KEYSTROKE_GAP_MS = 150;

/**
 * First queries timed from an empty cache, each in a fresh browser profile: /search/?q= from
 * navigation to its first results (the query is known when the page is requested), and the
 * header box of an article page from the second keystroke to its first suggestions (focus,
 * first letter, a short pause, second letter: what a reader does; one letter searches nothing).
 */
export async function measureSearchCold(newContext: () => Promise<BrowserContext>, baseUrl: string, articleUrl: string | undefined, query: string, notes: string[]): Promise<BrowserMetrics['searchCold']> {
  const out: NonNullable<BrowserMetrics['searchCold']> = {};
  let context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href, { waitUntil: 'commit' });
    // Both in the page's own clock (0 = navigation start): when the results list is there, and
    // when the page's first search request left (its script had read the query by then).
    const shown = await page
      .waitForFunction(`document.querySelector(${JSON.stringify(RESULTS)}) ? performance.now() : 0`, undefined, { polling: 'raf', timeout: 20_000 })
      .then((h) => h.jsonValue() as Promise<number>, () => undefined);
    if (shown === undefined) notes.push('search page (empty cache): no results within 20 s');
    else {
      out.pageFirstResultsMs = Math.round(shown);
      const started = (await page.evaluate(`Math.min(...performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/')).map((e) => e.startTime))`)) as number;
      if (Number.isFinite(started)) out.pageQueryToResultsMs = Math.round(shown - started);
    }
  } finally { await context.close(); }
  if (!articleUrl || [...query].length < 2) return out;
  context = await newContext();
  try {
    const page = await context.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    const box = page.locator('header input[type="search"], header input[name="q"]').first();
    if (!(await box.count())) return out;
    const [first, second] = [...query];
    await box.focus();
    await page.keyboard.insertText(first);
    await page.waitForTimeout(KEYSTROKE_GAP_MS);
    const t0 = (await page.evaluate('performance.now()')) as number; // the page's clock
    await page.keyboard.insertText(second);
    const shown = await page
      .waitForFunction(`document.querySelector(${JSON.stringify(SUGGESTIONS)}) ? performance.now() : 0`, undefined, { polling: 'raf', timeout: 20_000 })
      .then((h) => h.jsonValue() as Promise<number>, () => undefined);
    if (shown !== undefined) out.headerSecondKeyMs = Math.round(shown - t0);
    else notes.push('header box (empty cache): no suggestions within 20 s of the second keystroke');
    await shot(page, 'header-box');
    // The rest of the word at the same pace: from the last keystroke to the first article.
    const rest = [...query].slice(2);
    if (rest.length) {
      for (const ch of rest.slice(0, -1)) {
        await page.waitForTimeout(KEYSTROKE_GAP_MS);
        await page.keyboard.insertText(ch);
      }
      await page.waitForTimeout(KEYSTROKE_GAP_MS);
      const t1 = (await page.evaluate('performance.now()')) as number;
      await page.keyboard.insertText(rest[rest.length - 1]);
      const articles = await page
        // A box that says which query its options answer (data-query) is waited for until it
        // answers the whole word; one that does not may still show the previous letters' articles.
        .waitForFunction(`(() => { const box = document.querySelector('[data-search-box]'); const q = document.querySelector('header input[type="search"], header input[name="q"]'); const answered = box && 'query' in box.dataset ? box.dataset.query === ${JSON.stringify(query)} : true; return q && q.value === ${JSON.stringify(query)} && answered && document.querySelector(${JSON.stringify(ARTICLE_SUGGESTIONS)}) && box?.dataset.state === 'done' ? performance.now() : 0; })()`, undefined, { polling: 'raf', timeout: 20_000 })
        .then((h) => h.jsonValue() as Promise<number>, () => undefined);
      if (articles !== undefined) out.headerLastKeyArticlesMs = Math.round(articles - t1);
      else notes.push('header box (empty cache): no article suggestions within 20 s of the last keystroke');
    }
  } finally { await context.close(); }
  return out;
}

/** One traced /search/?q=… from an empty cache: the CPU its first results cost (searchCpu). */
export async function measureSearchCpu(siteDir: string, query: string, notes: string[]): Promise<BrowserMetrics['searchCpu']> {
  try {
    const { traceSearchPage } = await import('./search-trace');
    const t = await traceSearchPage(siteDir, query);
    const sum = (k: 'mainCpuMs' | 'workerCpuMs') => Math.round(t.phases.reduce((n, p) => n + p[k], 0));
    const round = (v: number | undefined) => (v === undefined ? undefined : Math.round(v));
    return { mainMs: sum('mainCpuMs'), workerMs: sum('workerCpuMs'), shownMs: t.shownMs, contextMs: round(t.marks.context), indexOpenMs: round(t.marks['index-open']), workerOpenMs: round(t.marks['worker-open']), rankedMs: round(t.marks.ranked) };
  } catch (e) {
    notes.push(`search CPU trace: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
