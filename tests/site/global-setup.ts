// Builds the bundled corpus twice (at the root and under BASE=/kb/) into .cache/, side by side
// (each build uses about one core; CI has two), derives the root site's index in shards of 3
// (search-shards and search-speed read it), serves both sites on loopback, and hands their
// URLs and folders to the site tests.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { serveStatic } from './server';
import { buildAndIndex, indexSearchAsync } from './build';

// The /kb/ build also sets SITE, so absolute canonical, feed and sitemap URLs are tested too.
export const KB_SITE = 'https://kb.example.org';
/**
 * The root site is built in UTC with the C locale: determinism.test.ts compares it with a
 * from-scratch build in another time zone and locale instead of building a second one.
 */
export const ROOT_BUILD_ENV = { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' };
export const SITE_BUILDS = {
  root: { base: '/', dir: path.resolve('.cache/test-dist/root'), site: '', env: ROOT_BUILD_ENV },
  kb: { base: '/kb/', dir: path.resolve('.cache/test-dist/kb'), site: KB_SITE, env: {} },
} as const;
/** The root site indexed again in shards of SHARD_SIZE articles (above SEARCH_SHARD_SIZE, docs/search.md). */
export const SHARDED = { dir: path.resolve('.cache/test-dist/root-shards'), shardSize: 3 } as const;

let servers: Server[] = [];

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    kbUrl: string;
    rootDir: string;
    kbDir: string;
    /** The root site with its index cut in shards of `shardSize` articles (served by the tests that read it). */
    shardedDir: string;
    shardSize: number;
  }
}

// SKIP_SITE_BUILD=1 reuses the last test build (fast local iteration on browser tests).
const reusable = (dir: string, file: string) => !!process.env.SKIP_SITE_BUILD && existsSync(path.join(dir, file));

async function buildSite({ base, dir, site, env }: (typeof SITE_BUILDS)[keyof typeof SITE_BUILDS]): Promise<void> {
  if (reusable(dir, 'index.html')) return;
  // From scratch, its Astro cache too (build.ts puts it beside the site): determinism.test.ts relies on it.
  for (const d of [dir, `${dir}-cache`]) rmSync(d, { recursive: true, force: true });
  await buildAndIndex({ base, site, outDir: dir, env });
}

async function shardRootIndex(): Promise<void> {
  if (reusable(SHARDED.dir, 'pagefind/kb-search.json')) return;
  rmSync(SHARDED.dir, { recursive: true, force: true });
  cpSync(SITE_BUILDS.root.dir, SHARDED.dir, { recursive: true });
  await indexSearchAsync({ outDir: SHARDED.dir, searchShardSize: SHARDED.shardSize });
}

export default async function setup(project: TestProject) {
  await Promise.all([buildSite(SITE_BUILDS.root).then(shardRootIndex), buildSite(SITE_BUILDS.kb)]);
  const root = await serveStatic(SITE_BUILDS.root.dir, '/');
  const kb = await serveStatic(SITE_BUILDS.kb.dir, '/kb/');
  servers = [root.server, kb.server];
  project.provide('rootUrl', root.url);
  project.provide('kbUrl', kb.url);
  project.provide('rootDir', SITE_BUILDS.root.dir);
  project.provide('kbDir', SITE_BUILDS.kb.dir);
  project.provide('shardedDir', SHARDED.dir);
  project.provide('shardSize', SHARDED.shardSize);
  return async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  };
}
