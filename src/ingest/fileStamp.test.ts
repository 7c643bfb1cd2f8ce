// The ingest state's file stamps (fileStamp.ts): an unchanged file is trusted without being
// read, and a changed one is never taken for unchanged, even when its size and modification
// time were kept, nor when it changed right around the time the state was saved.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { fileStamp, trustedStamp } from './fileStamp';
import { ingestDirectory } from './run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-stamp-'));
  dirs.push(root);
  const input = path.join(root, 'raw');
  cpSync(path.join(ROOT, 'content/raw'), input, { recursive: true });
  const opts = { input, output: path.join(root, 'out'), reportPath: path.join(root, '.cache/report.json') };
  const stateFile = path.join(root, '.cache/ingest-state.json');
  /** As if the last run had saved its state a minute from now: every stamp it took is old enough to trust. */
  const ageState = () => {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    state.savedAt = Date.now() + 60_000;
    writeFileSync(stateFile, JSON.stringify(state));
  };
  return { input, opts, stateFile, ageState };
}

/** A whole second: a modification time that utimes can put back exactly. */
const ROUND_TIME = new Date('2026-01-01T00:00:00Z');

/** Rewrites a file (whose modification time is ROUND_TIME) with other bytes of the same length, and puts its modification time back. */
function replaceKeepingSizeAndMtime(file: string, from: string, to: string) {
  const before = statSync(file);
  expect(before.mtimeMs).toBe(ROUND_TIME.getTime());
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  expect(Buffer.byteLength(from)).toBe(Buffer.byteLength(to));
  writeFileSync(file, text.replace(from, to));
  utimesSync(file, ROUND_TIME, ROUND_TIME);
  expect(statSync(file).size).toBe(before.size);
  expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
}

describe('trustedStamp', () => {
  it('trusts the same stamp of a file changed well before the state was saved, nothing else', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stamp-'));
    dirs.push(root);
    const file = path.join(root, 'a.txt');
    writeFileSync(file, 'أ');
    const stamp = fileStamp(file)!;
    const changedAt = statSync(file).ctimeMs;
    expect(trustedStamp(stamp, stamp, changedAt + 60_000)).toBe(true);
    // Saved right after the change: it may have changed again within the same clock tick.
    expect(trustedStamp(stamp, stamp, changedAt + 1000)).toBe(false);
    expect(trustedStamp(stamp, stamp, undefined)).toBe(false);
    expect(trustedStamp(undefined, stamp, changedAt + 60_000)).toBe(false);
    writeFileSync(file, 'ب'); // same size
    expect(fileStamp(file)).not.toBe(stamp);
    expect(trustedStamp(stamp, fileStamp(file), changedAt + 60_000)).toBe(false);
    expect(fileStamp(path.join(root, 'missing.txt'))).toBeUndefined();
  });
});

describe('ingest with trusted stamps', () => {
  it('reuses unchanged pages and records a stamp for every page and article', async () => {
    const { opts, stateFile, ageState } = workspace();
    await ingestDirectory(opts);
    ageState();
    const second = await ingestDirectory(opts);
    expect(second.totals).toMatchObject({ pages: 5, articles: 10, written: 0, reused: 5 });
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    for (const [name, entry] of Object.entries<{ stamp: string; slugs: string[]; outputStamps: Record<string, string> }>(state.files)) {
      expect(entry.stamp).toBe(fileStamp(path.join(opts.input, name)));
      for (const slug of entry.slugs) expect(entry.outputStamps[slug]).toBe(fileStamp(path.join(opts.output, `${slug}.mdx`)));
    }
  });

  it('extracts a raw page again when its bytes changed, though its size and modification time did not', async () => {
    const { input, opts, ageState } = workspace();
    await ingestDirectory(opts);
    ageState();
    const page = path.join(input, '003_2a010a7cc3af768e.txt');
    utimesSync(page, ROUND_TIME, ROUND_TIME);
    await ingestDirectory(opts); // records the page's new stamp
    ageState();
    replaceKeepingSizeAndMtime(page, 'روسيا', 'روسية');
    const report = await ingestDirectory(opts);
    const file = report.files.find((f) => f.file === '003_2a010a7cc3af768e.txt')!;
    expect(file.status).toBe('ok'); // not 'reused'
    expect(file.articles.map((a) => a.outcome)).toContain('written');
    expect(readFileSync(path.join(opts.output, '003-2a010a7cc3af768e.mdx'), 'utf8')).toContain('روسية');
    expect(report.totals.reused).toBe(4);
  });

  it('sees a person\'s edit of an article that kept its size and modification time', async () => {
    const { opts, ageState } = workspace();
    await ingestDirectory(opts);
    ageState();
    const article = path.join(opts.output, '003-2a010a7cc3af768e.mdx');
    utimesSync(article, ROUND_TIME, ROUND_TIME);
    await ingestDirectory(opts); // records the article's new stamp
    ageState();
    replaceKeepingSizeAndMtime(article, 'روسيا', 'روسية');
    const edited = readFileSync(article, 'utf8');
    const report = await ingestDirectory(opts);
    expect(report.keptEdited).toEqual([{ slug: '003-2a010a7cc3af768e', file: '003_2a010a7cc3af768e.txt', reason: 'changed-by-ingest' }]);
    expect(readFileSync(article, 'utf8')).toBe(edited);
  });
});
