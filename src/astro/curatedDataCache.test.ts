// The curated data kept between builds: what the cache gives back is what parsing the files
// gives (the project's own content/), and any change of a file, of the code or a damaged cache
// parses them again.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataFileError, loadCuratedData } from '../lib/data/load';
import { curatedDataKey, loadCuratedDataCached } from './curatedDataCache';

const projectContent = path.resolve('content');
const home = process.cwd();
let dir = '';

// One working directory for the file: the loaders keep each file's parse in memory while its
// stamp holds (src/lib/data/yaml.ts), so only the files a test edits are parsed again.
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'curated-cache-'));
  mkdirSync(path.join(dir, 'content'));
  for (const e of readdirSync(projectContent, { withFileTypes: true })) if (e.isFile()) copyFileSync(path.join(projectContent, e.name), path.join(dir, 'content', e.name));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The working directory with the project's curated files as they are (content/*, not the articles) and no cache. */
function workdir(): string {
  process.chdir(dir);
  for (const e of readdirSync('content')) if (!existsSync(path.join(projectContent, e))) rmSync(path.join('content', e));
  for (const e of readdirSync(projectContent, { withFileTypes: true })) {
    if (e.isFile() && !readFileSync(path.join(projectContent, e.name)).equals(readFileSync(path.join('content', e.name)))) copyFileSync(path.join(projectContent, e.name), path.join('content', e.name));
  }
  rmSync('.cache', { recursive: true, force: true });
  return dir;
}
afterEach(() => process.chdir(home));

const cacheIn = (d: string, codeVersion = 'code-1', read = true) => ({ file: path.join(d, '.cache/corpus.curated.v8'), codeVersion, read });

describe('the curated data cache', () => {
  it('gives back what parsing the files gives, from the second build on', () => {
    const d = workdir();
    const first = loadCuratedDataCached(cacheIn(d));
    expect(first.hit).toBe(false);
    expect(existsSync(cacheIn(d).file)).toBe(true);
    const second = loadCuratedDataCached(cacheIn(d));
    expect(second.hit).toBe(true);
    const parsed = loadCuratedData();
    // Same values, same key order (what the pages and the fingerprints read).
    expect(isDeepStrictEqual(second.data, parsed)).toBe(true);
    expect(JSON.stringify(second.data)).toBe(JSON.stringify(parsed));
    expect(second.data.actors.length).toBeGreaterThan(100);
    // The file's one parse of every curated file (~1.5 s of CPU quiet; past 20 s at load ~50).
  }, 60_000);

  it('parses again when a curated file is edited, added or removed, or the code changed', () => {
    const d = workdir();
    loadCuratedDataCached(cacheIn(d));
    const key0 = curatedDataKey('content', 'code-1');
    appendFileSync('content/topics.yaml', '\n# a comment\n');
    expect(curatedDataKey('content', 'code-1')).not.toBe(key0);
    expect(loadCuratedDataCached(cacheIn(d)).hit).toBe(false);
    expect(loadCuratedDataCached(cacheIn(d)).hit).toBe(true);
    expect(loadCuratedDataCached(cacheIn(d, 'code-2')).hit).toBe(false);
    writeFileSync('content/new-list.yaml', 'words: []\n');
    expect(loadCuratedDataCached(cacheIn(d, 'code-2')).hit).toBe(false);
    rmSync('content/new-list.yaml');
    expect(loadCuratedDataCached(cacheIn(d, 'code-2')).hit).toBe(false);
  });

  it('an actor edited in the file is the one the next build reads', () => {
    const d = workdir();
    const before = loadCuratedDataCached(cacheIn(d)).data.actors.find((a) => a.id === 'sergey-lavrov');
    expect(before).toBeDefined();
    appendFileSync('content/actors.yaml', '\n- id: test-added-actor\n  name: ممثل مضاف للاختبار\n  en: Test Added Actor\n  type: person\n');
    const after = loadCuratedDataCached(cacheIn(d));
    expect(after.hit).toBe(false);
    expect(after.data.actors.some((a) => a.id === 'test-added-actor')).toBe(true);
  });

  it('a --full build parses and saves; a damaged cache is parsed again', () => {
    const d = workdir();
    loadCuratedDataCached(cacheIn(d));
    expect(loadCuratedDataCached(cacheIn(d, 'code-1', false)).hit).toBe(false);
    const key = curatedDataKey('content', 'code-1');
    writeFileSync(cacheIn(d).file, `${key}\nnot a serialisation`);
    const again = loadCuratedDataCached(cacheIn(d));
    expect(again.hit).toBe(false);
    expect(isDeepStrictEqual(again.data, loadCuratedData())).toBe(true);
    expect(loadCuratedDataCached(cacheIn(d)).hit).toBe(true);
  });

  it('a file with an error is reported as before and nothing is kept from it', () => {
    const d = workdir();
    loadCuratedDataCached(cacheIn(d));
    appendFileSync('content/actors.yaml', '\n- id: sergey-lavrov\n  name: تكرار\n  en: Duplicate\n  type: person\n');
    expect(() => loadCuratedDataCached(cacheIn(d))).toThrow(DataFileError);
    expect(() => loadCuratedDataCached(cacheIn(d))).toThrow(/duplicates entry/);
  });
});
