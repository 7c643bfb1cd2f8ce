// The worker bundle (worker-bundle.ts): built once and reused while its sources are unchanged,
// built again when one changes, and the options a bundle's worker starts with.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleExecArgv, workerBundle } from './worker-bundle';

const cache = mkdtempSync(path.join(tmpdir(), 'ingest-worker-bundle-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('workerBundle', () => {
  it('builds the extraction worker once, reuses it, and builds it again when the manifest no longer matches the sources', async () => {
    const first = await workerBundle(cache);
    expect(first).toBeDefined();
    const code = readFileSync(fileURLToPath(first!), 'utf8');
    expect(code).toContain('parentPort');
    expect(code).not.toMatch(/^import .* from ['"]\.\.?\//m); // one module: no relative import left
    const manifestFile = path.join(cache, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    expect(Object.keys(manifest.inputs)).toContain('src/ingest/extract-worker.ts');
    expect(Object.keys(manifest.inputs)).toContain('src/lib/ingest/extract.ts');
    expect((await workerBundle(cache))?.href).toBe(first!.href);
    // A source that no longer has the hash the bundle was built from: built again (same sources here, so the same bundle).
    manifest.inputs['src/lib/ingest/extract.ts'] = '0'.repeat(64);
    manifest.bundle = 'extract-worker-stale.mjs';
    writeFileSync(path.join(cache, manifest.bundle), 'stale');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect((await workerBundle(cache))?.href).toBe(first!.href);
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).inputs['src/lib/ingest/extract.ts']).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(path.join(cache, 'extract-worker-stale.mjs'))).toBe(false); // the manifest no longer names it
  }, 60_000);

  it('starts the worker without tsx\'s loader, keeping every other option', () => {
    const tsxCli = ['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs'];
    expect(bundleExecArgv(tsxCli)).toEqual([]);
    expect(bundleExecArgv(['--import', 'tsx', '--cpu-prof', '--require', './setup.cjs'])).toEqual(['--cpu-prof', '--require', './setup.cjs']);
    expect(bundleExecArgv(['--import=tsx/esm', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
    expect(bundleExecArgv(['--enable-source-maps'])).toBeUndefined(); // nothing to drop: inherited as it is
    expect(bundleExecArgv([])).toBeUndefined();
  });
});
