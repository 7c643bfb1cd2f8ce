// npm run bench:html -- [--pages N] [--seed S] [--workdir DIR]
// Ingest speed on saved web pages: renders N bench stories as HTML (scripts/bench/generate.ts,
// HTML mode: WordPress/JSON-LD, Drupal/Open Graph, AMP/custom shapes), then runs the real
// ingestDirectory over them (decode, parse, metadata, Readability, text rules, MDX, write)
// and reports pages per second. Writes only into the workdir (default /tmp/kb-bench-html).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBenchDictionary } from './bench/corpus';
import { createContext, generateHtmlPage } from './bench/generate';
import { ingestDirectory } from '../src/lib/ingest/run';

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
const raw = path.join(W, 'raw');
mkdirSync(raw, { recursive: true });

const ctx = createContext(opt.seed!, loadBenchDictionary(ROOT));
let bytes = 0;
for (let i = 0; i < N; i++) {
  const page = generateHtmlPage(ctx, i);
  writeFileSync(path.join(raw, page.name), page.text);
  bytes += Buffer.byteLength(page.text);
}
const t0 = performance.now();
const report = await ingestDirectory({ input: raw, output: path.join(W, 'articles'), reportPath: path.join(W, 'report.json'), lenient: true });
const seconds = (performance.now() - t0) / 1000;
const t = report.totals;
console.log(`bench:html — ${N} pages (${(bytes / N / 1024).toFixed(1)} KB/page): ${t.articles} articles, ${t.rejected} rejected`);
console.log(`ingest: ${seconds.toFixed(2)} s, ${(N / seconds).toFixed(0)} pages/s (node ${process.version}, ${process.platform}/${process.arch})`);
