// Two builds of the same corpus must produce byte-identical sites (search index included),
// so deployments diff cleanly and caches stay valid.
import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  );
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('reproducible builds', () => {
  it('a second build of the same corpus is byte-identical', () => {
    const first = inject('rootDir');
    const second = path.resolve('.cache/test-dist/root-again');
    rmSync(second, { recursive: true, force: true });
    const { BASE_URL: _ignored, ...env } = process.env;
    const opts = { env: { ...env, BASE: '/', OUT_DIR: second, ASTRO_CACHE_DIR: `${second}-cache` }, stdio: ['ignore', 'ignore', 'inherit'] as const };
    execFileSync('npx', ['astro', 'build'], opts);
    execFileSync('npx', ['tsx', 'scripts/index-search.ts', '--site', second], opts);
    const a = listFiles(first).sort();
    const b = listFiles(second).sort();
    expect(b).toEqual(a);
    const differing = a.filter((f) => digest(path.join(first, f)) !== digest(path.join(second, f)));
    expect(differing).toEqual([]);
  });
});
