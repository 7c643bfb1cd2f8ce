// The extraction worker (extract-worker.ts) as one plain ES module, so that a worker thread loads
// it without a TypeScript loader: booting tsx in a worker (its loader hooks, a thread of their own,
// and each of ~100 modules compiled through them) cost each worker about 1 s of CPU before its
// first page, most of what a worker paid to start (docs/ingest.md, thirty-third round).
// The bundle is built with esbuild from the same sources and kept in the project's .cache/ under
// the hash of every file it was built from: a run whose sources are unchanged reads ~300 small
// files and loads it; any change builds it again. When it cannot be had (no esbuild, a read-only
// folder), the pool boots tsx in each worker as before: the output is the same either way.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = 'src/ingest/extract-worker.ts';
/** Bumped when the bundle's options change for the same sources. */
const FORMAT = 1;

/** What a cached bundle was built from: every input's hash, by its path relative to the project. */
interface Manifest { format: number; esbuild: string; bundle: string; inputs: Record<string, string> }

const hashOf = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The hash of each input now, or undefined when one is gone. */
function inputsNow(root: string, files: string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const file of files) {
    try { out[file] = hashOf(readFileSync(path.join(root, file))); } catch { return undefined; }
  }
  return out;
}

const sameInputs = (a: Record<string, string>, b: Record<string, string> | undefined) =>
  !!b && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** Writes via a temporary name and a rename: a run reading the folder meanwhile never sees half a file. */
function writeWhole(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/**
 * The worker bundle's file URL: the cached one when none of its inputs changed, else built anew
 * (`cacheDir`: the project's .cache/ingest-worker by default; tests pass their own). Undefined when
 * it cannot be built or written: the caller boots the TypeScript worker instead.
 */
export async function workerBundle(cacheDir = path.join(ROOT, '.cache/ingest-worker')): Promise<URL | undefined> {
  try {
    const manifestFile = path.join(cacheDir, 'manifest.json');
    let manifest: Manifest | undefined;
    try { manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest; } catch { manifest = undefined; }
    const esbuild = await import('esbuild');
    if (manifest?.format === FORMAT && manifest.esbuild === esbuild.version && sameInputs(manifest.inputs, inputsNow(ROOT, Object.keys(manifest.inputs)))) {
      const file = path.join(cacheDir, manifest.bundle);
      if (existsSync(file)) return pathToFileURL(file); // else removed: built again
    }
    const result = await esbuild.build({
      entryPoints: [ENTRY], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'esm', target: `node${process.versions.node}`,
      write: false, metafile: true, logLevel: 'silent',
      // CommonJS packages in the graph require Node's modules: an ES module has no `require` of its own.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    });
    const code = result.outputFiles[0].contents;
    // The inputs hashed as they are now; a file edited while esbuild read it is caught by the next run's comparison.
    const inputs = inputsNow(ROOT, Object.keys(result.metafile.inputs).sort());
    if (!inputs) return undefined;
    const bundle = `extract-worker-${hashOf(code).slice(0, 16)}.mjs`;
    mkdirSync(cacheDir, { recursive: true });
    writeWhole(path.join(cacheDir, bundle), code);
    writeWhole(manifestFile, `${JSON.stringify({ format: FORMAT, esbuild: esbuild.version, bundle, inputs } satisfies Manifest)}\n`);
    // Earlier bundles (older sources) are no longer named by the manifest.
    for (const f of readdirSync(cacheDir)) if (f.endsWith('.mjs') && f !== bundle) rmSync(path.join(cacheDir, f), { force: true });
    return pathToFileURL(path.join(cacheDir, bundle));
  } catch {
    return undefined;
  }
}

/** Options that load tsx (its `--import` / `--require` / `--loader` and their value): a bundle's worker needs no loader. */
const TSX_LOADER = /(^|[/\\@])tsx([/\\]|$)/;

/**
 * The worker's Node options: the thread's own less tsx's loader, or undefined (inherit them all)
 * when there is none to drop.
 */
export function bundleExecArgv(execArgv: readonly string[]): string[] | undefined {
  const out: string[] = [];
  for (let n = 0; n < execArgv.length; n++) {
    const arg = execArgv[n];
    const joined = /^--(import|require|loader|experimental-loader)=(.*)$/.exec(arg);
    if (joined) { if (!TSX_LOADER.test(joined[2])) out.push(arg); continue; }
    if (/^(--import|--require|-r|--loader|--experimental-loader)$/.test(arg) && n + 1 < execArgv.length) {
      if (!TSX_LOADER.test(execArgv[n + 1])) out.push(arg, execArgv[n + 1]);
      n++;
      continue;
    }
    out.push(arg);
  }
  return out.length === execArgv.length ? undefined : out;
}
