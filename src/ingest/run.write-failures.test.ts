// Issue 13, «nothing is lost when a write fails»: a page's articles are written all or nothing,
// a failed update keeps the previous version of each, an edit saved while the run writes is never
// replaced, and the report and the state say what is on disk. Failures are real ones: a full disk
// (an injected write that stops half way with ENOSPC), a directory where an article goes, a
// person's edit in the middle of a page's write; on one thread and with worker threads. Also: two
// runs at once (the lock), a run killed (its lock and temporaries), Ctrl-C, a raw page rewritten
// while the run goes on.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checksumStatus } from '../lib/ingest/mdx';
import { ingestDirectory, type IngestOptions } from './run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = path.join(ROOT, 'content/raw');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The seed page with two articles (a main one and one embedded under «إقرأ أيضاً»). */
const PAGE = '000_f1015a2331e42f8d.txt';
const MAIN = '000-f1015a2331e42f8d';
const EMBEDDED = '000-f1015a2331e42f8d-e1';

function workspace(extra: Partial<IngestOptions> = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-writes-'));
  dirs.push(root);
  const input = path.join(root, 'raw');
  cpSync(SEEDS, input, { recursive: true });
  const opts: IngestOptions = { input, output: path.join(root, 'out'), reportPath: path.join(root, '.cache/report.json'), ...extra };
  return { root, input, opts, statePath: path.join(root, '.cache/ingest-state.json') };
}

/** Every file of the output folder (articles and anything else), with its text and modification time. */
type Entry = { text: string; mtime: number } | { dir: true };
const onDisk = (dir: string): Record<string, Entry> => Object.fromEntries(readdirSync(dir).sort().map((f) => {
  const p = path.join(dir, f);
  return [f, statSync(p).isFile() ? { text: readFileSync(p, 'utf8'), mtime: statSync(p).mtimeMs } : { dir: true }];
}));
const texts = (dir: string): Record<string, string> => Object.fromEntries(Object.entries(onDisk(dir)).map(([f, v]) => [f, 'text' in v ? v.text : '<dir>']));
const notArticles = (dir: string) => readdirSync(dir).filter((f) => !f.endsWith('.mdx'));
const state = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, { hash: string }> };

/** An edit of the raw page that changes both its articles: a paragraph of our own in each. */
function changePage(input: string): void {
  const file = path.join(input, PAGE);
  const text = readFileSync(file, 'utf8')
    .replace(/^(وقال كروسيتو .*)$/m, '$1\n\nوأشار الوزير إلى أن بلاده تدعم كل مبادرة جادة لوقف القتال والعودة إلى الحوار.')
    .replace(/^(وفي بداية اجتماعه مع عمروف.*)$/m, '$1\n\nوأوضح أوستن أن الحزمة الجديدة ستسلم على دفعات خلال الأشهر المقبلة.');
  expect(text.split('\n').length).toBe(readFileSync(file, 'utf8').split('\n').length + 4);
  writeFileSync(file, text);
}

/** A disk that fills up while it writes the file of `slug`: half of it is written, then ENOSPC. */
const fullDiskAt = (slug: string) => async (file: string, content: string) => {
  if (path.basename(file).startsWith(`${slug}.mdx.`)) {
    await writeFile(file, content.slice(0, content.length >> 1), 'utf8');
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
  }
  await writeFile(file, content, 'utf8');
};

const WAYS = [['one thread', { workers: 0 }], ['two workers', { workers: 2, workersFrom: 0 }]] as const;

/** The seeds ingested from scratch, untouched by any failure: what every run must end with. */
let clean: Record<string, string>;
beforeAll(async () => {
  const { opts } = workspace({ workers: 0 });
  await ingestDirectory(opts);
  clean = texts(opts.output);
}, 60_000);

// The run where the failure happens goes the way named; the runs before and after it, on one thread.
describe.each(WAYS)('a page written all or nothing (%s)', (_, way) => {
  it('a full disk on one of a new page\'s articles writes none of them; the report and the state say so; the next run writes it', async () => {
    const { opts, statePath } = workspace({ workers: 0 });
    const report = await ingestDirectory({ ...opts, ...way, writeFile: fullDiskAt(EMBEDDED) });
    const page = report.files.find((f) => f.file === PAGE)!;
    expect(page.status).toBe('rejected');
    expect(page.reason).toMatch(new RegExp(`^write error: ${EMBEDDED}\\.mdx: ENOSPC: no space left on device.*; none of the page's articles changed, it is read again next run$`));
    expect(page).toMatchObject({ slugs: [], articles: [] });
    // On disk: every other page's articles, nothing of this one (its main article was written in full to a temporary: removed), no temporary left.
    const expected = Object.fromEntries(Object.entries(clean).filter(([f]) => !f.startsWith(MAIN)));
    expect(texts(opts.output)).toEqual(expected);
    expect(notArticles(opts.output)).toEqual([]);
    // The report counts what is on disk; the saved report is the returned one; the state does not know the page.
    expect(report.totals).toMatchObject({ articles: 8, written: 8, rejected: 1 });
    expect(report.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(opts.reportPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(Object.keys(state(statePath).files).sort()).toEqual(readdirSync(opts.input).filter((f) => f !== PAGE).sort());

    const again = await ingestDirectory({ ...opts, writeFile: undefined });
    expect(again.files.find((f) => f.file === PAGE)).toMatchObject({ status: 'ok', articles: [{ slug: MAIN, outcome: 'written' }, { slug: EMBEDDED, outcome: 'written' }] });
    expect(again.totals).toMatchObject({ written: 2, reused: 4, rejected: 0 });
    expect(texts(opts.output)).toEqual(clean);
  }, 60_000);

  it('a failed update keeps the previous version of each of the page\'s articles, untouched', async () => {
    const { input, opts } = workspace({ workers: 0 });
    await ingestDirectory(opts);
    const before = onDisk(opts.output);
    changePage(input);
    const report = await ingestDirectory({ ...opts, ...way, writeFile: fullDiskAt(MAIN) });
    expect(report.files.find((f) => f.file === PAGE)).toMatchObject({ status: 'rejected', slugs: [], articles: [] });
    expect(report.files.find((f) => f.file === PAGE)!.reason).toMatch(new RegExp(`^write error: ${MAIN}\\.mdx: ENOSPC`));
    expect(onDisk(opts.output)).toEqual(before); // same bytes, not even rewritten
    const again = await ingestDirectory(opts);
    expect(again.files.find((f) => f.file === PAGE)!.articles.map((a) => a.outcome)).toEqual(['written', 'written']);
    const after = texts(opts.output);
    expect(after[`${MAIN}.mdx`]).toContain('تدعم كل مبادرة جادة');
    expect(after[`${EMBEDDED}.mdx`]).toContain('ستسلم على دفعات');
    expect(notArticles(opts.output)).toEqual([]);
  }, 60_000);

  it('a directory where an article goes: the article already renamed into place is put back as it was', async () => {
    const { input, opts } = workspace({ workers: 0 });
    await ingestDirectory(opts);
    const before = onDisk(opts.output);
    changePage(input);
    rmSync(path.join(opts.output, `${EMBEDDED}.mdx`));
    mkdirSync(path.join(opts.output, `${EMBEDDED}.mdx`));
    const report = await ingestDirectory({ ...opts, ...way });
    const page = report.files.find((f) => f.file === PAGE)!;
    expect(page).toMatchObject({ status: 'rejected', slugs: [], articles: [] });
    expect(page.reason).toMatch(new RegExp(`^write error: ${EMBEDDED}\\.mdx: EISDIR`));
    // The main article was renamed over its previous version before the embedded one failed: the previous one is back.
    expect(onDisk(opts.output)).toEqual({ ...before, [`${EMBEDDED}.mdx`]: { dir: true } });
    expect(report.totals).toMatchObject({ rejected: 1, reused: 4 });
    rmSync(path.join(opts.output, `${EMBEDDED}.mdx`), { recursive: true });
    const again = await ingestDirectory(opts);
    expect(again.totals).toMatchObject({ written: 2, rejected: 0 });
    expect(texts(opts.output)[`${MAIN}.mdx`]).toContain('تدعم كل مبادرة جادة');
    expect(notArticles(opts.output)).toEqual([]);
  }, 60_000);

  it('an edit a person saves while the page is written is kept, and the page is written around it next run', async () => {
    const { input, opts } = workspace({ workers: 0 });
    await ingestDirectory(opts);
    const before = texts(opts.output);
    changePage(input);
    const embedded = path.join(opts.output, `${EMBEDDED}.mdx`);
    const edited = `${before[`${EMBEDDED}.mdx`]}\nفقرة أضافها محرر أثناء التشغيل.\n`;
    // The person saves the embedded article just as ingest writes the main one.
    const report = await ingestDirectory({
      ...opts,
      ...way,
      writeFile: async (file, content) => {
        if (path.basename(file).startsWith(`${MAIN}.mdx.`)) writeFileSync(embedded, edited);
        await writeFile(file, content, 'utf8');
      },
    });
    expect(report.files.find((f) => f.file === PAGE)!.reason).toMatch(new RegExp(`^write error: ${EMBEDDED}\\.mdx: changed while ingest ran`));
    expect(texts(opts.output)).toEqual({ ...before, [`${EMBEDDED}.mdx`]: edited });
    const again = await ingestDirectory(opts);
    expect(again.files.find((f) => f.file === PAGE)!.articles).toEqual([{ slug: MAIN, outcome: 'written' }, { slug: EMBEDDED, outcome: 'kept-edited' }]);
    expect(again.keptEdited).toEqual([{ slug: EMBEDDED, file: PAGE, reason: 'changed-by-ingest' }]);
    expect(readFileSync(embedded, 'utf8')).toBe(edited);
    expect(checksumStatus(readFileSync(path.join(opts.output, `${MAIN}.mdx`), 'utf8'))).toBe('generated');
  }, 60_000);

  it('Ctrl-C: the pages decided are written whole, nothing else; no state, no report, no lock; the next run completes', async () => {
    const { opts, statePath } = workspace({ workers: 0 });
    const stop = new AbortController();
    const run = ingestDirectory({ ...opts, ...way, signal: stop.signal, onProgress: (done) => { if (done === 2) stop.abort(); } });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const partial = texts(opts.output);
    // The signal comes as page 002 starts: pages 000–002 are decided and written, whole, and the run stops before 003.
    expect(partial).toEqual(Object.fromEntries(Object.entries(clean).filter(([f]) => /^00[0-2]-/.test(f))));
    expect(notArticles(opts.output)).toEqual([]);
    expect([existsSync(statePath), existsSync(opts.reportPath), existsSync(`${statePath}.lock`)]).toEqual([false, false, false]);
    const again = await ingestDirectory(opts);
    expect(again.totals.rejected).toBe(0);
    expect(texts(opts.output)).toEqual(clean);
  }, 60_000);
});

describe('one run at a time', () => {
  it('a run refuses to start while another holds the lock, and names it', async () => {
    const { opts, statePath } = workspace({ workers: 0 });
    mkdirSync(path.dirname(statePath), { recursive: true });
    const holder = { pid: process.pid, host: (await import('node:os')).hostname(), output: '/elsewhere', since: '2026-12-03T15:00:00.000Z' };
    writeFileSync(`${statePath}.lock`, JSON.stringify(holder));
    await expect(ingestDirectory(opts)).rejects.toMatchObject({ name: 'IngestLockedError' });
    await expect(ingestDirectory(opts)).rejects.toThrow(`another ingest is running (process ${process.pid} on ${holder.host}, since ${holder.since}, writing /elsewhere): wait for it to end, or remove ${statePath}.lock if no ingest is running`);
    expect(readdirSync(opts.output)).toEqual([]);
    expect(JSON.parse(readFileSync(`${statePath}.lock`, 'utf8'))).toEqual(holder); // not taken over
  });

  it('a killed run\'s lock and temporary files are taken over and removed; a live run\'s temporaries are not', async () => {
    const { opts, statePath } = workspace({ workers: 0 });
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has ended
    const live = process.ppid;
    mkdirSync(path.dirname(statePath), { recursive: true });
    mkdirSync(opts.output, { recursive: true });
    writeFileSync(`${statePath}.lock`, JSON.stringify({ pid: dead, host: (await import('node:os')).hostname(), output: opts.output, since: '2026-12-03T15:00:00.000Z' }));
    for (const name of [`${MAIN}.mdx.${dead}.tmp`, `${MAIN}.mdx.${dead}.bak`, `${EMBEDDED}.mdx.${live}.tmp`]) writeFileSync(path.join(opts.output, name), 'half an article');
    const notices: string[] = [];
    const report = await ingestDirectory({ ...opts, onNotice: (m) => notices.push(m) });
    expect(notices).toEqual([`an earlier ingest (process ${dead}, since 2026-12-03T15:00:00.000Z) did not finish: its lock is removed, its temporary files too at the end of this run`]);
    expect(report.totals).toMatchObject({ written: 10, rejected: 0 });
    expect(notArticles(opts.output)).toEqual([`${EMBEDDED}.mdx.${live}.tmp`]);
    expect(existsSync(`${statePath}.lock`)).toBe(false);
  });
});

describe('a raw page rewritten while the run goes on', () => {
  it('is recorded with the bytes it has when the run decides it, not those a worker read before', async () => {
    // More pages than the seeds, so that the workers read ahead of the page rewritten.
    const { input, opts, statePath } = workspace({ workers: 2, workersFrom: 0 });
    for (const f of readdirSync(path.join(ROOT, 'tests/fixtures/raw')).filter((f) => f.endsWith('.txt'))) cpSync(path.join(ROOT, 'tests/fixtures/raw', f), path.join(input, `zz-${f}`));
    const names = readdirSync(input).sort();
    const target = names[names.length - 3];
    const file = path.join(input, target);
    const rewritten = `${readFileSync(file, 'utf8')}\n\nوأضاف المصدر أن الاتصالات ستستأنف بعد عطلة نهاية الأسبوع.\n`;
    const report = await ingestDirectory({ ...opts, onProgress: (done) => { if (done === names.length - 3) writeFileSync(file, rewritten); } });
    expect(report.files.find((f) => f.file === target)!.status).toBe('ok');
    expect(state(statePath).files[target].hash).toBe(createHash('sha256').update(rewritten).digest('hex'));
    const slug = report.files.find((f) => f.file === target)!.slugs[0];
    expect(readFileSync(path.join(opts.output, `${slug}.mdx`), 'utf8')).toContain('ستستأنف بعد عطلة نهاية الأسبوع');
  }, 60_000);
});
