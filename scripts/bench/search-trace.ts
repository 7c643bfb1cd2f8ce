// npx tsx scripts/bench/search-trace.ts --site <built site> [--query Q] [--runs N] [--latency MS] [--tasks MS] [--json FILE]
// The critical path of the /search/ page's first results from an empty cache, from a Chromium
// trace: when each search file was requested and arrived (the waterfall), and the CPU time of
// the page's main thread and of the Pagefind worker in each phase. CPU time is less sensitive
// than wall time to other work on a shared machine, so it is the figure to compare codes by.
// --latency adds Chromium's emulated round-trip time to every request (a reader's network, not
// loopback): what serial requests cost shows above the noise of a busy machine.
// --tasks MS lists, per thread (the page's main thread, each worker), every task of at least MS ms
// (wall) before the results were shown, with its CPU and what it ran: when each worker started and
// what held the main thread meanwhile.
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../tests/site/server';
import { CHROMIUM } from '../../tests/site/browser';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown>; name?: string } }

export interface SearchTrace {
  /** ms since navigation start, per search file: requested, finished, bytes on the wire. */
  files: Array<{ file: string; start: number; end: number; bytes: number }>;
  shownMs: number;
  /**
   * When the page's key context, its index (every shard merged) and the first ranked results were
   * ready (User Timing marks of engine.ts), and when Pagefind's worker said every shard was open
   * (`worker-open`, src/pages/search/index.astro), ms since navigation. `index-open` is marked once
   * the engine has both the index and the shard list, which comes with the key context: it is never
   * before `context`, so what the first search waited for is read from `worker-open`.
   */
  marks: Partial<Record<'context' | 'index-open' | 'worker-open' | 'ranked', number>>;
  phases: Array<{ phase: string; from: number; to: number; mainCpuMs: number; workerCpuMs: number }>;
  /** Per thread (main, worker 1, worker 2…, in the order they started): its first task and its long tasks before the results were shown. */
  threads: Array<{ thread: string; firstTaskMs: number; tasks: Array<{ at: number; wallMs: number; cpuMs: number; what: string }> }>;
}

const RESULTS = '.search-results__list a[href*="/articles/"], .search-partial__list a[href*="/articles/"]';

/**
 * CPU time (ms) of threads' top-level tasks inside [from, to) (µs, trace clock): the thread
 * time of each task (`tdur`, not its wall time, which grows when the machine is busy), shared
 * out by the part of the task inside the window. Nested tasks count once.
 */
function busy(tasks: TraceEvent[], from: number, to: number): number {
  const byThread = new Map<string, TraceEvent[]>();
  for (const t of tasks) byThread.set(`${t.pid}:${t.tid}`, [...(byThread.get(`${t.pid}:${t.tid}`) ?? []), t]);
  let us = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    for (const t of list) {
      const dur = t.dur ?? 0;
      if (t.ts < end || dur <= 0) continue; // nested in the task before
      end = t.ts + dur;
      const inside = Math.max(0, Math.min(to, end) - Math.max(from, t.ts));
      us += (t.tdur ?? dur) * (inside / dur);
    }
  }
  return Math.round(us / 100) / 10;
}

/** `minTaskMs`: list each thread's tasks of at least that many ms (wall) in `threads` (none by default). */
export async function traceSearchPage(siteDir: string, query: string, latencyMs = 0, minTaskMs = Infinity): Promise<SearchTrace> {
  const { server, url } = await serveStatic(siteDir, '/', { hostLike: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'] });
  try {
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    if (latencyMs > 0) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'loading', 'netlog'] });
    await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, url).href, { waitUntil: 'commit' });
    const shownMs = (await page
      .waitForFunction(`document.querySelector(${JSON.stringify(RESULTS)}) ? performance.now() : 0`, undefined, { polling: 'raf', timeout: 30_000 })
      .then((h) => h.jsonValue())) as number;
    await page.waitForTimeout(200);
    const marks = (await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kb-search:')).reverse().map((m) => [m.name.slice(10), Math.round(m.startTime * 10) / 10]))`)) as SearchTrace['marks'];
    const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    return { ...analyse(events, shownMs, new URL(url).origin, minTaskMs), marks };
  } finally {
    await browser.close();
    server.close();
  }
}

function analyse(events: TraceEvent[], shownMs: number, origin: string, minTaskMs: number): Omit<SearchTrace, 'marks'> {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  if (!nav) throw new Error('trace: no navigationStart');
  const t0 = nav.ts;
  const ms = (ts: number) => Math.round((ts - t0) / 100) / 10;
  // Requests: sent, finished (with bytes).
  const sent = new Map<string, { url: string; ts: number }>();
  const files: SearchTrace['files'] = [];
  for (const e of events) {
    const d = e.args?.data as { requestId?: string; url?: string; encodedDataLength?: number; finishTime?: number } | undefined;
    if (!d?.requestId) continue;
    if (e.name === 'ResourceSendRequest' && d.url) sent.set(d.requestId, { url: d.url, ts: e.ts });
    if (e.name === 'ResourceFinish' && sent.has(d.requestId)) {
      const s = sent.get(d.requestId)!;
      const u = new URL(s.url);
      if (u.origin !== origin || !/\/pagefind\/|\/_astro\/|\/search\//.test(u.pathname)) continue;
      const p = u.pathname + (u.search.startsWith('?ts=') ? '' : u.search);
      files.push({ file: p.replace(/^.*?\/(pagefind|_astro|search)\//, '$1/'), start: ms(s.ts), end: ms(d.finishTime ? d.finishTime * 1e6 : e.ts), bytes: d.encodedDataLength ?? 0 });
    }
  }
  files.sort((a, b) => a.start - b.start);
  // Top-level tasks of the renderer main thread and of the worker threads.
  // (The page's renderer only: Chromium may keep a spare renderer process.)
  const tasks = (re: RegExp) => events.filter((e) => e.pid === nav.pid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && re.test(threadName.get(`${e.pid}:${e.tid}`) ?? ''));
  const main = tasks(/^CrRendererMain$/);
  const worker = tasks(/^DedicatedWorker/);
  const at = (pred: (f: SearchTrace['files'][number]) => boolean, edge: 'start' | 'end', pick: 'first' | 'last') => {
    // What the first results waited for: files in by the time they were shown.
    const xs = files.filter((f) => f.end <= shownMs && pred(f)).map((f) => f[edge]);
    return xs.length ? (pick === 'first' ? Math.min(...xs) : Math.max(...xs)) : undefined;
  };
  const milestones: Array<[string, number | undefined]> = [
    ['page loads (HTML, scripts) → first search file requested', at((f) => f.file.startsWith('pagefind/'), 'start', 'first')],
    // Downloaded: the page's own requests (bytes on the wire). Opened: Pagefind's worker reads the
    // same files again from the HTTP cache (0 bytes) as it opens each bundle, the merged ones last.
    ['→ runtime, metadata and wasm downloaded', at((f) => /\.pf_meta$|wasm\.|pagefind\.js$/.test(f.file) && f.bytes > 0, 'end', 'last')],
    ['→ every bundle opened in the worker (its metadata read from the cache)', at((f) => /\.pf_meta$/.test(f.file) && f.bytes === 0, 'end', 'last')],
    ['→ word index in', at((f) => f.file.endsWith('.pf_index'), 'end', 'last')],
    ['→ fragments in', at((f) => f.file.endsWith('.pf_fragment'), 'end', 'last')],
    ['→ results shown', shownMs],
  ];
  const phases: SearchTrace['phases'] = [];
  let from = 0;
  for (const [phase, to] of milestones) {
    if (to === undefined || to < from) continue;
    phases.push({ phase, from, to: Math.round(to * 10) / 10, mainCpuMs: busy(main, t0 + from * 1000, t0 + to * 1000), workerCpuMs: busy(worker, t0 + from * 1000, t0 + to * 1000) });
    from = to;
  }
  return { files, shownMs: Math.round(shownMs), phases, threads: threadTasks(events, [main, ...byThread(worker)], t0, shownMs, minTaskMs) };
}

function byThread(tasks: TraceEvent[]): TraceEvent[][] {
  const groups = new Map<number, TraceEvent[]>();
  for (const t of tasks) groups.set(t.tid, [...(groups.get(t.tid) ?? []), t]);
  return [...groups.values()].sort((a, b) => Math.min(...a.map((t) => t.ts)) - Math.min(...b.map((t) => t.ts)));
}

/** What a task ran: the names (and script files) of the events inside it that took ≥ 30 % of it, longest first. */
function taskLabel(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter((e) => e.tid === task.tid && e.pid === task.pid && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 0.3 * (task.dur ?? 0) && !/RunTask/.test(e.name));
  inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const names = inside.map((e) => {
    const d = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined;
    const where = d?.url ? ` ${d.url.startsWith('blob:') ? 'blob' : d.url.split('/').pop()?.split('?')[0]}` : d?.type ? ` ${d.type}` : '';
    return `${e.name}${where}`;
  });
  return [...new Set(names)].slice(0, 3).join(' > ') || '(no detail)';
}

function threadTasks(events: TraceEvent[], threads: TraceEvent[][], t0: number, shownMs: number, minTaskMs: number): SearchTrace['threads'] {
  const ms = (us: number) => Math.round(us / 100) / 10;
  return threads.filter((list) => list.length).map((list, i) => {
    // Top-level only: a task nested in the one before (RunTask inside ThreadControllerImpl::RunTask) once.
    let end = -Infinity;
    const sorted = [...list].sort((a, b) => a.ts - b.ts).filter((t) => (t.ts >= end ? ((end = t.ts + (t.dur ?? 0)), true) : false));
    const before = sorted.filter((t) => ms(t.ts - t0) <= shownMs && ms(t.dur ?? 0) >= minTaskMs);
    return {
      thread: i === 0 ? 'main' : `worker ${i}`,
      firstTaskMs: ms(sorted[0].ts - t0),
      tasks: before.map((t) => ({ at: ms(t.ts - t0), wallMs: ms(t.dur ?? 0), cpuMs: ms(t.tdur ?? t.dur ?? 0), what: taskLabel(events, t) })),
    };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const { values: opt } = parseArgs({ options: { site: { type: 'string' }, query: { type: 'string', default: 'زيلينسكي' }, runs: { type: 'string', default: '1' }, latency: { type: 'string', default: '0' }, tasks: { type: 'string' }, json: { type: 'string' } } });
  if (!opt.site) throw new Error('usage: search-trace.ts --site <built site> [--query Q] [--runs N] [--latency MS] [--tasks MS] [--json FILE]');
  const runs: SearchTrace[] = [];
  for (let i = 0; i < Number(opt.runs); i++) {
    const t = await traceSearchPage(path.resolve(opt.site), opt.query!, Number(opt.latency), opt.tasks === undefined ? Infinity : Number(opt.tasks));
    runs.push(t);
    console.log(`run ${i + 1}: results shown at ${t.shownMs} ms; ${t.files.filter((f) => f.start < t.shownMs).length} files, ${(t.files.filter((f) => f.start < t.shownMs && f.file.startsWith('pagefind/')).reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(1)} KB of search files before`);
    for (const f of t.files) if (f.start <= t.shownMs) console.log(`  ${String(f.start).padStart(7)} → ${String(f.end).padStart(7)} ms  ${(f.bytes / 1024).toFixed(1).padStart(6)} KB  ${f.file}`);
    for (const p of t.phases) console.log(`  [${p.from}–${p.to} ms] ${p.phase}: main ${p.mainCpuMs} ms CPU, worker ${p.workerCpuMs} ms CPU`);
    if (opt.tasks !== undefined)
      for (const th of t.threads) {
        console.log(`  ${th.thread}: first task at ${th.firstTaskMs} ms`);
        for (const k of th.tasks) console.log(`    ${String(k.at).padStart(7)} ms  ${String(k.wallMs).padStart(6)} ms wall ${String(k.cpuMs).padStart(6)} ms CPU  ${k.what}`);
      }
    const { context, 'worker-open': open, ranked } = t.marks;
    if (context !== undefined && open !== undefined) console.log(`  key context built at ${context} ms, the worker's index open at ${open} ms: the first search waited for the ${context > open ? 'key context' : 'index'}; ranked at ${ranked ?? '?'} ms`);
    else if (context !== undefined) console.log(`  key context built at ${context} ms, index open (engine) at ${t.marks['index-open'] ?? '?'} ms; ranked at ${ranked ?? '?'} ms`);
  }
  if (opt.json) writeFileSync(opt.json, JSON.stringify(runs, null, 1));
}
