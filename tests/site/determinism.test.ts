// Two builds of the same corpus must produce byte-identical sites (search index included),
// so deployments diff cleanly and caches stay valid.
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { astroBuild, indexSearch } from './build';

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
    astroBuild({ outDir: second });
    indexSearch({ outDir: second });
    const a = listFiles(first).sort();
    const b = listFiles(second).sort();
    expect(b).toEqual(a);
    const differing = a.filter((f) => digest(path.join(first, f)) !== digest(path.join(second, f)));
    expect(differing).toEqual([]);
  });
});
