import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getOutDirWithinCwd } from '../../node_modules/astro/dist/core/build/common.js';
import { buildLockDir, buildLockKey, releaseBuildLock, tryAcquireBuildLock } from './buildLock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'build-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const living = new Set([101, 102, 103]);
const isAlive = (pid: number) => living.has(pid);

describe('tryAcquireBuildLock', () => {
  it('lets builds of one article folder run together and keeps another folder waiting until they end', () => {
    expect(tryAcquireBuildLock(dir, '/a', 101, isAlive)).toBe(true);
    expect(tryAcquireBuildLock(dir, '/a', 102, isAlive)).toBe(true);
    expect(tryAcquireBuildLock(dir, '/b', 103, isAlive)).toBe(false);
    releaseBuildLock(dir, 101);
    expect(tryAcquireBuildLock(dir, '/b', 103, isAlive)).toBe(false);
    releaseBuildLock(dir, 102);
    expect(tryAcquireBuildLock(dir, '/b', 103, isAlive)).toBe(true);
    expect(tryAcquireBuildLock(dir, '/a', 101, isAlive)).toBe(false);
  });

  it('drops the holder of a build whose process is gone', () => {
    expect(tryAcquireBuildLock(dir, '/a', 999, isAlive)).toBe(true); // 999 is not alive
    expect(tryAcquireBuildLock(dir, '/b', 101, isAlive)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['101.json']);
  });

  it('waits while the critical section is held, and takes it back from a crashed process after 30 s', () => {
    mkdirSync(path.join(dir, '.mutex'));
    expect(tryAcquireBuildLock(dir, '/a', 101, isAlive)).toBe(false);
    const old = new Date(Date.now() - 31_000);
    utimesSync(path.join(dir, '.mutex'), old, old);
    expect(tryAcquireBuildLock(dir, '/a', 101, isAlive)).toBe(false); // this try removes it
    expect(tryAcquireBuildLock(dir, '/a', 101, isAlive)).toBe(true);
    expect(existsSync(path.join(dir, '.mutex'))).toBe(false);
  });
});

describe('buildLockKey', () => {
  it('is the article folder for an outDir inside the working directory, its own for one outside', () => {
    expect(buildLockKey('content/articles', '/w/p/dist', '/w/p', 7)).toBe('/w/p/content/articles');
    expect(buildLockKey('content/articles', '/w/p/.cache/x', '/w/p', 8)).toBe(buildLockKey('content/articles', '/w/p/dist', '/w/p', 9));
    expect(buildLockKey('content/articles', '/tmp/out', '/w/p', 7)).not.toBe(buildLockKey('content/articles', '/tmp/out', '/w/p', 8));
  });
});

// Astro bundles a build whose outDir is outside the working directory into `.astro/`, copies
// that folder whole into the site and deletes it: a lock there reached the user's site.
describe('buildLockDir', () => {
  it('is outside the folder Astro bundles into and copies into the site when the outDir is outside', () => {
    const root = pathToFileURL(process.cwd() + path.sep);
    const fallback = (getOutDirWithinCwd as (u: URL) => URL)(pathToFileURL(path.join(os.tmpdir(), 'out-elsewhere/')));
    expect(fallback.href).toBe(new URL('.astro/', root).href);
    expect(buildLockDir(root).startsWith(path.resolve('.astro'))).toBe(false);
    expect(buildLockDir(root).startsWith(process.cwd() + path.sep)).toBe(true);
  });
});

// Two processes of different folders, each holding the lock for a while: their times never overlap.
describe('acquireBuildLock across processes', () => {
  it('runs builds of different folders one after the other', async () => {
    const lockDir = path.join(dir, 'lock');
    const child = (key: string) =>
      new Promise<[number, number]>((resolve, reject) => {
        const code = `import { acquireBuildLock, releaseBuildLock } from ${JSON.stringify(path.resolve('src/astro/buildLock.ts'))};
          await acquireBuildLock(${JSON.stringify(lockDir)}, ${JSON.stringify(key)});
          const t0 = Date.now(); await new Promise((r) => setTimeout(r, 700)); const t1 = Date.now();
          releaseBuildLock(${JSON.stringify(lockDir)}); console.log(JSON.stringify([t0, t1]));`;
        const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        p.stdout.on('data', (d: Buffer) => (out += d));
        p.on('close', (c) => (c === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited ${c}`))));
      });
    const [a, b] = await Promise.all([child('/a'), child('/b')]);
    const [first, second] = a[0] < b[0] ? [a, b] : [b, a];
    expect(second[0]).toBeGreaterThanOrEqual(first[1]);
  }, 20_000);
});
