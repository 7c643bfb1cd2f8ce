// The time of a build's CPU profile (scripts/bench/astro-profile.cjs) by phase: each sample is
// classed by the functions on its stack (the first rule that matches any frame wins); the garbage
// collector's samples go to the phase of the sample before them, and are also shown apart.
// Usage: tsx scripts/bench/profile-phases.ts <file.cpuprofile>
import { readFileSync } from 'node:fs';

interface Frame { functionName: string; url: string }
interface Profile { nodes: { id: number; callFrame: Frame; children?: number[] }[]; samples: number[]; timeDeltas: number[] }

const PHASES: [string, (f: Frame) => boolean][] = [
  ['corpus: cache read', (f) => f.functionName === 'loadCorpusCache'],
  ['corpus: cache save', (f) => f.functionName === 'saveCorpusCache'],
  ['corpus: article files', (f) => f.functionName === 'readArticleFiles' || f.functionName === 'articleDocs'],
  ['corpus: buildCorpus', (f) => f.functionName === 'buildCorpus'],
  ['static exports: compression', (f) => f.functionName === 'compressOf'],
  ['route fingerprints (onlyChangedRoutes)', (f) => f.functionName === 'onlyChangedRoutes'],
  ['getStaticPaths: page views', (f) => f.functionName === 'getStaticPaths'],
  ['our modules, other', (f) => /\/\.astro\/|\/dist\/\.prerender\//.test(f.url)],
  ['Vite / Rollup bundling', (f) => /node_modules\/(rollup|vite|esbuild|@rollup|@vitejs)\//.test(f.url)],
  ['Astro compiler (wasm)', (f) => f.url.startsWith('wasm://') || f.url.includes('@astrojs/compiler')],
  ['module loading', (f) => f.url.includes('node:internal/modules')],
  ['Astro, other', (f) => f.url.includes('node_modules/astro/')],
];

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const classOf = new Map<number, string>();
function phase(id: number): string {
  const known = classOf.get(id);
  if (known) return known;
  const stack: Frame[] = [];
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) stack.push(byId.get(x)!.callFrame);
  const leaf = stack[0].functionName;
  let label = leaf === '(garbage collector)' ? 'GC' : leaf === '(idle)' ? 'idle' : leaf === '(program)' ? 'program' : 'other';
  if (label === 'other') {
    const i = PHASES.findIndex(([, test]) => stack.some(test));
    if (i >= 0) label = PHASES[i][0];
  }
  classOf.set(id, label);
  return label;
}
const total = new Map<string, number>();
const gc = new Map<string, number>();
let last = 'other';
let gcAll = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  let p = phase(id);
  if (p === 'GC' || p === 'program') {
    if (p === 'GC') gcAll += dt;
    gc.set(last, (gc.get(last) ?? 0) + dt);
    p = last;
  } else if (p !== 'idle') last = p;
  total.set(p, (total.get(p) ?? 0) + dt);
});
const busy = [...total].filter(([p]) => p !== 'idle').reduce((s, [, t]) => s + t, 0);
const s = (us: number) => (us / 1e6).toFixed(2).padStart(7);
console.log(`${s(busy)} s sampled busy (the profile's clock: under load it counts time the process waited for a core), garbage collector ${s(gcAll)} s (${((100 * gcAll) / busy).toFixed(1)} %)`);
for (const [p, t] of [...total].sort((a, b) => b[1] - a[1])) {
  if (p === 'idle') continue;
  console.log(`${s(t)} s ${((100 * t) / busy).toFixed(1).padStart(5)} %  ${p}${gc.get(p) ? ` (GC and VM ${s(gc.get(p)!).trim()} s)` : ''}`);
}
