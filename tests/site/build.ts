// Test builds of the site, the way `npm run build` runs after ingest: `astro build`, then the
// search index. One place for the environment every test build needs.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface SiteBuild {
  outDir: string;
  /** Articles to build from (default: content/articles). */
  articlesDir?: string;
  base?: string;
  site?: string;
  searchShardSize?: number;
  /** Extra environment (e.g. TZ and LANG for the determinism test). */
  env?: Record<string, string>;
}

function buildEnv(b: SiteBuild): NodeJS.ProcessEnv {
  // vitest sets BASE_URL=/ in process.env; astro would let it override BASE in the child build.
  const { BASE_URL: _ignored, ...inherited } = process.env;
  return {
    ...inherited,
    BASE: b.base ?? '/',
    SITE: b.site ?? '',
    OUT_DIR: b.outDir,
    ASTRO_CACHE_DIR: `${b.outDir}-cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    ...(b.articlesDir ? { ARTICLES_DIR: b.articlesDir } : {}),
    ...(b.searchShardSize ? { SEARCH_SHARD_SIZE: String(b.searchShardSize) } : {}),
    ...b.env,
  };
}

function run(args: string[], b: SiteBuild): string {
  const r = spawnSync('npx', args, { env: buildEnv(b), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed (${r.status ?? r.signal}):\n${log.slice(-4000)}`);
  return log;
}

/** As run(), without blocking: the global setup builds its two sites side by side (two cores). */
function runAsync(args: string[], b: SiteBuild): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { env: buildEnv(b), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const log = Buffer.concat(out).toString('utf8');
      if (code === 0) resolve(log);
      else reject(new Error(`npx ${args.join(' ')} failed (${code ?? signal}):\n${log.slice(-4000)}`));
    });
  });
}

const ASTRO_BUILD = ['astro', 'build'];
const indexArgs = (b: SiteBuild) => ['tsx', 'scripts/index-search.ts', '--site', b.outDir];

/** `astro build` into b.outDir; returns what it printed (stdout and stderr). */
export const astroBuild = (b: SiteBuild): string => run(ASTRO_BUILD, b);

/** The search index of a built site (scripts/index-search.ts → src/indexer/). */
export const indexSearch = (b: SiteBuild): string => run(indexArgs(b), b);

/** astroBuild() then indexSearch(), in the background: `npm run build`'s two steps. */
export async function buildAndIndex(b: SiteBuild): Promise<void> {
  await runAsync(ASTRO_BUILD, b);
  await runAsync(indexArgs(b), b);
}

/** indexSearch() in the background. */
export const indexSearchAsync = (b: SiteBuild): Promise<string> => runAsync(indexArgs(b), b);

/**
 * A fresh raw folder `input` (its parent `work` emptied first) holding the bundled seeds
 * (content/raw) and `extra` pages copied as [from, name in the folder].
 */
export function seedsWith(work: string, input: string, extra: Array<[from: string, to: string]>): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(input, { recursive: true });
  for (const f of readdirSync('content/raw')) copyFileSync(path.join('content/raw', f), path.join(input, f));
  for (const [from, to] of extra) copyFileSync(from, path.join(input, to));
}
