// Extraction in worker threads (pool.ts) against the same run on one thread: the seeds, the raw
// and HTML fixtures, the hostile pages (bad bytes, empty, binary, a duplicate, too large, a page
// deeper than any reader's recursion) and a hand-edited article, ingested both ways, then again
// after changes. The articles, the report and the reuse state must be the same, byte for byte
// (the state less its file stamps, which differ between any two folders).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestDirectory, type IngestOptions } from './run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** One input folder: every page of the seeds and fixtures, and a few written here. */
function inputFolder(root: string): string {
  const input = path.join(root, 'raw');
  cpSync(path.join(ROOT, 'content/raw'), input, { recursive: true });
  const copy = (dir: string, keep: (f: string) => boolean) => {
    for (const f of readdirSync(path.join(FIXTURES, dir)).filter(keep)) cpSync(path.join(FIXTURES, dir, f), path.join(input, `${dir}-${f}`));
  };
  copy('raw', (f) => f.endsWith('.txt'));
  copy('hostile', () => true);
  copy('html', (f) => f.endsWith('.html'));
  writeFileSync(path.join(input, 'zz-huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'ب'));
  writeFileSync(path.join(input, 'zz-copy-of-seed.txt'), `${readFileSync(path.join(input, '001_5779251ae6578792.txt'), 'utf8')}\n\n`);
  writeFileSync(path.join(input, 'zz-nested.html'), `<html><body><h1>عنوان خبر</h1>${'<div>'.repeat(20000)}<p>قال المتحدث إن المحادثات مستمرة.</p>${'</div>'.repeat(20000)}</body></html>`);
  mkdirSync(path.join(input, 'zz-folder'));
  return input;
}

/** Everything a run leaves: each article's text, the report and the state, with the folder's own path and the file stamps taken out. */
function outcome(opts: IngestOptions) {
  const root = path.dirname(opts.output);
  const articles = Object.fromEntries(readdirSync(opts.output).sort().map((f) => [f, readFileSync(path.join(opts.output, f), 'utf8')]));
  const report = readFileSync(opts.reportPath, 'utf8').replaceAll(root, '<root>');
  const state = JSON.parse(readFileSync(path.join(path.dirname(opts.reportPath), 'ingest-state.json'), 'utf8').replaceAll(root, '<root>'));
  delete state.savedAt;
  for (const entry of Object.values(state.files) as { stamp?: string; outputStamps?: Record<string, string> }[]) {
    entry.stamp = entry.stamp && '<stamp>';
    if (entry.outputStamps) entry.outputStamps = Object.fromEntries(Object.keys(entry.outputStamps).map((k) => [k, '<stamp>']));
  }
  return { articles, report, state: JSON.stringify(state, null, 2) };
}

const rawBytes = (input: string) => Object.fromEntries(readdirSync(input).sort().filter((f) => statSync(path.join(input, f)).isFile())
  .map((f) => [f, [readFileSync(path.join(input, f)).toString('base64'), statSync(path.join(input, f)).mtimeMs]]));

describe('ingest on worker threads', () => {
  it('writes what one thread writes, byte for byte, on a first run, after changes and a hand edit, and without its state', async () => {
    // Two copies of the same folder: one ingested on this thread, one by two workers.
    const ways = (['one thread', 'workers'] as const).map((way) => {
      const root = mkdtempSync(path.join(tmpdir(), 'ingest-workers-'));
      dirs.push(root);
      const input = inputFolder(root);
      const opts: IngestOptions = {
        input, output: path.join(root, 'articles'), reportPath: path.join(root, '.cache/report.json'), lenient: true,
        ...(way === 'workers' ? { workers: 2, workersFrom: 0 } : { workers: 0 }),
        onStart: (start) => starts.push(start),
      };
      const starts: { workers: number }[] = [];
      return { way, root, input, opts, starts, raw: rawBytes(input) };
    });
    const runBoth = async (label: string) => {
      for (const w of ways) await ingestDirectory(w.opts);
      const [one, workers] = ways.map((w) => outcome(w.opts));
      expect(Object.keys(workers.articles), label).toEqual(Object.keys(one.articles));
      for (const file of Object.keys(one.articles)) expect(workers.articles[file], `${label}: ${file}`).toBe(one.articles[file]);
      expect(workers.report, label).toBe(one.report);
      expect(workers.state, label).toBe(one.state);
      return JSON.parse(one.report);
    };

    const first = await runBoth('first run');
    expect(ways[0].starts.at(-1)).toMatchObject({ workers: 0 });
    expect(ways[1].starts.at(-1)).toMatchObject({ workers: 2 });
    // The folder holds what the comparison is about: articles written, pages rejected for each kind of reason, a duplicate.
    expect(first.totals.written).toBeGreaterThan(50);
    const reasons = first.files.filter((f: { status: string }) => f.status === 'rejected').map((f: { file: string; reason: string }) => `${f.file}: ${f.reason}`);
    for (const expected of [/hostile-binary\.txt: binary/, /hostile-invalid-utf8\.txt: not valid UTF-8/, /hostile-empty\.txt: empty/, /zz-huge\.txt: too large/, /zz-folder: a folder/]) {
      expect(reasons.some((r: string) => expected.test(r)), String(expected)).toBe(true);
    }
    expect(first.files.find((f: { file: string }) => f.file === 'zz-copy-of-seed.txt')).toMatchObject({ status: 'duplicate', duplicateOf: '001_5779251ae6578792.txt' });

    // A person edits an article; two raw pages change (one of them the edited article's); one goes away.
    // The state's stamps are too fresh to trust (fileStamp.ts): the workers hash every page and
    // extract only those whose hash the state does not know.
    for (const w of ways) {
      const article = path.join(w.opts.output, '003-2a010a7cc3af768e.mdx');
      writeFileSync(article, `${readFileSync(article, 'utf8').replace('title: ', 'title: معدل ')}\nفقرة أضافها محرر.\n`);
      for (const page of ['003_2a010a7cc3af768e.txt', 'raw-f01-breadcrumb-byline.txt']) {
        writeFileSync(path.join(w.input, page), `${readFileSync(path.join(w.input, page), 'utf8')}\nكلمات دلالية: لافروف، تركيا\n`);
      }
      rmSync(path.join(w.input, 'raw-f04-related-embedded.txt'));
      w.raw = rawBytes(w.input);
    }
    const second = await runBoth('after the changes');
    expect(second.keptEdited).toEqual([{ slug: '003-2a010a7cc3af768e', file: '003_2a010a7cc3af768e.txt', reason: 'changed-by-ingest' }]);
    expect(second.removed.length).toBeGreaterThan(0);
    expect(second.totals.reused).toBeGreaterThan(30);

    // Without the state every page is read and extracted again; nothing is rewritten, the edit is still kept.
    for (const w of ways) rmSync(path.join(w.root, '.cache/ingest-state.json'));
    const third = await runBoth('without the state');
    expect(third.totals.written).toBe(0);
    expect(third.keptEdited).toEqual(second.keptEdited);

    // Raw files were never written.
    for (const w of ways) expect(rawBytes(w.input)).toEqual(w.raw);
  }, 240_000);
});
