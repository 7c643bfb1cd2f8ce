// Two `astro build`s from one checkout share its `.astro/` folder, where Astro's content layer
// writes `content-modules.mjs` (which module renders which entry) and reads it back while
// bundling. Builds of different article folders (ARTICLES_DIR) at once would each bundle the
// other's map: an entry then fails to render (UnknownContentCollectionError). So a build holds a
// lock from config setup to `astro:build:done`: builds of the same folder may run together (they
// write the same map, atomically), a build of another folder waits. A build whose outDir is
// outside the working directory bundles its server code into `.astro/` itself (Astro's fallback)
// and deletes it when done, so it runs alone. A holder is a file named by
// its process id; a holder whose process is gone (a crashed build) is dropped. The lock lives in
// `.cache/build-lock/`, not in `.astro/`: a build whose outDir is outside copies all of `.astro/`
// into its site and deletes it (Astro's fallback), the lock with it (docs/scale.md, session 39).
import { mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** How long the short critical section may look held before it counts as left by a crashed process. */
const STALE_MUTEX_MS = 30_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One try: registers `pid` as a holder of the lock in `lockDir` for `key` if every live holder
 * holds the same key; returns whether it did. Holders of dead processes are removed on the way.
 */
export function tryAcquireBuildLock(lockDir: string, key: string, pid = process.pid, isAlive = alive): boolean {
  mkdirSync(lockDir, { recursive: true });
  const mutex = path.join(lockDir, '.mutex');
  try {
    mkdirSync(mutex);
  } catch {
    try {
      if (Date.now() - statSync(mutex).mtimeMs > STALE_MUTEX_MS) rmdirSync(mutex);
    } catch {
      // gone meanwhile: the next try takes it
    }
    return false;
  }
  try {
    for (const name of readdirSync(lockDir)) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(lockDir, name);
      const holder = Number(name.slice(0, -'.json'.length));
      if (holder === pid) continue;
      if (!isAlive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      let held: string | undefined;
      try {
        held = (JSON.parse(readFileSync(file, 'utf8')) as { key?: string }).key;
      } catch {
        held = undefined; // being written or torn: treat as another key
      }
      if (held !== key) return false;
    }
    writeFileSync(path.join(lockDir, `${pid}.json`), JSON.stringify({ key, pid }));
    return true;
  } finally {
    rmdirSync(mutex);
  }
}

export function releaseBuildLock(lockDir: string, pid = process.pid): void {
  rmSync(path.join(lockDir, `${pid}.json`), { force: true });
}

/** Waits until tryAcquireBuildLock succeeds, saying once what it waits for. */
export async function acquireBuildLock(lockDir: string, key: string, say: (msg: string) => void = () => {}): Promise<void> {
  let told = false;
  while (!tryAcquireBuildLock(lockDir, key)) {
    if (!told) say(`another astro build from this checkout is running (a different article folder, or an outDir outside it); waiting for it (${lockDir})`);
    told = true;
    await new Promise((r) => setTimeout(r, 250 + Math.random() * 250));
  }
}

/**
 * What a build may share the lock with: builds of the same article folder, unless its outDir is
 * outside the working directory (then nothing: its key is its own).
 */
export function buildLockKey(articlesDir: string, outDir: string, cwd = process.cwd(), pid = process.pid): string {
  const inside = path.resolve(cwd, outDir).startsWith(cwd); // Astro's own test (getOutDirWithinCwd)
  return inside ? path.resolve(cwd, articlesDir) : `${path.resolve(cwd, articlesDir)} alone:${pid}`;
}

/** Where the builds from the checkout `root` keep their lock: never in any build's output or bundle folder. */
export const buildLockDir = (root: URL): string => fileURLToPath(new URL('.cache/build-lock/', root));

/** The integration: `astro build` holds the lock of `<root>/.cache/build-lock` for `articlesDir`. */
export function buildLock(articlesDir: string): AstroIntegration {
  let lockDir = '';
  return {
    name: 'kb-build-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        lockDir = buildLockDir(config.root);
        await acquireBuildLock(lockDir, buildLockKey(articlesDir, fileURLToPath(config.outDir)), (m) => logger.info(m));
        process.once('exit', () => releaseBuildLock(lockDir));
      },
      'astro:build:done': () => {
        if (lockDir) releaseBuildLock(lockDir);
      },
    },
  };
}
