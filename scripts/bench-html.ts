// npm run bench:html -- [--pages N] [--seed S] [--workdir DIR]
// Ingest speed on saved web pages: renders N bench stories as HTML (scripts/bench/generate.ts,
// HTML mode: WordPress/JSON-LD, Drupal/Open Graph, AMP/custom shapes), then runs the real
// ingestDirectory over them (decode, parse, metadata, Readability, text rules, MDX, write)
// and reports pages per second; then the same number of the generator's .txt pages through the
// same ingest, so the two rates compare on the same machine state (a shared machine's load
// moves both). Writes only into the workdir (default /tmp/kb-bench-html).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBenchDictionary } from './bench/corpus';
import { createContext, generateHtmlPage, generatePage } from './bench/generate';
import { ingestDirectory } from '../src/ingest/run';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: opt } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'kb-bench' },
    workdir: { type: 'string', default: '/tmp/kb-bench-html' },
  },
});
const N = Number(opt.pages);
const W = path.resolve(opt.workdir!);
if (!path.relative(ROOT, W).startsWith('..')) throw new Error(`--workdir must be outside the source tree, got ${W}`);
rmSync(W, { recursive: true, force: true });
const ctx = createContext(opt.seed!, loadBenchDictionary(ROOT));

async function measure(kind: 'html' | 'txt') {
  const raw = path.join(W, kind, 'raw');
  mkdirSync(raw, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const page = kind === 'html' ? generateHtmlPage(ctx, i) : generatePage(ctx, i);
    writeFileSync(path.join(raw, page.name), page.text);
    bytes += Buffer.byteLength(page.text);
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await ingestDirectory({ input: raw, output: path.join(W, kind, 'articles'), reportPath: path.join(W, kind, 'report.json'), lenient: true });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const t = report.totals;
  // Wall time depends on what else runs on the machine; CPU time of this process is the rate
  // one free core would give.
  console.log(`${kind}: ${N} pages (${(bytes / N / 1024).toFixed(1)} KB/page) → ${t.articles} articles, ${t.rejected} rejected; `
    + `ingest ${seconds.toFixed(2)} s wall = ${(N / seconds).toFixed(0)} pages/s, ${cpuSeconds.toFixed(2)} s CPU = ${(N / cpuSeconds).toFixed(0)} pages per CPU-second`);
}

console.log(`bench:html (node ${process.version}, ${process.platform}/${process.arch}, load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
await measure('html');
await measure('txt');
