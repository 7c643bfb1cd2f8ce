// `npm run build`: ingest → astro build (full, or only the changed routes) → search index.
// Usage: tsx scripts/build.ts [--full] [--no-ingest]
//   --full       render every page even when an earlier build could be reused
//   --no-ingest  build from the articles as they are (ARTICLES_DIR or content/articles)
// Environment: OUT_DIR (default dist), ARTICLES_DIR, BASE, SITE, as for `astro build`;
//   BUILD_CACHE_DIR (default .cache): where the corpus cache and the build records are kept;
//   BUILD_BUNDLE_REUSE=0: an update bundles again instead of reusing the last build's bundles
//   (to measure what the reuse saves).
//
// A build is incremental when the last build of the same OUT_DIR is recorded in .cache/build/
// and nothing but the articles changed since (scripts/build/incremental.ts): the pages whose
// props changed are rendered into OUT_DIR.next/ and moved over the site, the files of routes
// that are gone are deleted, every other file stays as it is. See docs/architecture.md «Builds».
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childrenCpu } from './build/cpu';
import { MANIFEST_VERSION, corpusCodeVersion, fileStamps, globalFingerprint, manifestPath, mergePartialBuild, previousBuild, readRouteRecords, writeManifest } from './build/incremental';

// The project (code, config) is where this script is; data files and .cache/ are read from
// the working directory, as every stage does (the benchmark runs from its workdir).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cwd = process.cwd();
const outDir = path.resolve(process.env.OUT_DIR || 'dist');
const partialDir = `${outDir}.next`;
/** MB of each young-generation semi-space of the Astro build (V8's default is 16 on 64-bit). */
const ASTRO_SEMI_SPACE_MB = 64;
const seconds = (t0: number) => ((Date.now() - t0) / 1000).toFixed(1);

// A step's tool from the project's node_modules/.bin when it is there: `npx` resolving it first
// cost ~0.75 s of CPU per step (1.95 against 1.19 s for `tsx -e 0`, two pairs at load 23).
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = Date.now();
  const cpu0 = childrenCpu();
  const [tool, ...rest] = args;
  const r = tool === 'node' ? spawnSync(process.execPath, rest, { stdio: 'inherit', env }) : existsSync(bin(tool)) ? spawnSync(bin(tool), rest, { stdio: 'inherit', env }) : spawnSync('npx', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`build: ${label} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  const s = (Date.now() - t0) / 1000;
  const cpu1 = childrenCpu();
  console.log(`build: ${label} ${s.toFixed(1)} s${cpu0 !== undefined && cpu1 !== undefined ? ` (CPU ${(cpu1 - cpu0).toFixed(1)} s)` : ''}`);
  return s;
}

const t0 = Date.now();
if (!process.argv.includes('--no-ingest')) run('ingest', ['tsx', path.join(root, 'scripts/ingest.ts'), '--lenient']);

// A BASE_URL left in the environment would override BASE in the child build (astro.config.mjs).
const { BASE_URL: _ignored, ...inherited } = process.env;
const full = process.argv.includes('--full');
// The corpus reuses the per-article results of earlier builds (src/astro/corpus.ts); --full
// computes them all again (and saves them for the next build).
// The caches are the working directory's unless BUILD_CACHE_DIR says otherwise: a test's builds
// keep theirs in the test's own folder, never sharing one with other builds running beside them.
const cacheRoot = path.resolve(process.env.BUILD_CACHE_DIR || path.join(cwd, '.cache'));
// A larger young generation for the Astro process: the corpus rebuilt from its cache and the
// pages' views allocate many short-lived objects, and with V8's default 16 MB semi-space the
// scavenges took a fifth of an update's CPU (docs/scale.md «The fixed part», session 14).
// A semi-space the user set in NODE_OPTIONS is kept.
const nodeOptions = inherited.NODE_OPTIONS ?? '';
const astroNodeOptions = /--max-semi-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-semi-space-size=${ASTRO_SEMI_SPACE_MB}`.trim();
const env: NodeJS.ProcessEnv = { ...inherited, CORPUS_CACHE_DIR: path.join(cacheRoot, 'corpus'), CORPUS_CODE_VERSION: corpusCodeVersion(root), CORPUS_CACHE_READ: full ? '0' : '1' };
const global = globalFingerprint(root, cwd, env);
const manifestFile = manifestPath(cacheRoot, outDir);
console.log(`build: caches in ${cacheRoot}`);
// What the getStaticPaths hooks write (src/astro/routeFilter.ts), and what they read.
const routesDir = manifestFile.replace(/\.json$/, '.routes');
const previousFile = manifestFile.replace(/\.json$/, '.previous.json');
// The hashes of the search index's shards (src/indexer/shardReuse.ts): a full build reuses none.
const searchStateFile = manifestFile.replace(/\.json$/, '.search.json');
// The last build's server chunks, client assets and Astro's internals: an update of the same
// code generates its pages from them instead of bundling again (scripts/build/astro-build.mjs).
const astroBuild = ['node', path.join(root, 'scripts/build/astro-build.mjs'), root];
const bundleEnv = { BUILD_BUNDLE_DIR: manifestFile.replace(/\.json$/, '.bundle'), BUILD_BUNDLE_KEY: global };
const last = full ? { reason: '--full' } : previousBuild(manifestFile, outDir, global);
rmSync(routesDir, { recursive: true, force: true });
rmSync(partialDir, { recursive: true, force: true });
// Until this build is recorded, a half-updated site must not count as the last build.
rmSync(manifestFile, { force: true });

let routes: Record<string, string>;
if ('reason' in last) {
  console.log(`build: full (${last.reason})`);
  rmSync(searchStateFile, { force: true });
  rmSync(bundleEnv.BUILD_BUNDLE_DIR, { recursive: true, force: true });
  run('astro build (full)', astroBuild, { ...env, ...bundleEnv, BUILD_BUNDLE_REUSE: '0', NODE_OPTIONS: astroNodeOptions, OUT_DIR: outDir, BUILD_ROUTES_DIR: routesDir });
  routes = Object.assign({}, ...readRouteRecords(routesDir).map((r) => r.routes));
} else {
  writeFileSync(previousFile, JSON.stringify(last.manifest.routes));
  run('astro build (changed routes)', astroBuild, { ...env, ...bundleEnv, BUILD_BUNDLE_REUSE: process.env.BUILD_BUNDLE_REUSE === '0' ? '0' : '1', NODE_OPTIONS: astroNodeOptions, OUT_DIR: partialDir, BUILD_ROUTES_DIR: routesDir, BUILD_ROUTES_PREVIOUS: previousFile });
  const records = readRouteRecords(routesDir);
  const { removed } = mergePartialBuild(partialDir, outDir, records, last.manifest.routes);
  routes = Object.assign({}, ...records.map((r) => r.routes));
  const rendered = records.reduce((n, r) => n + r.rendered.length, 0);
  console.log(`build: incremental: ${rendered} of ${Object.keys(routes).length} routed pages rendered, ${removed.length} removed`);
}
run('search index', ['tsx', path.join(root, 'scripts/index-search.ts'), '--site', outDir, '--reuse-state', searchStateFile], { ...env, OUT_DIR: outDir, SEARCH_REUSE_KEY: global });
writeManifest(manifestFile, { version: MANIFEST_VERSION, outDir, global, routes, files: fileStamps(outDir, Object.keys(routes)) });
console.log(`build: done in ${seconds(t0)} s`);
