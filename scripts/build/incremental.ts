// The disk side of incremental builds (docs/architecture.md «Builds»): the global fingerprint
// of everything that is not the corpus, the manifest of the last build, and moving a partial
// build's files into the site. Route fingerprints are computed inside `astro build` by the
// getStaticPaths hook (src/astro/routeFilter.ts); the decisions are src/lib/site/routes.ts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removedRoutes, routeFile, type PatternRoutes } from '../../src/lib/site/routes';

/** Bump when the manifest or the way routes are fingerprinted changes: the next build is full. */
export const MANIFEST_VERSION = 1;

export interface BuildManifest {
  version: number;
  outDir: string;
  global: string;
  /** Route → fingerprint of its props, for every dynamic route of the build. */
  routes: Record<string, string>;
  /** Size and mtime of each route's file when the build ended: a dist/ touched since is rebuilt in full. */
  files: Record<string, [number, number]>;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(path.join(dir, prefix))) return [];
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)]))
    .sort();
}

/**
 * Everything a page may show besides its props: the code, the curated data, the packages,
 * the public files and the settings. When it changes, every page may change: a full build.
 */
export function globalFingerprint(root: string, dataRoot: string, env: NodeJS.ProcessEnv): string {
  const h = createHash('sha1');
  h.update(`manifest ${MANIFEST_VERSION}\nnode ${process.version}\n`);
  const code = [
    // scripts/ too: the index step (scripts/index-search.ts) loads what its caches keep
    ...['src', 'public', 'scripts'].flatMap((d) => listFiles(path.join(root, d)).map((f) => path.join(d, f))),
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ].filter((f) => !f.endsWith('.test.ts')); // tests render nothing
  const data = readdirSync(path.join(dataRoot, 'content')).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join('content', f));
  for (const [dir, files] of [[root, code], [dataRoot, data]] as const) {
    for (const f of files) {
      h.update(`${f}\0`);
      h.update(readFileSync(path.join(dir, f)));
    }
  }
  for (const name of ['BASE', 'SITE', 'ARTICLES_DIR', 'ARTICLES_RENDER', 'GRAPH_FIXTURE', 'SEARCH_SHARD_SIZE', 'SEARCH_NEWEST_SHARD', 'EXPORT_PART_SIZE']) h.update(`${name}=${env[name] ?? ''}\0`);
  if (env.GRAPH_FIXTURE) h.update(readFileSync(env.GRAPH_FIXTURE));
  return h.digest('hex');
}

/**
 * The version of the code the corpus's per-article results come from (src/lib and the
 * packages): the corpus cache (src/lib/corpus/cache.ts) never serves another version's results.
 */
export function corpusCodeVersion(root: string): string {
  const h = createHash('sha1');
  const files = [...listFiles(path.join(root, 'src/lib')).filter((f) => !f.endsWith('.test.ts')).map((f) => path.join('src/lib', f)), 'package-lock.json'];
  for (const f of files) h.update(`${f}\0`).update(readFileSync(path.join(root, f)));
  return h.digest('hex');
}

/** The last build's record of `outDir`, under the build caches' folder (`.cache` by default). */
export function manifestPath(cacheRoot: string, outDir: string): string {
  return path.join(cacheRoot, 'build', `${createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 12)}.json`);
}

export function fileStamps(outDir: string, routes: Iterable<string>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const r of routes) {
    const f = routeFile(r);
    const s = statSync(path.join(outDir, f), { throwIfNoEntry: false });
    if (s) out[f] = [s.size, Math.round(s.mtimeMs)];
  }
  return out;
}

/** The last build's manifest, or why this build must be full. */
export function previousBuild(file: string, outDir: string, global: string): { manifest: BuildManifest } | { reason: string } {
  if (!existsSync(file)) return { reason: 'no earlier build recorded' };
  let manifest: BuildManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as BuildManifest;
  } catch (err) {
    return { reason: `${file} unreadable (${(err as Error).message})` };
  }
  if (manifest.version !== MANIFEST_VERSION) return { reason: 'manifest from another version' };
  if (manifest.outDir !== path.resolve(outDir)) return { reason: `manifest is for ${manifest.outDir}` };
  if (manifest.global !== global) return { reason: 'code, curated data, packages or settings changed' };
  if (!existsSync(path.join(outDir, 'index.html'))) return { reason: `${outDir} has no site` };
  for (const [f, [size, mtime]] of Object.entries(manifest.files)) {
    const s = statSync(path.join(outDir, f), { throwIfNoEntry: false });
    if (!s || s.size !== size || Math.round(s.mtimeMs) !== mtime) return { reason: `${path.join(outDir, f)} changed or missing since the last build` };
  }
  return { manifest };
}

/** What the hooks of one `astro build` wrote (one file per route pattern). */
export function readRouteRecords(dir: string): PatternRoutes[] {
  return listFiles(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as PatternRoutes);
}

/**
 * Moves a partial build (every static page, the changed routes, the assets) over the site,
 * then deletes the files of routes the corpus no longer has. Throws before touching the site
 * if a rendered route's file is missing (a hook whose pattern does not match its page file).
 */
export function mergePartialBuild(partialDir: string, outDir: string, records: PatternRoutes[], previous: Record<string, string>): { moved: number; removed: string[] } {
  for (const r of records) {
    for (const route of r.rendered) {
      if (!existsSync(path.join(partialDir, routeFile(route)))) {
        throw new Error(`incremental build: ${route} (pattern ${r.pattern}) wrote no ${routeFile(route)}: does the pattern given to onlyChangedRoutes match the page file's path?`);
      }
    }
  }
  const files = listFiles(partialDir);
  for (const f of files) {
    mkdirSync(path.dirname(path.join(outDir, f)), { recursive: true });
    renameSync(path.join(partialDir, f), path.join(outDir, f));
  }
  const current = Object.assign({}, ...records.map((r) => r.routes)) as Record<string, string>;
  const removed = removedRoutes(current, previous);
  for (const route of removed) {
    const file = path.join(outDir, routeFile(route));
    rmSync(file, { force: true });
    removeEmptyParents(path.dirname(file), outDir);
  }
  rmSync(partialDir, { recursive: true, force: true });
  return { moved: files.length, removed };
}

function removeEmptyParents(dir: string, stop: string) {
  const top = path.resolve(stop);
  for (let d = path.resolve(dir); d.startsWith(top + path.sep); d = path.dirname(d)) {
    if (readdirSync(d).length) return;
    rmdirSync(d);
  }
}

export function writeManifest(file: string, manifest: BuildManifest) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(manifest));
}
