// Test builds of the site, the way `npm run build` runs after ingest: `astro build`, then the
// search index. One place for the environment every test build needs.
import { spawnSync } from 'node:child_process';

export interface SiteBuild {
  outDir: string;
  /** Articles to build from (default: content/articles). */
  articlesDir?: string;
  base?: string;
  site?: string;
  searchShardSize?: number;
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
  };
}

function run(args: string[], b: SiteBuild): string {
  const r = spawnSync('npx', args, { env: buildEnv(b), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed (${r.status ?? r.signal}):\n${log.slice(-4000)}`);
  return log;
}

/** `astro build` into b.outDir; returns what it printed (stdout and stderr). */
export const astroBuild = (b: SiteBuild): string => run(['astro', 'build'], b);

/** The search index of a built site (scripts/index-search.ts → src/indexer/). */
export const indexSearch = (b: SiteBuild): string => run(['tsx', 'scripts/index-search.ts', '--site', b.outDir], b);
