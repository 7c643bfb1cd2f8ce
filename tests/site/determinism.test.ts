// Two builds from scratch — ingest of the raw pages, astro build, search index — must give
// byte-identical sites even when the second runs in another time zone and locale, so
// deployments diff cleanly and caches stay valid. Everything goes to temp folders under
// .cache/: content/articles is never touched. The first site is the global setup's root build
// (global-setup.ts: from scratch, in UTC with the C locale, from content/articles); the raw
// pages are ingested in that environment too, and must give content/articles byte for byte.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { astroBuild, indexSearch } from './build';
import { ROOT_BUILD_ENV } from './global-setup';

const WORK = path.resolve('.cache/test-determinism');
const ENVIRONMENTS = {
  utc: ROOT_BUILD_ENV,
  kiritimati: { TZ: 'Pacific/Kiritimati', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' },
} as const;

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  );
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Ingest content/raw into a fresh folder; returns the articles folder. */
function ingestFromScratch(name: keyof typeof ENVIRONMENTS): string {
  const env = ENVIRONMENTS[name];
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articlesDir = path.join(dir, 'articles');
  const r = spawnSync('npx', ['tsx', 'scripts/ingest.ts', '--input', 'content/raw', '--output', articlesDir, '--report', path.join(dir, 'ingest-report.json')], {
    env: { ...process.env, ...env }, encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ingest (${name}) failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return articlesDir;
}

/** Ingest content/raw into a fresh folder, build the site and its index; returns the site folder. */
function buildFromScratch(name: keyof typeof ENVIRONMENTS): string {
  const env = ENVIRONMENTS[name];
  const articlesDir = ingestFromScratch(name);
  const outDir = path.join(WORK, name, 'dist');
  astroBuild({ outDir, articlesDir, env });
  indexSearch({ outDir, articlesDir, env });
  return outDir;
}

let first: string;
let second: string;
beforeAll(() => {
  ingestFromScratch('utc');
  first = inject('rootDir');
  second = buildFromScratch('kiritimati');
});

describe('reproducible builds', () => {
  it('ingest and build twice, in another time zone and locale: byte-identical sites', () => {
    const a = listFiles(first).sort();
    const b = listFiles(second).sort();
    expect(a.length).toBeGreaterThan(20);
    expect(b).toEqual(a);
    const differing = a.filter((f) => digest(path.join(first, f)) !== digest(path.join(second, f)));
    expect(differing).toEqual([]);
  });

  it('the ingested articles are the bundled ones, byte for byte', () => {
    for (const name of Object.keys(ENVIRONMENTS)) {
      const dir = path.join(WORK, name, 'articles');
      expect(readdirSync(dir).sort()).toEqual(readdirSync('content/articles').sort());
      for (const f of readdirSync(dir)) expect(digest(path.join(dir, f)), `${name}/${f}`).toBe(digest(path.join('content/articles', f)));
    }
  });
});
