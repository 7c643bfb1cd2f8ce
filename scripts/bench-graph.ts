// Benchmark of the relations graph at scale (not a timed test).
// Usage: npx tsx scripts/bench-graph.ts [--nodes 1000] [--edges 10000] [--skip-build]
// 1. generates a synthetic RelationGraph (seeded, power-law-ish degrees),
// 2. times layoutGraph on the whole graph and buildGraphView (what /graph/ draws),
// 3. builds the site with GRAPH_FIXTURE pointing at it and weighs /graph/index.html,
// 4. serves the build, zooms in headless Chromium and counts requestAnimationFrame frames.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { randomLcg } from 'd3-random';
import { layoutGraph } from '../src/lib/relations/layout';
import { buildGraphView } from '../src/lib/relations/view';
import type { GraphEdge, GraphNode, RelationGraph, RelationType } from '../src/lib/types';
import { launchBrowser } from '../tests/site/browser';
import { serveStatic } from '../tests/site/server';
import { graphViewFigures } from './bench/graph-metrics';

const TYPES: RelationType[] = ['talks', 'support', 'sanctions', 'accusation', 'mediation'];

const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : d;
};
const N = arg('--nodes', 1000);
const M = arg('--edges', 10000);
const work = '/tmp/bench-graph';
mkdirSync(work, { recursive: true });

function synthetic(): RelationGraph {
  const rnd = randomLcg(0.42);
  const types = ['person', 'country', 'organization'] as const;
  const nodes: GraphNode[] = Array.from({ length: N }, (_, i) => ({
    id: `actor-${i}`, name: `فاعل رقم ${i}`, en: `Actor ${i}`, type: types[i % 3],
    articles: Math.max(1, Math.round(400 / (1 + i) ** 0.8)), firstDate: '2024-01-01', lastDate: '2025-06-30', topics: ['peace-talks'],
  }));
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  while (edges.length < M) {
    // Preferential: low ids (big actors) get more ties.
    const a = Math.floor(N * rnd() ** 2), b = Math.floor(N * rnd());
    if (a === b) continue;
    const [s, t] = a < b ? [`actor-${a}`, `actor-${b}`] : [`actor-${b}`, `actor-${a}`];
    if (seen.has(`${s}|${t}`)) continue;
    seen.add(`${s}|${t}`);
    const weight = Math.max(1, Math.round(30 * rnd() ** 6));
    // About one pair in three states a typed relation (shape of src/lib/types.ts), spread over 18 months.
    const type = rnd() < 0.35 ? TYPES[Math.floor(rnd() * TYPES.length)] : null;
    const month = `${2024 + Math.floor(rnd() * 1.5)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`;
    const directed = type === 'support' || type === 'sanctions' || type === 'accusation';
    const [from, to] = directed && rnd() < 0.5 ? [t, s] : [s, t];
    const typed = type ? Math.max(1, Math.round(weight / 2)) : 0;
    edges.push({
      source: s, target: t, weight, articles: weight, types: type ? [type] : [], topics: ['peace-talks'],
      firstDate: `${month}-01`, lastDate: `${month}-28`,
      evidence: [{ slug: 'bench', paragraph: 'p-1', sentence: 'بحث الطرفان وقف إطلاق النار في اتصال هاتفي.', date: `${month}-01`, types: type ? [type] : [] }],
      ...({
        kind: type ? 'typed' : 'cooccurrence', typedWeight: typed, months: { [month]: weight },
        relations: type ? [{ type, from, to, directed, count: typed, firstDate: `${month}-01`, lastDate: `${month}-28`, months: { [month]: typed } }] : [],
      } as object),
    } as GraphEdge);
  }
  const ids = [...nodes].sort((x, y) => y.articles - x.articles || (x.id < y.id ? -1 : 1));
  edges.sort((x, y) => y.weight - x.weight || (x.source + x.target < y.source + y.target ? -1 : 1));
  return { nodes: ids, edges };
}

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

const graph = synthetic();
const fixture = path.join(work, 'graph.json');
writeFileSync(fixture, JSON.stringify(graph));
const [, fullMs] = time(() => layoutGraph(graph, { width: 1200, height: 800, seed: 1 }));
const [view, viewMs] = time(() => buildGraphView(graph));
console.log(`layout, whole graph (${N} nodes, ${M} edges): ${fullMs.toFixed(0)} ms`);
console.log(`buildGraphView (${view.nodes.length} nodes, ${view.edges.length} edges drawn; default view ${view.visible.nodes.size} nodes, ${view.visible.edges.size} edges, ${view.labels.size} labels): ${viewMs.toFixed(0)} ms`);

const out = path.join(work, 'dist');
if (!process.argv.includes('--skip-build')) {
  const env = { ...process.env, GRAPH_FIXTURE: fixture, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync('npx', ['astro', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
const html = path.join(out, 'graph/index.html');
const kb = (f: string) => (statSync(f).size / 1024).toFixed(0);
// Evidence is one file per source actor (/graph/evidence/<id>.json): an edge click loads one.
const evidenceDir = path.join(out, 'graph/evidence');
const evidenceSizes = readdirSync(evidenceDir).map((f) => statSync(path.join(evidenceDir, f)).size).sort((a, b) => a - b);
const kib = (b: number) => (b / 1024).toFixed(0);
console.log(`/graph/index.html: ${kb(html)} KiB; /graph/evidence/: ${evidenceSizes.length} files, ${kib(evidenceSizes.reduce((a, b) => a + b, 0))} KiB in all, median ${kib(evidenceSizes[evidenceSizes.length >> 1] ?? 0)} KiB, largest ${kib(evidenceSizes.at(-1) ?? 0)} KiB`);

const { server, url } = await serveStatic(out, '/');
const ctx = await launchBrowser({ width: 1280, height: 900 });
const page = await ctx.newPage();
await page.goto(`${url}graph/`, { waitUntil: 'networkidle' });
await page.waitForSelector('[data-graph-root][data-ready="true"]');
const figures = await graphViewFigures(page);
console.log(`default view in Chromium: ${figures.shownNodes} nodes, ${figures.shownEdges} edges, ${figures.isolatedNodes} isolated nodes, ${figures.labels} labels, ${figures.labelOverlaps} overlapping label pairs`);
const box = (await page.locator('[data-graph-svg]').boundingBox())!;
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
// A string, so the bundler's helpers (__name) do not leak into the page.
await page.evaluate('window.frames_ = 0; (function t() { window.frames_++; requestAnimationFrame(t); })();');
const t0 = Date.now();
for (let i = 0; i < 60; i++) {
  await page.mouse.wheel(0, i < 30 ? -120 : 120); // 30 steps in, 30 out
  await page.waitForTimeout(16);
}
const seconds = (Date.now() - t0) / 1000;
const frames = (await page.evaluate('window.frames_')) as number;
console.log(`zoom in headless Chromium: ${frames} frames in ${seconds.toFixed(2)} s = ${(frames / seconds).toFixed(0)} fps`);
await ctx.close();
server.close();
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`);
