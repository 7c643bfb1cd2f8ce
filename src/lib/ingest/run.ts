// The I/O side of ingest (the one module of src/lib/ingest that touches the disk): read raw
// pages (read-only), write articles only when they changed, never overwrite files people
// edited, remove stale generated files, keep an incremental state and write the JSON report.
// Everything it decides with is in the pure modules.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeArabic } from '../arabic/normalize';
import type { ExtractedArticle } from '../types';
import { loadBoilerplate } from '../data/load';
import { buildLexicon, type Lexicon } from './boilerplate';
import { decodeRawBytes, MAX_RAW_BYTES } from './decode';
import { extractArticles } from './extract';
import { checksumStatus, parseArticleMdx, serializeArticleMdx } from './mdx';

/** Bump when extraction logic changes so cached (reused) pages are re-extracted. */
export const INGEST_VERSION = 6;

export interface IngestOptions {
  input: string;
  output: string;
  reportPath: string;
  /** Defaults to ingest-state.json beside the report. */
  statePath?: string;
  lenient?: boolean;
  /** Compiled content/boilerplate.yaml; default: loaded through the data layer. */
  lexicon?: Lexicon;
  onProgress?: (done: number, total: number, file: string) => void;
}

export type ArticleOutcome = 'written' | 'unchanged' | 'kept-edited';

export interface FileReport {
  file: string;
  status: 'ok' | 'reused' | 'rejected' | 'duplicate';
  reason?: string;
  duplicateOf?: string;
  slugs: string[];
  articles: { slug: string; outcome: ArticleOutcome }[];
}

export interface IngestReport {
  version: 1;
  input: string;
  output: string;
  totals: {
    pages: number; articles: number; written: number; unchanged: number; reused: number;
    keptEdited: number; rejected: number; duplicates: number; removed: number;
  };
  files: FileReport[];
  /** Generated files a person edited, kept as they are (slug, and why they would have changed). */
  keptEdited: { slug: string; file: string; reason: 'changed-by-ingest' | 'stale' }[];
  /** Slugs of stale generated articles removed (their raw page is gone or no longer yields them). */
  removed: string[];
  exitCode: number;
}

interface StateEntry { hash: string; contentKey: string; outputs: Record<string, string> }
interface State { version: string; output: string; files: Record<string, StateEntry> }

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function readText(file: string): Promise<string | undefined> {
  try { return await readFile(file, 'utf8'); } catch { return undefined; }
}

async function loadState(file: string, version: string, output: string): Promise<State['files']> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as State;
    return state.version === version && state.output === output && state.files ? state.files : {};
  } catch { return {}; }
}

/** Writes via a temporary file and rename, so a crash never leaves half an article. */
async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}

/** Reads a raw page strictly read-only; refuses oversize files before reading them. */
async function readRaw(file: string): Promise<{ bytes?: Uint8Array; reason?: string }> {
  const info = await stat(file);
  if (info.size > MAX_RAW_BYTES) return { reason: `too large (${info.size} bytes > ${MAX_RAW_BYTES})` };
  const handle = await open(file, 'r');
  try { return { bytes: await handle.readFile() }; } finally { await handle.close(); }
}

function renameSlugs(articles: ExtractedArticle[], from: string, to: string): ExtractedArticle[] {
  return articles.map((a) => ({ ...a, slug: to + a.slug.slice(from.length), ...(a.via ? { via: to } : {}) }));
}

/** What one run knows across files: outputs produced so far, content already seen, state. */
interface Run {
  output: string;
  previous: State['files'];
  nextState: State['files'];
  produced: Set<string>;
  seenContent: Map<string, string>;
  keptEdited: IngestReport['keptEdited'];
}

/** Incremental: same bytes and every output still exactly as we wrote it → reuse, no extraction. */
async function reuse(run: Run, name: string, hash: string, report: FileReport): Promise<boolean> {
  const prev = run.previous[name];
  if (!prev || prev.hash !== hash || run.seenContent.has(prev.contentKey) || Object.keys(prev.outputs).some((s) => run.produced.has(s))) return false;
  const current = await Promise.all(Object.keys(prev.outputs).map((s) => readText(path.join(run.output, `${s}.mdx`))));
  if (!current.every((c, i) => c !== undefined && sha256(c) === Object.values(prev.outputs)[i])) return false;
  run.seenContent.set(prev.contentKey, name);
  Object.keys(prev.outputs).forEach((s) => run.produced.add(s));
  Object.assign(report, { status: 'reused', slugs: Object.keys(prev.outputs) });
  report.articles = report.slugs.map((slug) => ({ slug, outcome: 'unchanged' as const }));
  run.nextState[name] = prev;
  return true;
}

/** Writes one article unless it is unchanged or a person edited it; returns what happened. */
async function writeArticle(run: Run, a: ExtractedArticle, rawName: string): Promise<{ outcome: ArticleOutcome; content: string }> {
  const file = path.join(run.output, `${a.slug}.mdx`);
  const content = serializeArticleMdx(a);
  const existing = await readText(file);
  if (existing === content) return { outcome: 'unchanged', content };
  if (existing !== undefined && checksumStatus(existing) !== 'generated') {
    run.keptEdited.push({ slug: a.slug, file: rawName, reason: 'changed-by-ingest' });
    return { outcome: 'kept-edited', content };
  }
  await writeAtomic(file, content);
  return { outcome: 'written', content };
}

/** Reads, extracts and writes one raw page, filling its report. */
async function ingestFile(run: Run, input: string, name: string, lexicon: Lexicon, report: FileReport): Promise<void> {
  const { bytes, reason } = await readRaw(path.join(input, name));
  if (!bytes) { Object.assign(report, { status: 'rejected', reason }); return; }
  const hash = sha256(bytes);
  if (await reuse(run, name, hash, report)) return;
  const decoded = decodeRawBytes(bytes);
  if (!decoded.ok) { Object.assign(report, { status: 'rejected', reason: decoded.reason }); return; }
  const contentKey = sha256(normalizeArabic(decoded.text).replace(/\s+/g, ' ').trim());
  const first = run.seenContent.get(contentKey);
  if (first) { Object.assign(report, { status: 'duplicate', duplicateOf: first }); return; }
  run.seenContent.set(contentKey, name);
  let articles = extractArticles(decoded.text, name, lexicon);
  if (!articles.length) { Object.assign(report, { status: 'rejected', reason: 'only boilerplate (no article found)' }); return; }
  // Two file names can fold to one slug («A.txt», «a.txt»): the later one gets a name hash.
  if (run.produced.has(articles[0].slug)) articles = renameSlugs(articles, articles[0].slug, `${articles[0].slug}-${sha256(name).slice(0, 8)}`);
  const outputs: Record<string, string> = {};
  for (const a of articles) {
    run.produced.add(a.slug);
    report.slugs.push(a.slug);
    const { outcome, content } = await writeArticle(run, a, name);
    report.articles.push({ slug: a.slug, outcome });
    if (outcome !== 'kept-edited') outputs[a.slug] = sha256(content);
  }
  run.nextState[name] = { hash, contentKey, outputs };
}

/** Stale outputs: generated articles whose raw page is gone, or no longer yields them. */
async function removeStale(run: Run, names: string[], files: FileReport[]): Promise<string[]> {
  const removed: string[] = [];
  const settled = new Set(files.filter((f) => f.status !== 'rejected').map((f) => f.file));
  const present = new Set(names);
  for (const entry of (await readdir(run.output)).filter((f) => f.endsWith('.mdx')).sort()) {
    const slug = entry.slice(0, -4);
    if (run.produced.has(slug)) continue;
    const content = await readText(path.join(run.output, entry));
    if (content === undefined) continue;
    let raw: string | undefined;
    try { raw = parseArticleMdx(content, entry).frontmatter.raw; } catch {
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

function makeReport(input: string, output: string, pages: number, files: FileReport[], keptEdited: IngestReport['keptEdited'], removed: string[], lenient?: boolean): IngestReport {
  const count = (s: FileReport['status']) => files.filter((f) => f.status === s).length;
  const outcomes = files.flatMap((f) => (f.status === 'ok' ? f.articles : []));
  const rejected = count('rejected');
  return {
    version: 1,
    input,
    output,
    totals: {
      pages,
      articles: files.reduce((s, f) => s + f.slugs.length, 0),
      written: outcomes.filter((a) => a.outcome === 'written').length,
      unchanged: outcomes.filter((a) => a.outcome === 'unchanged').length,
      reused: count('reused'),
      keptEdited: keptEdited.length,
      rejected,
      duplicates: count('duplicate'),
      removed: removed.length,
    },
    files,
    keptEdited,
    removed,
    exitCode: rejected > 0 && !lenient ? 1 : 0,
  };
}

export async function ingestDirectory(opts: IngestOptions): Promise<IngestReport> {
  const input = path.resolve(opts.input);
  const output = path.resolve(opts.output);
  const reportPath = path.resolve(opts.reportPath);
  const statePath = path.resolve(opts.statePath ?? path.join(path.dirname(reportPath), 'ingest-state.json'));
  const lexicon = opts.lexicon ?? buildLexicon(loadBoilerplate());
  // Reused pages are valid only for the same extraction code and the same boilerplate lexicon.
  const version = sha256(`${INGEST_VERSION}\n${JSON.stringify(lexicon.data)}`).slice(0, 16);
  await mkdir(output, { recursive: true });
  const run: Run = {
    output, previous: await loadState(statePath, version, output), nextState: {},
    produced: new Set(), seenContent: new Map(), keptEdited: [],
  };

  const names = (await readdir(input, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  const files: FileReport[] = [];
  for (const [n, name] of names.entries()) {
    opts.onProgress?.(n, names.length, name);
    const report: FileReport = { file: name, status: 'ok', slugs: [], articles: [] };
    files.push(report);
    try {
      await ingestFile(run, input, name, lexicon, report);
    } catch (e) {
      Object.assign(report, { status: 'rejected', reason: `read error: ${(e as Error).message}` });
    }
  }
  opts.onProgress?.(names.length, names.length, '');

  const removed = await removeStale(run, names, files);
  const report = makeReport(input, output, names.length, files, run.keptEdited, removed, opts.lenient);
  await mkdir(path.dirname(statePath), { recursive: true });
  await writeAtomic(statePath, `${JSON.stringify({ version, output, files: run.nextState }, null, 2)}\n`);
  await mkdir(path.dirname(reportPath), { recursive: true });
  await writeAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** One-line summary for the terminal. */
export function summaryLine(r: IngestReport): string {
  const t = r.totals;
  return `ingest: ${t.pages} pages read, ${t.articles} articles (${t.written} written, ${t.unchanged} unchanged), `
    + `${t.reused} pages reused, ${t.keptEdited} kept because edited, ${t.rejected} rejected, `
    + `${t.duplicates} duplicates, ${t.removed} stale removed`;
}
