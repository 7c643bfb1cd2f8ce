// The benchmark's incremental stage: the real `npm run build` path (scripts/build.ts) in its own
// folder. A full build of the corpus, then for each update shape +10 raw pages, ingest and an
// incremental build (changed routes, search index), then a full build of the same grown corpus
// into another folder: the denominator, whose files must equal the incremental site's byte for
// byte. Shapes: `random` (pages of any date of the corpus: the figure) and `newest` (a
// daily update: every page dated the corpus's newest day). Each step's wall and CPU.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stepTimes, type StepTime } from '../build/cpu';
import { writeCorpus } from './corpus';
import type { BenchDictionary } from './generate';
import type { IncrementalShape, IncrementalReport } from './report';
import type { StageResult } from './run-stage';

export const INCREMENTAL_PAGES = 10;
/** The newest date of the articles (`date: "YYYY-MM-DD"` in their frontmatter), or undefined. */
export function newestDate(articlesDir: string): string | undefined {
  let newest: string | undefined;
  for (const f of readdirSync(articlesDir)) {
    if (!f.endsWith('.mdx')) continue;
    const date = /^date: "?(\d{4}-\d\d-\d\d)/m.exec(readFileSync(path.join(articlesDir, f), 'utf8').slice(0, 2000))?.[1];
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest;
}

export interface IncrementalContext {
  workdir: string;
  raw: string;
  articles: string;
  ingestReport: string;
  logs: string;
  seed: string;
  /** Pages the corpus was generated with (new pages are numbered after them). */
  pages: number;
  dict: BenchDictionary;
  shapes: ('random' | 'newest')[];
  /** The full ingest of the corpus (the ingest stage of this or an earlier run): the denominator's ingest. */
  fullIngest?: StageResult;
  stage: (name: string, command: string, args: string[], env?: Record<string, string>) => Promise<StageResult>;
  tsx: string;
  root: string;
  ingestArgs: (raw: string, out: string, report: string) => string[];
  buildEnv: (articles: string, dist: string, cache: string) => Record<string, string>;
}

const ok = (r?: StageResult) => r?.status === 'ok';
const time = (r?: StageResult): StepTime | undefined => (r?.wallMs === undefined ? undefined : { wallMs: r.wallMs, ...(r.cpuMs !== undefined ? { cpuMs: r.cpuMs } : {}) });

/** Files that differ between two sites (or exist in one only), by content. */
export function differingFiles(a: string, b: string): string[] {
  const list = (dir: string, prefix = ''): string[] => readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? list(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]));
  const fa = new Set(list(a));
  const fb = new Set(list(b));
  return [...new Set([...fa, ...fb])].sort().filter((f) => !fa.has(f) || !fb.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
}

/** The Astro and search-index step lines of a build's log (scripts/build.ts). */
function buildSteps(log: string | undefined): { astro?: StepTime; index?: StepTime } {
  if (!log || !existsSync(log)) return {};
  const steps = stepTimes(readFileSync(log, 'utf8'));
  return { astro: steps['astro build (full)'] ?? steps['astro build (changed routes)'], index: steps['search index'] };
}

const readTotals = (file: string): Record<string, number> | undefined => {
  try { return JSON.parse(readFileSync(file, 'utf8')).totals; } catch { return undefined; }
};

export async function runIncremental(c: IncrementalContext): Promise<IncrementalReport> {
  const inc: IncrementalReport = { added: INCREMENTAL_PAGES, status: 'ok', shapes: [] };
  if (!existsSync(c.ingestReport)) return { ...inc, status: 'skipped', note: 'needs a completed ingest in this workdir' };
  const W = (...p: string[]) => path.join(c.workdir, 'inc', ...p);
  rmSync(W(), { recursive: true, force: true });
  rmSync(path.join(c.workdir, '.cache/build'), { recursive: true, force: true });
  // Each build keeps its caches (corpus, article parses, build records) in a folder of its own:
  // the full builds of the grown corpus share nothing with the incremental site's.
  const build = (name: string, dist: string, caches: string, ...flags: string[]) =>
    c.stage(name, c.tsx, [path.join(c.root, 'scripts/build.ts'), '--no-ingest', ...flags], { ...c.buildEnv(c.articles, dist, `${caches}/astro`), BUILD_CACHE_DIR: caches });
  // The ingest as a user's last `npm run build` left it in this folder: a workdir copied from
  // elsewhere has new file stamps, and this run reads every file once by content (reused, not
  // extracted: src/ingest/run.ts) so the update's ingest below trusts the stamps, as in place.
  const settle = await c.stage('inc-settle', c.tsx, c.ingestArgs(c.raw, c.articles, c.ingestReport));
  inc.settle = { ...time(settle), reused: readTotals(c.ingestReport)?.reused };
  const base = ok(settle) ? await build('inc-base', W('dist'), W('caches')) : settle;
  inc.base = { astro: buildSteps(base.log).astro, index: buildSteps(base.log).index, wallMs: base.wallMs };
  if (!ok(base)) return { ...inc, status: base.status, note: `${base.name} ${base.status}` };
  // The denominator's ingest, from scratch, in the same minutes (an earlier run's may lack its CPU).
  const scratch = await c.stage('inc-ingest-scratch', c.tsx, c.ingestArgs(c.raw, W('scratch/articles'), W('scratch/report.json')));
  rmSync(W('scratch'), { recursive: true, force: true });
  const fullIngest = ok(scratch) ? scratch : c.fullIngest;
  inc.fullIngest = { ...time(fullIngest), stage: fullIngest?.name };
  let pages = Math.max(c.pages, readdirSync(c.raw).length);
  for (const dates of c.shapes) {
    const shape: IncrementalShape = { dates, status: 'ok' };
    inc.shapes.push(shape);
    // A daily update: the newest day of the corpus, in a format the pages print (dd/mm/yyyy).
    const newest = dates === 'newest' ? newestDate(c.articles) : undefined;
    shape.date = newest;
    await writeCorpus(c.raw, { seed: c.seed, start: pages, count: INCREMENTAL_PAGES, dict: c.dict, dateLine: newest && newest.split('-').reverse().join('/') });
    pages += INCREMENTAL_PAGES;
    const ri = await c.stage(`inc-ingest-${dates}`, c.tsx, c.ingestArgs(c.raw, c.articles, c.ingestReport));
    const totals = readTotals(c.ingestReport);
    Object.assign(shape, { reused: totals?.reused, written: totals?.written, articles: totals?.articles, ingest: time(ri) });
    const rb = ok(ri) ? await build(`inc-build-${dates}`, W('dist'), W('caches')) : ri;
    rmSync(W('full-dist'), { recursive: true, force: true });
    rmSync(W('full-caches'), { recursive: true, force: true });
    const rf = ok(rb) ? await build(`inc-full-${dates}`, W('full-dist'), W('full-caches'), '--full') : rb;
    const steps = buildSteps(rb.log);
    const full = buildSteps(rf.log);
    Object.assign(shape, { astro: steps.astro, index: steps.index, build: time(rb), fullAstro: full.astro, fullIndex: full.index, fullBuild: time(rf) });
    const rendered = rb.log && existsSync(rb.log) ? /build: incremental: (\d+) of (\d+) routed pages rendered/.exec(readFileSync(rb.log, 'utf8')) : null;
    if (rendered) Object.assign(shape, { rendered: +rendered[1], routes: +rendered[2] });
    if (ok(rf) && ri.wallMs !== undefined && rb.wallMs !== undefined) {
      shape.totalMs = ri.wallMs + rb.wallMs;
      if (ok(fullIngest)) shape.ratio = shape.totalMs / (fullIngest!.wallMs! + rf.wallMs!);
      if (ri.cpuMs !== undefined && rb.cpuMs !== undefined && fullIngest?.cpuMs !== undefined && rf.cpuMs !== undefined) {
        shape.cpuRatio = (ri.cpuMs + rb.cpuMs) / (fullIngest.cpuMs + rf.cpuMs);
      }
      shape.differing = differingFiles(W('dist'), W('full-dist'));
    }
    const bad = [ri, rb, rf].find((r) => !ok(r));
    if (bad) Object.assign(shape, { status: bad.status, note: `${bad.name} ${bad.status}` });
    else if (shape.differing?.length) Object.assign(shape, { status: 'failed', note: `incremental site differs from the full build in ${shape.differing.length} files` });
    if (shape.status !== 'ok') {
      Object.assign(inc, { status: shape.status, note: `${dates}: ${shape.note}` });
      break;
    }
  }
  return inc;
}
