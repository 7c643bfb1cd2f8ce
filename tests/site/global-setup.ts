// Builds the bundled corpus twice (at the root and under BASE=/kb/) into .cache/,
// serves both on loopback, and hands their URLs to the site tests.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { serveStatic } from './server';
import { astroBuild, indexSearch } from './build';

// The /kb/ build also sets SITE, so absolute canonical, feed and sitemap URLs are tested too.
export const KB_SITE = 'https://kb.example.org';
export const SITE_BUILDS = {
  root: { base: '/', dir: path.resolve('.cache/test-dist/root'), site: '' },
  kb: { base: '/kb/', dir: path.resolve('.cache/test-dist/kb'), site: KB_SITE },
} as const;

function build(base: string, outDir: string, site: string) {
  astroBuild({ base, site, outDir });
  indexSearch({ base, site, outDir });
}

let servers: Server[] = [];

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    kbUrl: string;
    rootDir: string;
    kbDir: string;
  }
}

export default async function setup(project: TestProject) {
  // SKIP_SITE_BUILD=1 reuses the last test build (fast local iteration on browser tests).
  for (const { base, dir, site } of Object.values(SITE_BUILDS)) {
    if (process.env.SKIP_SITE_BUILD && existsSync(path.join(dir, 'index.html'))) continue;
    rmSync(dir, { recursive: true, force: true });
    build(base, dir, site);
  }
  const root = await serveStatic(SITE_BUILDS.root.dir, '/');
  const kb = await serveStatic(SITE_BUILDS.kb.dir, '/kb/');
  servers = [root.server, kb.server];
  project.provide('rootUrl', root.url);
  project.provide('kbUrl', kb.url);
  project.provide('rootDir', SITE_BUILDS.root.dir);
  project.provide('kbDir', SITE_BUILDS.kb.dir);
  return async () => {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  };
}
