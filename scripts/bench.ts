// npm run bench -- [--articles N] [--seed S] [--workdir DIR] [--skip-bare] [--stages a,b,…] [--incremental-dates random|newest|both]
//                  [--query Q] [--timeout MIN] [--bare-heap MB] [--heap MB] [--update-docs]
// Scale benchmark: generates N synthetic raw pages, then measures ingest, our Astro build,
// Pagefind, the whole build, a bare Astro MDX build of the same articles (the baseline that
// makes the numbers comparable across machines), the reader's side in headless Chromium,
// and an incremental re-run. Writes <workdir>/report.json and report.md; never writes into
// the source tree (except docs/benchmarks.md with --update-docs). See docs/benchmarks.md.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureGraph, measureSearch, measureSearchBytes, measureSearchCold, measureSearchCpu, measureTransfer, saveScreenshotsTo, type BrowserMetrics } from './bench/browser-metrics';
import { loadBenchDictionary, writeCorpus } from './bench/corpus';
import { dirSize, machine, renderMarkdown, siteSizes, updateDocs, type BenchReport } from './bench/report';
import { runStage, skipped, type StageResult } from './bench/run-stage';
import { INCREMENTAL_PAGES, runIncremental } from './bench/incremental';
import { runStoriesBench } from './bench/stories';
import { readArticleExport } from '../src/indexer/read';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALL_STAGES = ['generate', 'ingest', 'build', 'index', 'browser', 'bare', 'full', 'incremental'] as const;

const { values: opt } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: 'kb-bench' },
    workdir: { type: 'string', default: '/tmp/kb-bench' },
    'skip-bare': { type: 'boolean', default: false },
    stages: { type: 'string', default: ALL_STAGES.join(',') },
    query: { type: 'string', default: 'زيلينسكي' },
    timeout: { type: 'string', default: '60' },
    'bare-heap': { type: 'string', default: '8192' },
    // The Node heap (MB) of the build and index stages; 0 = Node's default (~4 GiB here).
    // At 100,000 raw pages the Astro build needs more, as a user would give it with NODE_OPTIONS.
    heap: { type: 'string', default: '0' },
    'update-docs': { type: 'boolean', default: false },
    // The incremental stage's updates of +10 pages: `random` dates (the figure), `newest`
    // (a daily update: every page dated the corpus's newest day), or `both`, one after the other.
    'incremental-dates': { type: 'string', default: 'both' },
    stories: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '1000,3000,10000' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(`usage: npm run bench -- [--articles N] [--seed S] [--workdir DIR] [--skip-bare] [--stages ${ALL_STAGES.join(',')}] [--query Q] [--timeout MIN] [--bare-heap MB] [--heap MB] [--update-docs] [--incremental-dates random|newest|both] | --stories [--sizes 1000,3000,10000]`);
  process.exit(0);
}

// The stories benchmark (scripts/bench/stories.ts): planted copies and paraphrases, clustering only.
if (opt.stories) {
  runStoriesBench({ sizes: opt.sizes!.split(',').map(Number), seed: opt.seed!, workdir: path.resolve(opt.workdir!) });
  process.exit(0);
}

const N = Number(opt.articles);
if (!Number.isInteger(N) || N < 1) throw new Error(`--articles must be a positive integer, got ${opt.articles}`);
const W = path.resolve(opt.workdir!);
if (!path.relative(ROOT, W).startsWith('..')) throw new Error(`--workdir must be outside the source tree (${ROOT}), got ${W}`);
const stages = new Set(opt.stages!.split(',').map((s) => s.trim()).filter(Boolean));
for (const s of stages) if (!(ALL_STAGES as readonly string[]).includes(s)) throw new Error(`unknown stage "${s}" (known: ${ALL_STAGES.join(', ')})`);
if (opt['skip-bare']) stages.delete('bare');
const timeoutMs = Number(opt.timeout) * 60_000;
if (!['random', 'newest', 'both'].includes(opt['incremental-dates']!)) throw new Error(`--incremental-dates must be random, newest or both, got ${opt['incremental-dates']}`);

const P = {
  raw: path.join(W, 'gen/raw'),
  articles: path.join(W, 'gen/articles'),
  ingestReport: path.join(W, 'ingest/report.json'),
  dist: path.join(W, 'dist'),
  cache: path.join(W, 'cache'),
  full: path.join(W, 'full'),
  bareSite: path.join(W, 'bare-site'),
  bareDist: path.join(W, 'bare-dist'),
  bareCache: path.join(W, 'bare-cache'),
  logs: path.join(W, 'logs'),
};
const BIN = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

// The default Node heap for every stage (the known 10k outcome of the bare build depends on it).
const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace(/--max-old-space-size=\S+/g, '').trim();
const baseEnv = { NODE_OPTIONS: nodeOptions, BASE: '/', SITE: '', FORCE_COLOR: '0' };

const fresh = (...dirs: string[]) => dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
const log = (msg: string) => console.log(`[bench] ${msg}`);

/** Other builds running on the machine skew timings: say so in the report. Ours (our descendants) don't count. */
function otherBuilds(): string[] {
  const parent = new Map<number, number>();
  const matches: number[] = [];
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(+pid, +stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (/astro(\.mjs)? build|index-search|scripts\/ingest/.test(cmd)) matches.push(+pid);
    } catch { /* gone */ }
  }
  const ours = (pid: number) => {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return matches.filter((pid) => !ours(pid)).map(String);
}

async function stage(name: string, command: string, args: string[], env: Record<string, string> = {}): Promise<StageResult> {
  // Sampled during the stage, not only at its start: a colleague's build may start midway.
  const busy = new Set(otherBuilds());
  const sampler = setInterval(() => otherBuilds().forEach((p) => busy.add(p)), 5000);
  log(`${name}: ${[command, ...args].map((a) => path.relative(ROOT, a).startsWith('..') ? a : path.relative(ROOT, a) || a).join(' ')}`);
  const r = await runStage({ name, command, args, cwd: W, env: { ...baseEnv, ...env }, timeoutMs, logDir: P.logs });
  clearInterval(sampler);
  if (busy.size) r.note = `${busy.size} other build process(es) ran meanwhile: timings skewed`;
  log(`${name}: ${r.status} in ${((r.wallMs ?? 0) / 1000).toFixed(1)} s, peak ${((r.peakRssBytes ?? 0) / 1048576).toFixed(0)} MB` + (r.tail ? `\n${r.tail}` : ''));
  return r;
}

const ingestArgs = (raw: string, out: string, report: string) => [path.join(ROOT, 'scripts/ingest.ts'), '--input', raw, '--output', out, '--report', report, '--lenient'];
const heapEnv = (): Record<string, string> => (Number(opt.heap) > 0 ? { NODE_OPTIONS: `${nodeOptions} --max-old-space-size=${Number(opt.heap)}`.trim() } : {});
const buildEnv = (articles: string, dist: string, cache: string) => ({ ARTICLES_DIR: articles, OUT_DIR: dist, ASTRO_CACHE_DIR: cache, ...heapEnv() });
const indexArgs = (dist: string) => [path.join(ROOT, 'scripts/index-search.ts'), '--site', dist];

function readIngestTotals(file: string): Record<string, number> | undefined {
  try { return JSON.parse(readFileSync(file, 'utf8')).totals; } catch { return undefined; }
}
const rate = (count: number | undefined, r: StageResult) => (count && r.status === 'ok' && r.wallMs ? count / (r.wallMs / 1000) : undefined);
const ok = (r?: StageResult) => r?.status === 'ok';

async function browserStage(notes: string[]): Promise<BrowserMetrics | undefined> {
  if (!existsSync(path.join(P.dist, 'index.html'))) { notes.push('browser: no built site to load'); return undefined; }
  const { serveStatic } = await import('../tests/site/server');
  // launchBrowser makes test-results/ relative to cwd: import it from the workdir so the
  // benchmark writes nothing into the source tree.
  const cwd = process.cwd();
  process.chdir(W);
  const { launchBrowser, closeSharedBrowser } = await import('../tests/site/browser');
  process.chdir(cwd);
  const { server, url } = await serveStatic(P.dist, '/', { hostLike: true });
  const metrics: BrowserMetrics = { notes };
  await mkdir(path.join(W, 'screenshots'), { recursive: true });
  saveScreenshotsTo(path.join(W, 'screenshots'));
  const context = await launchBrowser({ width: 1280, height: 900 });
  try {
    let articleUrl: string | undefined;
    try {
      const first = readArticleExport(P.dist)[0];
      if (first?.url) articleUrl = new URL(first.url.replace(/^\//, ''), url).href;
    } catch { /* fall back to the first article directory */ }
    const dirs = existsSync(path.join(P.dist, 'articles')) ? readdirSync(path.join(P.dist, 'articles')).sort() : [];
    articleUrl ??= dirs[0] ? new URL(`articles/${dirs[0]}/`, url).href : undefined;
    if (articleUrl) metrics.articleTransfer = await measureTransfer(context, articleUrl);
    else notes.push('article transfer: no article page in dist/articles/');
    metrics.search = await measureSearch(context, url, articleUrl, opt.query!, notes);
    metrics.graph = await measureGraph(context, url, notes);
    metrics.searchBytes = await measureSearchBytes(() => launchBrowser({ width: 1280, height: 900 }), url, articleUrl, opt.query!, notes);
    metrics.searchCold = await measureSearchCold(() => launchBrowser({ width: 1280, height: 900 }), url, articleUrl, opt.query!, notes);
    metrics.searchCpu = await measureSearchCpu(P.dist, opt.query!, notes);
  } catch (e) {
    notes.push(`browser: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await context.close();
    // launchBrowser shares one Chromium per process: closing its contexts leaves it running,
    // and the bench would never exit.
    await closeSharedBrowser();
    await new Promise((r) => server.close(r));
  }
  return metrics;
}

/**
 * Stages run with the workdir as cwd. Astro puts a static build's server chunks in
 * <cwd>/.astro/ when outDir is outside cwd, and deletes that folder at the end, so a build
 * from the repo into /tmp would trample on every other build running from the repo. The
 * pipeline reads its data files relative to cwd (content/actors.yaml …): links provide them.
 */
function prepareWorkdir() {
  // node_modules too: the server chunks in <workdir>/dist import astro's dependencies.
  for (const name of ['content', 'node_modules']) {
    const link = path.join(W, name);
    rmSync(link, { recursive: false, force: true });
    symlinkSync(path.join(ROOT, name), link, 'dir');
  }
}

/**
 * A run of some stages on an existing corpus (no `generate`) keeps the other stages' results
 * from the previous report.json of the same corpus, marked as such, so a report can be
 * completed stage by stage.
 */
function mergeEarlierRun(report: BenchReport) {
  if (stages.has('generate')) return;
  let prev: BenchReport;
  try { prev = JSON.parse(readFileSync(path.join(W, 'report.json'), 'utf8')); } catch { return; }
  if (prev.params.seed !== report.params.seed || prev.params.articles !== report.params.articles) return;
  for (const [name, r] of Object.entries(prev.stages)) {
    if (report.stages[name]) continue;
    report.stages[name] = r.note?.includes('earlier run') ? r : { ...r, note: [r.note, `from an earlier run (${prev.startedAt})`].filter(Boolean).join('; ') };
  }
  if (!report.corpus.words) report.corpus = { ...prev.corpus, ...(report.corpus.articles !== undefined ? { articles: report.corpus.articles, rejected: report.corpus.rejected } : {}) };
  report.browser ??= prev.browser;
  report.incremental ??= prev.incremental;
}

async function main() {
  await mkdir(W, { recursive: true });
  prepareWorkdir();
  const dict = loadBenchDictionary(ROOT);
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: machine(),
    params: { articles: N, seed: opt.seed!, workdir: W, stages: [...stages], dictionary: dict.origin, heapMb: Number(opt.heap) || undefined },
    corpus: { pages: 0, words: 0, bytes: 0, generateMs: 0 },
    stages: {},
    sizes: {},
  };
  const S = report.stages;
  if (nodeOptions !== (process.env.NODE_OPTIONS ?? '').trim()) log('removed --max-old-space-size from NODE_OPTIONS: every stage runs with the default heap unless --heap is given');
  if (Number(opt.heap) > 0) log(`build and index stages run with a ${Number(opt.heap)} MB Node heap (--heap)`);

  if (stages.has('generate')) {
    fresh(path.join(W, 'gen'));
    const t0 = performance.now();
    const g = await writeCorpus(P.raw, { seed: opt.seed!, count: N, dict });
    Object.assign(report.corpus, { pages: g.files.length, words: g.words, bytes: g.bytes, generateMs: Math.round(performance.now() - t0) });
    log(`generate: ${g.files.length} pages, ${Math.round(g.words / g.files.length)} words/page, ${(g.bytes / 1048576).toFixed(1)} MB in ${report.corpus.generateMs} ms (actors: ${dict.origin.actors}; topics: ${dict.origin.topics})`);
  } else {
    const d = dirSize(P.raw);
    Object.assign(report.corpus, { pages: d.files, bytes: d.bytes });
  }

  if (stages.has('ingest')) {
    fresh(P.articles, path.dirname(P.ingestReport));
    S.ingest = await stage('ingest', BIN('tsx'), ingestArgs(P.raw, P.articles, P.ingestReport));
    const totals = readIngestTotals(P.ingestReport);
    if (totals) Object.assign(report.corpus, { articles: totals.articles, rejected: totals.rejected });
    S.ingest.pagesPerSec = rate(report.corpus.pages, S.ingest);
  }
  const haveArticles = existsSync(P.articles) && readdirSync(P.articles).some((f) => f.endsWith('.mdx'));

  if (stages.has('build')) {
    fresh(P.dist, P.cache);
    S.build = haveArticles
      ? await stage('build', BIN('astro'), ['build', '--root', ROOT], buildEnv(P.articles, P.dist, P.cache))
      : skipped('build', 'no generated articles (ingest failed or not run)');
    if (ok(S.build)) S.build.pagesPerSec = rate(dirSize(P.dist).html, S.build);
  }
  if (stages.has('index')) {
    S.index = existsSync(path.join(P.dist, 'index.html'))
      ? await stage('index', BIN('tsx'), indexArgs(P.dist), { ARTICLES_DIR: P.articles, ...heapEnv() })
      : skipped('index', 'no built site');
    if (ok(S.index)) S.index.pagesPerSec = rate(dirSize(P.dist).html, S.index);
  }
  report.sizes = siteSizes(P.dist);

  if (stages.has('browser')) {
    log('browser: article transfer, search, graph');
    report.browser = await browserStage([]);
    log(`browser: ${JSON.stringify(report.browser)}`);
  }

  if (stages.has('bare')) {
    if (!haveArticles) S.bare = skipped('bare', 'no generated articles to build');
    else {
      // A copy of bench/bare in the workdir (Astro writes .astro/ into its root), resolving
      // astro and @astrojs/mdx through a link to our node_modules.
      fresh(P.bareSite, P.bareDist, P.bareCache);
      cpSync(path.join(ROOT, 'bench/bare'), P.bareSite, { recursive: true, filter: (src) => !/[/\\](node_modules|dist|\.astro)$/.test(src) });
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(P.bareSite, 'node_modules'), 'dir');
      S.bare = await stage('bare', BIN('astro'), ['build', '--root', P.bareSite], {
        BARE_ARTICLES_DIR: P.articles, BARE_OUT_DIR: P.bareDist, BARE_CACHE_DIR: P.bareCache,
      });
      if (ok(S.bare)) S.bare.pagesPerSec = rate(dirSize(P.bareDist).html, S.bare);
      if (S.bare.status === 'oom') {
        S.bare.note = [S.bare.note, 'out of memory with the default Node heap'].filter(Boolean).join('; ');
        // Rerun with a larger heap so the report still has a time to compare with (0 = skip).
        const heap = Number(opt['bare-heap']);
        if (heap > 0) {
          fresh(P.bareDist, P.bareCache, path.join(P.bareSite, '.astro'));
          S['bare-heap'] = await stage('bare-heap', BIN('astro'), ['build', '--root', P.bareSite], {
            BARE_ARTICLES_DIR: P.articles, BARE_OUT_DIR: P.bareDist, BARE_CACHE_DIR: P.bareCache,
            NODE_OPTIONS: `${nodeOptions} --max-old-space-size=${heap}`.trim(),
          });
          S['bare-heap'].note = [S['bare-heap'].note, `Node heap raised to ${heap} MB`].filter(Boolean).join('; ');
          if (ok(S['bare-heap'])) S['bare-heap'].pagesPerSec = rate(dirSize(P.bareDist).html, S['bare-heap']);
        }
      }
    }
  }

  if (stages.has('full')) {
    // The whole `npm run build` chain from scratch (fresh articles, state, cache), on the generated corpus.
    const F = { articles: path.join(P.full, 'articles'), report: path.join(P.full, 'ingest/report.json'), dist: path.join(P.full, 'dist'), cache: path.join(P.full, 'cache') };
    fresh(P.full);
    const script = '"$TSX" $INGEST_ARGS && "$ASTRO" build --root "$ROOT" && "$TSX" "$INDEX_SCRIPT" --site "$OUT_DIR"';
    S.full = /\s/.test(W) ? skipped('full', 'workdir path contains whitespace') : existsSync(P.raw)
      ? await stage('full', 'sh', ['-c', script], {
        ...buildEnv(F.articles, F.dist, F.cache),
        TSX: BIN('tsx'), ASTRO: BIN('astro'), ROOT, INDEX_SCRIPT: path.join(ROOT, 'scripts/index-search.ts'),
        // Word-split on purpose: the workdir is checked to hold no whitespace above.
        INGEST_ARGS: ingestArgs(P.raw, F.articles, F.report).join(' '),
      })
      : skipped('full', 'no generated raw pages');
    S.full.pagesPerSec = rate(report.corpus.pages, S.full);
  }

  if (stages.has('incremental')) {
    // Run alone on a workdir that was ingested before, the stage's ingest from scratch is its denominator's.
    mergeEarlierRun(report);
    const dates = opt['incremental-dates']!;
    report.incremental = haveArticles ? await runIncremental({
      workdir: W, raw: P.raw, articles: P.articles, ingestReport: P.ingestReport, logs: P.logs, seed: opt.seed!, pages: N, dict,
      shapes: dates === 'both' ? ['random', 'newest'] : [dates as 'random' | 'newest'], fullIngest: S.ingest,
      stage, tsx: BIN('tsx'), root: ROOT, ingestArgs, buildEnv,
    }) : { added: INCREMENTAL_PAGES, shapes: [], status: 'skipped', note: 'needs a completed ingest in this workdir' };
  }

  mergeEarlierRun(report);
  // The baseline that finished: with the default heap, else with the larger one.
  const { build, full } = report.stages;
  const bare = ok(report.stages.bare) ? report.stages.bare : ok(report.stages['bare-heap']) ? report.stages['bare-heap'] : undefined;
  if (bare && (ok(build) || ok(full))) {
    report.ratios = {
      baseline: bare.name,
      buildWall: ok(build) ? build.wallMs! / bare.wallMs! : undefined,
      buildPeakRss: ok(build) && build.peakRssBytes && bare.peakRssBytes ? build.peakRssBytes / bare.peakRssBytes : undefined,
      fullWall: ok(full) ? full.wallMs! / bare.wallMs! : undefined,
      fullPeakRss: ok(full) && full.peakRssBytes && bare.peakRssBytes ? full.peakRssBytes / bare.peakRssBytes : undefined,
    };
  }
  const md = renderMarkdown(report);
  await writeFile(path.join(W, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(W, 'report.md'), md);
  if (opt['update-docs']) await updateDocs(path.join(ROOT, 'docs/benchmarks.md'), md);
  console.log(`\n${md}`);
  log(`report: ${path.join(W, 'report.json')} and report.md`);
  // Non-zero when a stage failed for a reason other than the known baseline OOM.
  const failed = Object.values(S).filter((r) => !['ok', 'skipped'].includes(r.status) && !(r.name === 'bare' && r.status === 'oom'));
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((e) => { console.error(`[bench] ${(e as Error).stack ?? e}`); process.exitCode = 2; });
