// The benchmark's outputs: sizes of the built site, the machine it ran on, report.json,
// report.md (a short table), and the copy of that table into docs/benchmarks.md.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserMetrics } from './browser-metrics';
import type { StepTime } from '../build/cpu';
import type { StageResult } from './run-stage';

export interface Sizes {
  distBytes?: number;
  distFiles?: number;
  htmlPages?: number;
  pagefindBytes?: number;
  dataBytes?: number;
  graphJsonBytes?: number;
  /** graph.json.br; graph.json.gz or graph.json for builds before. */
  graphJsonFile?: string;
  graphNodes?: number;
  graphEdges?: number;
}

export interface BenchReport {
  startedAt: string;
  machine: { nproc: number; totalMemBytes: number; node: string; platform: string; cpu: string };
  params: { articles: number; seed: string; workdir: string; stages: string[]; dictionary: Record<string, string>; heapMb?: number };
  corpus: { pages: number; words: number; bytes: number; generateMs: number; articles?: number; rejected?: number };
  stages: Record<string, StageResult & { pagesPerSec?: number }>;
  sizes: Sizes;
  browser?: BrowserMetrics;
  /** Ours ÷ bare Astro MDX, for the same articles: the machine-independent overhead. */
  ratios?: { baseline?: string; buildWall?: number; buildPeakRss?: number; fullWall?: number; fullPeakRss?: number };
  incremental?: IncrementalReport;
}

/** One update shape of the incremental stage (scripts/bench/incremental.ts). */
export interface IncrementalShape {
  /** The added pages' dates: `random` (any date of the corpus) or `newest` (after all: a daily update). */
  dates: 'random' | 'newest';
  /** The date of the `newest` shape's pages. */
  date?: string;
  reused?: number; written?: number; articles?: number;
  /** The update's steps: ingest (a child of its own), then scripts/build.ts (Astro, search index). */
  ingest?: StepTime; build?: StepTime; astro?: StepTime; index?: StepTime;
  /** scripts/build.ts --full on the same grown corpus, in a folder of its own. */
  fullBuild?: StepTime; fullAstro?: StepTime; fullIndex?: StepTime;
  /** Routed pages rendered of all routed pages (static pages are always rendered). */
  rendered?: number; routes?: number;
  /** ingest + build, wall; and over a build from scratch (ingest from scratch + full build), wall and CPU. */
  totalMs?: number; ratio?: number; cpuRatio?: number;
  /** Files of the incremental site that differ from the full build's (must be none). */
  differing?: string[];
  status: string; note?: string;
}

export interface IncrementalReport {
  added: number;
  /** The ingest run on the workdir before the first build (a copied workdir's files read by content once). */
  settle?: Partial<StepTime> & { reused?: number };
  /** The ingest from scratch of the corpus before the updates (the denominator's ingest), or the ingest stage's. */
  fullIngest?: Partial<StepTime> & { stage?: string };
  /** The first full build of the incremental site. */
  base?: { astro?: StepTime; index?: StepTime; wallMs?: number };
  shapes: IncrementalShape[];
  status: string; note?: string;
}

export function machine(): BenchReport['machine'] {
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    totalMemBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
  };
}

/** Total size and file count of a directory tree (0 when it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number; html: number } {
  const out = { bytes: 0, files: 0, html: 0 };
  if (!existsSync(dir)) return out;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) {
        out.bytes += statSync(p).size;
        out.files++;
        if (e.name.endsWith('.html')) out.html++;
      }
    }
  }
  return out;
}

export function siteSizes(dist: string): Sizes {
  if (!existsSync(dist)) return {};
  const all = dirSize(dist);
  // The complete graph is published in Brotli (/data/graph.json.br); older builds have
  // graph.json.gz (gzip) or graph.json.
  const br = path.join(dist, 'data/graph.json.br');
  const gz = path.join(dist, 'data/graph.json.gz');
  const plain = path.join(dist, 'data/graph.json');
  const graph = [br, gz].find((f) => existsSync(f)) ?? plain;
  let counts: { nodes?: number; edges?: number } = {};
  // Parse only sizes V8 can hold as one string comfortably; the byte size is reported anyway.
  if (existsSync(graph) && statSync(graph).size < (graph === plain ? 256 : 24) * 1048576) {
    try {
      const bytes = readFileSync(graph);
      const g = JSON.parse((graph === br ? brotliDecompressSync(bytes) : graph === gz ? gunzipSync(bytes) : bytes).toString('utf8')) as { nodes?: unknown[]; edges?: unknown[] };
      counts = { nodes: g.nodes?.length, edges: g.edges?.length };
    } catch { /* a broken export shows as missing counts */ }
  }
  return {
    graphNodes: counts.nodes,
    graphEdges: counts.edges,
    distBytes: all.bytes,
    distFiles: all.files,
    htmlPages: all.html,
    pagefindBytes: dirSize(path.join(dist, 'pagefind')).bytes,
    dataBytes: dirSize(path.join(dist, 'data')).bytes,
    graphJsonBytes: existsSync(graph) ? statSync(graph).size : undefined,
    graphJsonFile: existsSync(graph) ? path.basename(graph) : undefined,
  };
}

const mb = (b?: number) => (b === undefined ? '—' : `${(b / 1048576).toFixed(1)} MB`);
const kb = (b?: number) => (b === undefined ? '—' : b >= 1048576 ? mb(b) : `${(b / 1024).toFixed(0)} KB`);
const sec = (ms?: number) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const ms = (v?: number) => (v === undefined ? '—' : `${v} ms`);

function stageRow(label: string, s: BenchReport['stages'][string] | undefined): string {
  if (!s) return `| ${label} | not run | | | |`;
  const status = s.status === 'ok' ? 'ok' : `**${s.status}**${s.exitCode !== undefined && s.exitCode !== null ? ` (exit ${s.exitCode})` : ''}`;
  const rate = s.pagesPerSec !== undefined ? s.pagesPerSec.toFixed(1) : '—';
  return `| ${label} | ${status}${s.note ? ` — ${s.note}` : ''} | ${sec(s.wallMs)} | ${rate} | ${mb(s.peakRssBytes)} |`;
}

export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const L: string[] = [];
  L.push(`### ${r.params.articles.toLocaleString('en')} generated pages (seed \`${r.params.seed}\`)`, '');
  L.push(`Machine: ${m.nproc} cores (${m.cpu}), ${(m.totalMemBytes / 1073741824).toFixed(1)} GB RAM, Node ${m.node}, ${m.platform}. Run ${r.startedAt}.`, '');
  const perPage = r.corpus.words ? `${Math.round(r.corpus.words / Math.max(1, r.corpus.pages))} words/page, ` : '';
  const generated = r.corpus.generateMs ? `generated in ${sec(r.corpus.generateMs)}` : 'generated by an earlier run';
  L.push(`Corpus: ${r.corpus.pages} raw pages, ${perPage}${mb(r.corpus.bytes)}, ${generated}` +
    (r.corpus.articles !== undefined ? `; ingest wrote ${r.corpus.articles} articles (${r.corpus.rejected ?? 0} pages rejected).` : '.'), '');
  L.push('| Stage | Status | Wall | Pages/s | Peak RSS (tree) |', '|---|---|---:|---:|---:|');
  L.push(stageRow('ingest', r.stages.ingest));
  L.push(stageRow('astro build (ours)', r.stages.build));
  L.push(stageRow('pagefind index', r.stages.index));
  L.push(stageRow('whole build (ingest → astro → pagefind)', r.stages.full));
  L.push(stageRow('bare Astro MDX build (baseline)', r.stages.bare));
  if (r.stages['bare-heap']) L.push(stageRow('bare Astro MDX build, larger heap', r.stages['bare-heap']));
  L.push('', 'Pages/s: raw pages for ingest and the whole build, built HTML pages for the Astro builds and the index. Peak RSS: summed over the process tree.', '');
  const x = (v?: number) => (v === undefined ? '—' : `×${v.toFixed(2)}`);
  if (r.ratios) {
    const against = r.ratios.baseline === 'bare-heap' ? 'the bare Astro MDX build with the larger heap (it ran out of memory with the default one)' : 'the bare Astro MDX build';
    L.push(`Ours ÷ ${against}: our Astro build alone wall ${x(r.ratios.buildWall)}, peak memory ${x(r.ratios.buildPeakRss)}; ` +
      `the whole build (ingest, Astro, search index) wall ${x(r.ratios.fullWall)}, peak memory ${x(r.ratios.fullPeakRss)}.`, '');
  } else if (r.stages.bare && r.stages.bare.status !== 'ok') L.push(`Bare Astro MDX baseline: **${r.stages.bare.status}** after ${sec(r.stages.bare.wallMs)} (no ratio).`, '');
  const s = r.sizes;
  L.push('| Output | Size |', '|---|---:|');
  L.push(`| dist/ (${s.distFiles ?? '—'} files, ${s.htmlPages ?? '—'} HTML pages) | ${mb(s.distBytes)} |`);
  L.push(`| dist/pagefind/ | ${mb(s.pagefindBytes)} |`);
  L.push(`| dist/data/ (all exports) | ${mb(s.dataBytes)} |`);
  const graphCounts = s.graphNodes !== undefined ? ` (${s.graphNodes} nodes, ${s.graphEdges} edges)` : '';
  L.push(`| dist/data/${s.graphJsonFile ?? 'graph.json'}${graphCounts} | ${kb(s.graphJsonBytes)} |`);
  const b = r.browser;
  if (b) {
    const t = b.articleTransfer;
    if (t) L.push(`| article page transfer (${t.requests} requests: HTML+CSS+fonts+JS) | ${kb(t.bytes)} (${kb(t.gzipBytes)} gzipped) |`);
    const sb = b.searchBytes;
    const tc = (c?: { requests: number; bytes: number }) => (c ? `${kb(c.bytes)} (${c.requests} files)` : '—');
    if (sb) {
      L.push(`| first search «${b.search?.query ?? ''}», empty cache: header box live results | ${tc(sb.headerBox)} |`);
      L.push(`| first search, /search/ page: to first results / with facet counts | ${tc(sb.pageToResults)} / ${tc(sb.pageWithFacets)} |`);
    }
    L.push('', '| In the browser (headless Chromium) | Time |', '|---|---:|');
    L.push(`| search API, cold, first results for «${b.search?.query ?? ''}» (${b.search?.apiResults ?? '—'} hits) | ${ms(b.search?.apiFirstResultsMs)} |`);
    L.push(`| /search/?q=… to first results | ${ms(b.search?.pageFirstResultsMs)} |`);
    L.push(`| /search/?q=…, empty cache: navigation → first results / first search request → first results | ${ms(b.searchCold?.pageFirstResultsMs)} / ${ms(b.searchCold?.pageQueryToResultsMs)} |`);
    if (b.searchCpu) L.push(`| /search/?q=…, empty cache: CPU to first results, page main thread / Pagefind worker (thread time) | ${ms(b.searchCpu.mainMs)} / ${ms(b.searchCpu.workerMs)} |`);
    if (b.searchCpu?.indexOpenMs !== undefined) L.push(`| /search/?q=…, the same traced page: key context built / index open / results ranked / shown (from navigation) | ${ms(b.searchCpu.contextMs)} / ${ms(b.searchCpu.indexOpenMs)} / ${ms(b.searchCpu.rankedMs)} / ${ms(b.searchCpu.shownMs)} |`);
    if (b.searchCpu?.workerOpenMs !== undefined) L.push(`| /search/?q=…, the same traced page: Pagefind's worker has every shard open (from navigation) | ${ms(b.searchCpu.workerOpenMs)} |`);
    L.push(`| header search box: typing → first suggestions | ${ms(b.search?.headerSuggestMs)} |`);
    L.push(`| header search box, empty cache: second keystroke → first suggestions | ${ms(b.searchCold?.headerSecondKeyMs)} |`);
    L.push(`| header search box, empty cache: the word typed letter by letter, last keystroke → first articles | ${ms(b.searchCold?.headerLastKeyArticlesMs)} |`);
    L.push(`| header search box: Enter → results page | ${ms(b.search?.headerBoxResultsMs)} |`);
    L.push(`| /graph/ load / nodes drawn | ${ms(b.graph?.loadMs)} / ${ms(b.graph?.readyMs)} |`);
    L.push(`| /graph/ zoom frame rate (worst frame) | ${b.graph?.zoomFps ?? '—'} fps (${ms(b.graph?.worstFrameMs)}) |`);
    const g = b.graph;
    if (g?.htmlBytes !== undefined) L.push(`| /graph/ HTML (gzipped) / evidence file an edge click loads (one actor's) | ${kb(g.htmlBytes)} (${kb(g.htmlGzipBytes)}) / ${kb(g.evidenceBytes)} |`);
    if (g?.view) L.push(`| /graph/ default view: nodes, edges / isolated nodes / labels, overlapping pairs | ${g.view.shownNodes}, ${g.view.shownEdges} / ${g.view.isolatedNodes} / ${g.view.labels}, ${g.view.labelOverlaps} |`);
    if (b.notes.length) L.push('', ...b.notes.map((n) => `- ${n}`));
  }
  if (r.incremental) L.push('', ...incrementalLines(r.incremental));
  const failed = Object.values(r.stages).filter((x) => x.status !== 'ok' && x.status !== 'skipped' && x.tail);
  for (const f of failed) L.push('', `<details><summary>${f.name}: ${f.status}</summary>`, '', '```', f.tail!, '```', '', '</details>');
  return `${L.join('\n')}\n`;
}

const pct = (x?: number) => (x === undefined ? '—' : `${(x * 100).toFixed(0)} %`);
const step = (t?: Partial<StepTime>) => (t?.wallMs === undefined ? '—' : `${sec(t.wallMs)}${t.cpuMs !== undefined ? ` (CPU ${sec(t.cpuMs)})` : ''}`);
const share = (a?: Partial<StepTime>, b?: Partial<StepTime>) => (a?.wallMs === undefined || !b?.wallMs ? '—'
  : `${pct(a.wallMs / b.wallMs)}${a.cpuMs !== undefined && b.cpuMs ? ` (CPU ${pct(a.cpuMs / b.cpuMs)})` : ''}`);

/** The incremental stage: per shape, each step of the update against the same step of a build from scratch. */
export function incrementalLines(inc: IncrementalReport): string[] {
  const L: string[] = [];
  if (!inc.shapes?.length) return [`Incremental: ${inc.status}${inc.note ? ` (${inc.note})` : ''}.`];
  L.push(`Incremental (\`npm run build\`, scripts/build.ts), +${inc.added} raw pages per update, each against a full build of the same grown corpus ` +
    `(settling ingest of the workdir ${step(inc.settle)}, ${inc.settle?.reused ?? '—'} pages reused; ingest from scratch ${step(inc.fullIngest)}):`, '');
  L.push('| update | step | update: wall (CPU) | from scratch: wall (CPU) | share |', '|---|---|---:|---:|---:|');
  for (const s of inc.shapes) {
    const total = { wallMs: s.totalMs, cpuMs: s.ingest?.cpuMs !== undefined && s.build?.cpuMs !== undefined ? s.ingest.cpuMs + s.build.cpuMs : undefined };
    const scratch = { wallMs: inc.fullIngest?.wallMs !== undefined && s.fullBuild ? inc.fullIngest.wallMs + s.fullBuild.wallMs : undefined,
      cpuMs: inc.fullIngest?.cpuMs !== undefined && s.fullBuild?.cpuMs !== undefined ? inc.fullIngest.cpuMs + s.fullBuild.cpuMs : undefined };
    const name = `${s.dates === 'newest' ? `daily (newest day, ${s.date ?? '—'})` : 'random dates'}: ${s.written ?? '—'} articles written, ${s.rendered ?? '—'} of ${s.routes ?? '—'} routed pages rendered`;
    L.push(`| ${name} | ingest | ${step(s.ingest)} | ${step(inc.fullIngest)} | ${share(s.ingest, inc.fullIngest)} |`);
    L.push(`| | astro build | ${step(s.astro)} | ${step(s.fullAstro)} | ${share(s.astro, s.fullAstro)} |`);
    L.push(`| | search index | ${step(s.index)} | ${step(s.fullIndex)} | ${share(s.index, s.fullIndex)} |`);
    L.push(`| | **total** | **${step(total)}** | **${step(scratch)}** | **${share(total, scratch)}** |`);
    L.push(`| | = full build byte for byte | ${s.differing === undefined ? '—' : s.differing.length ? `no, ${s.differing.length} files differ (${s.differing.slice(0, 5).join(', ')})` : 'yes'} | | ${s.status}${s.note ? `: ${s.note}` : ''} |`);
  }
  return L;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of docs/benchmarks.md (between the markers) with `table`. */
export async function updateDocs(docFile: string, table: string): Promise<void> {
  const doc = await readFile(docFile, 'utf8').catch(() => `# Benchmarks\n\n${START}\n${END}\n`);
  const block = `${START}\n${table.trim()}\n${END}`;
  const next = doc.includes(START) && doc.includes(END)
    ? doc.slice(0, doc.indexOf(START)) + block + doc.slice(doc.indexOf(END) + END.length)
    : `${doc.trimEnd()}\n\n${block}\n`;
  await writeFile(docFile, next);
}
