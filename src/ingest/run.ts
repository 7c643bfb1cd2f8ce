// The I/O side of ingest (the one module of src/lib/ingest that touches the disk): read raw
// pages (read-only), write articles only when they changed, never overwrite files people
// edited, remove stale generated files, keep an incremental state and write the JSON report.
// Everything it decides with is in the pure modules.
import { existsSync, readdirSync, statSync, type BigIntStats } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractedArticle } from '../lib/types';
import { loadBoilerplate, loadSources } from '../lib/data/load';
import type { Source } from '../lib/data/schemas';
import { buildLexicon, type Lexicon } from '../lib/ingest/boilerplate';
import { MAX_RAW_BYTES } from '../lib/ingest/decode';
import { reviewRows } from '../lib/ingest/evidence';
import { htmlFieldEvidence } from '../lib/ingest/html/evidence';
// The article file without the MDX toolchain (mdx.ts's edited-body reader): ingest never reads a body's markup.
import { checksumStatus, parseArticleFrontmatter, serializeArticleMdx } from '../lib/ingest/article-file';
import { makeReport, type ArticleOutcome, type FileReport, type IngestReport } from '../lib/ingest/run-report';
import { embeddedSlugIn, planSlugs, type SlugCollision, type SlugPlan } from '../lib/ingest/slug';
import { decodePage, extractPage, isHtmlName, loadHtmlExtractor, sha256, type PageAnalysis } from './analyse';
import { fileStamp, stampOf, trustedStamp } from './fileStamp';
import { defaultWorkers, ExtractionPool, MIN_PAGES_FOR_WORKERS, type PoolJob } from './pool';
import { takeLock } from './lock';
import { workerBundle } from './worker-bundle';
import { listRaw, readRaw, type RawEntry } from './rawFolder';
import { leftover, writePage, Writes, type PageFile, type WriteFile } from './writes';
import type { IngestOptions } from './options';
import { loadState, readText, writeAtomic, type State, type StateEntry } from './state';

export { reportMessages, summaryLine } from '../lib/ingest/run-report';
export type { ArticleOutcome, FileReport, IngestReport } from '../lib/ingest/run-report';

/** Bump when extraction logic changes so cached (reused) pages are re-extracted. */
export const INGEST_VERSION = 57;

/**
 * Most embedded articles taken from one page. Real pages embed a handful; a page with hundreds
 * of «اقرأ أيضاً» sections is a runaway (a generated or broken page): the first ones are kept and
 * the page is named in the report.
 */
export const MAX_EMBEDDED_PER_PAGE = 20;

export type { IngestOptions } from './options';

/** What one run knows across files: the slug plan, outputs produced so far, content already seen, state. */
interface Run {
  output: string;
  plan: SlugPlan;
  previous: State['files'];
  /** When the previous state was saved: its stamps are trusted against it. */
  previousSavedAt?: number;
  nextState: State['files'];
  produced: Set<string>;
  seenContent: Map<string, string>;
  keptEdited: IngestReport['keptEdited'];
  collisions: SlugCollision[];
  sources: Source[];
  /** The workers reading and analysing pages ahead of the run, when it has enough pages for them. */
  pool?: ExtractionPool;
  /** Articles being written while the run goes on. */
  writes: Writes;
  writeFile?: WriteFile;
}

/** Pages written at once: enough to keep the disk busy while the run decides the next pages. */
const WRITES_AT_ONCE = 16;

/** The slugs a page's articles get in this run (main first), collisions recorded. */
function slugsFor(run: Run, name: string, count: number): string[] {
  const slugs = [run.plan.main.get(name)!];
  for (let n = 1; n < count; n++) {
    const { slug, collision } = embeddedSlugIn(run.plan, name, n);
    if (collision) run.collisions.push(collision);
    slugs.push(slug);
  }
  return slugs;
}

/** Is this output as the last run left it: generated and unchanged, or a kept edit still an edit? Its stamp is taken before it is read. */
async function outputAsLeft(run: Run, prev: StateEntry, slug: string, stamps: Record<string, string>): Promise<boolean> {
  const file = path.join(run.output, `${slug}.mdx`);
  const stamp = fileStamp(file);
  if (!stamp) return false;
  stamps[slug] = stamp;
  if (trustedStamp(prev.outputStamps?.[slug], stamp, run.previousSavedAt)) return true; // not read: the file the last run checked
  const current = await readText(file);
  if (current === undefined) return false;
  return slug in prev.outputs ? sha256(current) === prev.outputs[slug] : checksumStatus(current) !== 'generated';
}

/**
 * Incremental: same bytes, the same slugs, every output still exactly as we wrote it and every
 * kept edit still an edit → reuse without extraction (kept edits are reported again).
 */
async function reuse(run: Run, name: string, hash: string, stamp: string, report: FileReport): Promise<boolean> {
  const prev = run.previous[name];
  if (!prev?.slugs || prev.hash !== hash || run.seenContent.has(prev.contentKey) || prev.slugs.some((s) => run.produced.has(s))) return false;
  const collisionsBefore = run.collisions.length;
  const slugs = slugsFor(run, name, prev.slugs.length);
  const outputStamps: Record<string, string> = {};
  let same = slugs.every((s, i) => s === prev.slugs[i]);
  for (const s of slugs) same &&= await outputAsLeft(run, prev, s, outputStamps);
  if (!same) {
    run.collisions.length = collisionsBefore; // extraction will record them again
    return false;
  }
  run.seenContent.set(prev.contentKey, name);
  slugs.forEach((s) => run.produced.add(s));
  Object.assign(report, { status: 'reused', slugs, ...(prev.capped ? { capped: prev.capped } : {}) });
  report.articles = slugs.map((slug) => ({ slug, outcome: slug in prev.outputs ? 'unchanged' as const : 'kept-edited' as const }));
  for (const slug of slugs) if (!(slug in prev.outputs)) run.keptEdited.push({ slug, file: name, reason: 'changed-by-ingest' });
  if (prev.review?.length) report.review = prev.review;
  run.nextState[name] = { ...prev, stamp, outputStamps };
  return true;
}

/**
 * Whether one article is written, or left as it is because it is unchanged or a person edited it
 * (the one place that decides it); with the file's stamp, taken before it is read.
 */
async function decideArticle(run: Run, a: ExtractedArticle, rawName: string): Promise<{ outcome: ArticleOutcome; content: string; stamp?: string; file: string }> {
  const file = path.join(run.output, `${a.slug}.mdx`);
  const content = serializeArticleMdx(a);
  const stamp = fileStamp(file);
  // No file (no stamp): nothing to read — a failed open costs more than the stat (a full ingest writes every article).
  const existing = stamp === undefined ? undefined : await readText(file);
  if (existing === content) return { outcome: 'unchanged', content, stamp, file };
  if (existing !== undefined && checksumStatus(existing) !== 'generated') {
    run.keptEdited.push({ slug: a.slug, file: rawName, reason: 'changed-by-ingest' });
    return { outcome: 'kept-edited', content, stamp, file };
  }
  return { outcome: 'written', content, stamp, file };
}

/**
 * Starts writing a page's changed articles, all or nothing (writes.ts), while the run goes on.
 * When they are written, their stamps complete the page's state entry; when one fails, the
 * folder keeps the page's previous articles, the page is rejected with the reason and left out
 * of the state: the next run reads and writes it again, whatever its stamp.
 */
async function startPageWrites(run: Run, name: string, files: PageFile[], report: FileReport, written: (stamps: (string | undefined)[]) => void): Promise<void> {
  if (!files.length) { written([]); return; }
  await run.writes.room();
  run.writes.track(run.writes.start(() => writePage(files, run.writeFile)).then(written, (e) => {
    Object.assign(report, { status: 'rejected', reason: `write error: ${(e as Error).message}; none of the page's articles changed, it is read again next run`, slugs: [], articles: [] });
    delete report.review;
    delete run.nextState[name];
  }));
}

/**
 * A page's analysis (analyse.ts): the pool's, when it read the page ahead as it is now (`stamp`,
 * taken here: a page rewritten since a worker read it is read again, so the state never pairs
 * new stamps with old bytes), or read and hashed here.
 */
async function analysed(run: Run, file: string, name: string, info: BigIntStats, stamp: string): Promise<PageAnalysis | { reason: string }> {
  if (info.size <= MAX_RAW_BYTES) {
    const ahead = await run.pool?.take(name);
    if (ahead && ahead.stamp === stamp) return ahead;
  }
  const { bytes, reason } = await readRaw(file, info);
  return bytes ? { hash: sha256(bytes), bytes } : { reason: reason! };
}

/** A page's bytes read on this thread after a worker read them (a worker sends back what it learnt, not the bytes). */
async function readAgain(file: string, info: BigIntStats): Promise<Uint8Array> {
  const { bytes, reason } = await readRaw(file, info);
  if (!bytes) throw new Error(reason);
  return bytes;
}

/** Reads, extracts and writes one raw page, filling its report. */
async function ingestFile(run: Run, input: string, name: string, lexicon: Lexicon, report: FileReport): Promise<void> {
  const file = path.join(input, name);
  const info = statSync(file, { bigint: true });
  const stamp = stampOf(info);
  // The page the last run hashed (same stamp): its bytes are not read unless it must be extracted.
  const prev = run.previous[name];
  if (prev && trustedStamp(prev.stamp, stamp, run.previousSavedAt) && await reuse(run, name, prev.hash, stamp, report)) return;
  const page = await analysed(run, file, name, info, stamp);
  if ('reason' in page) { Object.assign(report, { status: 'rejected', reason: page.reason }); return; }
  const { hash } = page;
  if (await reuse(run, name, hash, stamp, report)) return;
  // Not decoded by a worker when its hash was the last run's: decoded here, as it was not reused.
  const decoded = page.decoded ?? decodePage(name, page.bytes ?? await readAgain(file, info));
  if (!decoded.ok) { Object.assign(report, { status: 'rejected', reason: decoded.reason }); return; }
  const { contentKey } = decoded;
  const first = run.seenContent.get(contentKey);
  if (first) { Object.assign(report, { status: 'duplicate', duplicateOf: first }); return; }
  run.seenContent.set(contentKey, name);
  let extracted = decoded.extraction;
  // A worker's failure is checked here (its smaller stack, pool.ts): the page gets this thread's result, whatever it is.
  if (!extracted || extracted.kind === 'html-error' || extracted.kind === 'error') {
    if (isHtmlName(name)) await loadHtmlExtractor();
    const again = decoded.text === undefined ? decodePage(name, await readAgain(file, info)) : decoded;
    extracted = extractPage(name, again.ok ? again.text! : '', lexicon, run.sources);
  }
  let articles: ExtractedArticle[];
  let evidence: Parameters<typeof reviewRows>[1] = [];
  if (extracted.kind === 'html-error') {
    Object.assign(report, { status: 'rejected', reason: `HTML could not be read: ${extracted.message}` });
    return;
  }
  if (extracted.kind === 'error') throw new Error(extracted.message); // reported as the page's error, as any other
  if (extracted.kind === 'html') {
    const { page: html } = extracted;
    articles = html.articles;
    report.htmlMetadata = html.metadata;
    evidence = [{ slug: articles[0]?.slug ?? '', fields: htmlFieldEvidence(html.metadata) }];
    if (!articles.length) { Object.assign(report, { status: 'rejected', reason: 'no article found in the HTML (no headline or no body text)' }); return; }
  } else {
    articles = extracted.extraction.articles;
    evidence = extracted.extraction.evidence;
  }
  if (!articles.length) { Object.assign(report, { status: 'rejected', reason: 'only boilerplate (no article found)' }); return; }
  if (articles.length - 1 > MAX_EMBEDDED_PER_PAGE) {
    report.capped = { found: articles.length - 1, kept: MAX_EMBEDDED_PER_PAGE };
    articles = articles.slice(0, 1 + MAX_EMBEDDED_PER_PAGE);
  }
  const slugs = slugsFor(run, name, articles.length);
  articles = articles.map((a, i) => ({ ...a, slug: slugs[i], ...(a.via ? { via: slugs[0] } : {}) }));
  const outputs: Record<string, string> = {};
  const outputStamps: Record<string, string> = {};
  // Each article's stamp: taken before it was read, or after it is written (in article order).
  const stamps: (string | undefined)[] = [];
  const toWrite: PageFile[] = [];
  for (const a of articles) {
    run.produced.add(a.slug);
    report.slugs.push(a.slug);
    const { outcome, content, stamp: before, file } = await decideArticle(run, a, name);
    report.articles.push({ slug: a.slug, outcome });
    if (outcome !== 'kept-edited') outputs[a.slug] = sha256(content);
    stamps.push(outcome === 'written' ? undefined : before);
    if (outcome === 'written') toWrite.push({ file, content, stampBefore: before });
  }
  // Evidence follows its article through the slug plan (same order; capped articles have none).
  const review = reviewRows(name, evidence.slice(0, articles.length).map((e, n) => ({ ...e, slug: articles[n].slug })));
  if (review.length) report.review = review;
  run.nextState[name] = { hash, contentKey, slugs, outputs, ...(report.capped ? { capped: report.capped } : {}), ...(review.length ? { review } : {}), stamp, outputStamps };
  await startPageWrites(run, name, toWrite, report, (afterWrites) => {
    let w = 0;
    articles.forEach((a, n) => {
      const stamp = report.articles[n].outcome === 'written' ? afterWrites[w++] : stamps[n];
      if (stamp) outputStamps[a.slug] = stamp;
    });
  });
}

/** Stale outputs: generated articles whose raw page is gone, or no longer yields them. */
async function removeStale(run: Run, names: string[], files: FileReport[]): Promise<string[]> {
  const removed: string[] = [];
  const settled = new Set(files.filter((f) => f.status !== 'rejected').map((f) => f.file));
  const present = new Set(names);
  const listed = await readdir(run.output);
  // A run killed while it wrote left temporary files (writes.ts): its process is gone, they are removed.
  for (const entry of listed) if (leftover(entry)) await rm(path.join(run.output, entry), { force: true });
  for (const entry of listed.filter((f) => f.endsWith('.mdx')).sort()) {
    const slug = entry.slice(0, -4);
    if (run.produced.has(slug)) continue;
    const content = await readText(path.join(run.output, entry));
    if (content === undefined) continue;
    let raw: string | undefined;
    try { raw = parseArticleFrontmatter(content, entry).frontmatter.raw; } catch {
      // A person may have broken the YAML; the raw line usually survives.
      raw = /^raw:\s*["']?(.+?)["']?\s*$/m.exec(content)?.[1];
    }
    if (!raw) continue;
    if (present.has(raw) && !settled.has(raw)) continue; // its page was rejected this time: keep
    if (checksumStatus(content) === 'generated') {
      await rm(path.join(run.output, entry));
      removed.push(slug);
    } else run.keptEdited.push({ slug, file: raw, reason: 'stale' });
  }
  return removed;
}

/** Every entry, each page decided on this thread in the order of the names. */
async function ingestEntries(run: Run, input: string, entries: RawEntry[], lexicon: Lexicon, files: FileReport[], { onProgress, signal }: IngestOptions): Promise<void> {
  for (const [n, { name, reason }] of entries.entries()) {
    signal?.throwIfAborted();
    onProgress?.(n, entries.length, name);
    const report: FileReport = { file: name, status: 'ok', slugs: [], articles: [] };
    files.push(report);
    try {
      if (reason) Object.assign(report, { status: 'rejected', reason });
      else await ingestFile(run, input, name, lexicon, report);
    } catch (e) {
      Object.assign(report, { status: 'rejected', reason: `read error: ${(e as Error).message}` });
    }
  }
  onProgress?.(entries.length, entries.length, '');
}

/**
 * The pages the workers read ahead: every page but those the last run left with a trusted stamp
 * (likely reused without being read) and those too large to read (rejected unread).
 */
function plannedReads(run: Run, input: string, entries: RawEntry[]): Omit<PoolJob, 'id'>[] {
  const jobs: Omit<PoolJob, 'id'>[] = [];
  for (const { name, reason } of entries) {
    if (reason) continue;
    const file = path.join(input, name);
    const info = statSync(file, { bigint: true, throwIfNoEntry: false });
    if (!info || info.size > MAX_RAW_BYTES) continue;
    const prev = run.previous[name];
    if (prev && trustedStamp(prev.stamp, stampOf(info), run.previousSavedAt)) continue;
    jobs.push({ name, file, knownHash: prev?.hash });
  }
  return jobs;
}

export async function ingestDirectory(opts: IngestOptions): Promise<IngestReport> {
  const input = path.resolve(opts.input);
  const output = path.resolve(opts.output);
  const reportPath = path.resolve(opts.reportPath);
  const statePath = path.resolve(opts.statePath ?? path.join(path.dirname(reportPath), 'ingest-state.json'));
  const workers = opts.workers ?? defaultWorkers();
  // The workers' bundle is looked up (or built, by esbuild's own process) while this thread loads the data.
  const bundle = workers > 0 ? workerBundle() : undefined;
  // A first run (no state) of a folder the workers will read: they are started now, to load their
  // code while this thread loads the data and plans the run; ingestLocked gives them the pages.
  const early = workers > 0 && firstRunOfMany(input, statePath, opts.workersFrom ?? MIN_PAGES_FOR_WORKERS) ? new ExtractionPool(workers, await bundle) : undefined;
  try {
    return await ingestWithData(opts, { input, output, reportPath, statePath, workers, bundle, early });
  } finally {
    await early?.close(); // unused when the run found fewer pages to read than it takes
  }
}

/** Whether the run has no state and the folder holds enough entries for the workers (a guess: ingestLocked decides). */
function firstRunOfMany(input: string, statePath: string, workersFrom: number): boolean {
  if (existsSync(statePath)) return false;
  try { return readdirSync(input).length >= workersFrom; } catch { return false; }
}

async function ingestWithData(opts: IngestOptions, { input, output, reportPath, statePath, workers, bundle, early }: {
  input: string; output: string; reportPath: string; statePath: string; workers: number; bundle?: Promise<URL | undefined>; early?: ExtractionPool;
}): Promise<IngestReport> {
  const sources = opts.sources ?? loadSources();
  // The fitted outlet model's rating of the rules' outlet (outlet-model.ts `rateRulesOutlet`) is not loaded: it caught no
  // more wrong outlets in the review list than the rules' own confidence (docs/ingest.md, twenty-seventh round), and costs
  // every page its candidates' features. A caller may pass a lexicon built with it (the tests do).
  const lexicon = opts.lexicon ?? buildLexicon(loadBoilerplate(), sources);
  // Reused pages are valid only for the same extraction code, boilerplate lexicon and outlet
  // data (names, abbreviations and domains are read from sources.yaml) — and the outlet model when a
  // caller's lexicon carries it (it lowers the review's confidences; ingest's own lexicon does not).
  const version = sha256(`${INGEST_VERSION}\n${JSON.stringify([lexicon.data, lexicon.sources, lexicon.outletRating ?? null])}`).slice(0, 16);
  await mkdir(output, { recursive: true });
  await mkdir(path.dirname(statePath), { recursive: true });
  const release = await takeLock(`${statePath}.lock`, output, (holder) => opts.onNotice?.(
    `an earlier ingest${holder ? ` (process ${holder.pid}, since ${holder.since})` : ''} did not finish: its lock is removed, its temporary files too at the end of this run`));
  try {
    const report = await ingestLocked(opts, { input, output, reportPath, statePath, sources, lexicon, version, workers, bundle, early });
    return report;
  } finally {
    await release();
  }
}

/** The run itself, once it holds the lock. */
async function ingestLocked(opts: IngestOptions, { input, output, reportPath, statePath, sources, lexicon, version, workers, bundle, early }: {
  input: string; output: string; reportPath: string; statePath: string; sources: Source[]; lexicon: Lexicon; version: string;
  workers: number; bundle?: Promise<URL | undefined>; early?: ExtractionPool;
}): Promise<IngestReport> {
  const entries = await listRaw(input);
  const names = entries.map((e) => e.name);
  // Slugs are planned over every name, read or not: a page rejected this run keeps its slug.
  const plan = planSlugs(names);
  const previous = await loadState(statePath, version, output);
  const run: Run = {
    output, plan, previous: previous.files, previousSavedAt: previous.savedAt, nextState: {},
    produced: new Set(), seenContent: new Map(), keptEdited: [], collisions: [...plan.collisions], sources,
    writes: new Writes(WRITES_AT_ONCE), writeFile: opts.writeFile,
  };
  const workersFrom = opts.workersFrom ?? MIN_PAGES_FOR_WORKERS;
  // The pages the state does not know are at most those without an entry: fewer than the
  // workers need, the folder is not stat'ed for them (a daily update: ~10 new pages).
  const unknown = workers > 0 && workersFrom > 0 ? entries.filter((e) => !e.reason && !run.previous[e.name]).length : 0;
  const planned = workers > 0 && unknown >= workersFrom ? plannedReads(run, input, entries) : [];
  // Pages the last run hashed are likely only hashed again (reused): the workers are for pages to extract.
  const toExtract = planned.filter((p) => p.knownHash === undefined).length;
  if (planned.length && toExtract >= workersFrom) {
    run.pool = early ?? new ExtractionPool(workers, await bundle);
    run.pool.begin({ boilerplate: lexicon.data, lexiconSources: lexicon.sources, sources, outletRating: lexicon.outletRating }, planned);
  } else await early?.close(); // started for nothing: fewer pages to read than the workers take
  opts.onStart?.({ workers: run.pool ? workers : 0, pages: run.pool ? planned.length : 0 });
  const files: FileReport[] = [];
  try {
    await ingestEntries(run, input, entries, lexicon, files, opts);
  } finally {
    await run.writes.drain();
    await run.pool?.close();
  }

  const removed = await removeStale(run, names, files);
  const report = makeReport({ input, output, pages: names.length, lenient: opts.lenient }, files, run.keptEdited, removed, run.collisions);
  // The report first: a run stopped between the two leaves the last run's state, which the next
  // run checks against the files by their hashes (it never trusts an output it did not write).
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  const state: State = { version, output, savedAt: Date.now(), files: run.nextState };
  await writeAtomic(statePath, `${JSON.stringify(state, null, 2)}\n`);
  return report;
}
