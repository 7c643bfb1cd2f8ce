// Shards written side by side (shardWorkers.ts) give the same index, byte for byte, as shards
// written one after another: each shard is its own Pagefind service's output alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { Corpus } from '../lib/corpus/types';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { corpusDocs } from '../lib/search/documents';
import type { Actor } from '../lib/types';
import { loadActorList, loadArticles, loadCuratedBeside } from './read';
import { pagefindServiceEnv, ShardPool, shardJobs } from './shardWorkers';
import { IndexTrace } from './trace';
import { fileHashes } from './fileHashes.testkit';

const ACTORS = path.resolve('content/actors.yaml');
const dirs: string[] = [];
const saved = { size: process.env.SEARCH_SHARD_SIZE, jobs: process.env.SEARCH_SHARD_JOBS };
afterAll(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  for (const [name, value] of [['SEARCH_SHARD_SIZE', saved.size], ['SEARCH_SHARD_JOBS', saved.jobs]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  // The unit files share a worker's modules (vitest.config.ts, isolate: false): the next file
  // that imports write.ts must load it at the default shard size, not this file's 4.
  vi.resetModules();
});

let actors: Actor[];
let corpus: Corpus;
let write: typeof import('./write');
beforeAll(async () => {
  // Shards of 4 articles: the size is read when write.ts loads.
  process.env.SEARCH_SHARD_SIZE = '4';
  vi.resetModules(); // another file in this worker may have loaded write.ts already
  write = await import('./write');
  actors = await loadActorList(ACTORS);
  // 40 articles → 10 shards: enough to prove the equality, and the test's time does not grow with
  // the search fixtures (every pass adds pages; at 68 shards it timed out on a loaded machine).
  const all = await loadArticles(path.resolve('tests/fixtures/search/articles'));
  const articles = [...all].sort((a, b) => (a.slug < b.slug ? -1 : 1)).slice(0, 40);
  corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(ACTORS) });
}, 60_000);


async function indexWith(jobs: string) {
  process.env.SEARCH_SHARD_JOBS = jobs;
  const site = mkdtempSync(path.join(tmpdir(), 'shard-jobs-'));
  dirs.push(site);
  const stats = await write.writeSearchIndexFrom({ docs: () => corpusDocs(corpus), actors, outputPath: path.join(site, 'pagefind'), vocabulary: loadSearchVocabularyBeside(ACTORS) });
  return { stats, files: fileHashes(path.join(site, 'pagefind')) };
}

describe('shards written side by side', () => {
  it('give the same index as shards written one after another', async () => {
    const one = await indexWith('1');
    const three = await indexWith('3');
    expect(one.stats.shards).toBeGreaterThan(2);
    expect(three.stats.rebuilt).toBe(three.stats.shards);
    expect(Object.keys(three.files).length).toBeGreaterThan(one.stats.shards * 3);
    expect(three.files).toEqual(one.files);
  }, 120_000);

  it('reaps each Pagefind service it ran, so that the service\'s CPU counts as this process\'s children\'s', async () => {
    const pool = new ShardPool(new IndexTrace(), 2);
    const site = mkdtempSync(path.join(tmpdir(), 'shard-reap-'));
    dirs.push(site);
    const record = (n: number) => `<!doctype html><html lang="ar"><body><main data-pagefind-body>نص ${n}</main></body></html>`;
    await Promise.all([0, 1].map((j) => pool.write(path.join(site, `shard-${j}`), async (add) => add(`a${j}`, `/articles/a${j}/`, record(j)))));
    expect(pool.services).toHaveLength(2);
    // A zombie (exited, not reaped) still answers signal 0; a reaped process is gone (ESRCH).
    for (const pid of pool.services) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  }, 60_000);

  it('starts each Pagefind service with an allocator that keeps its freed pages (no madvise per purge)', async () => {
    const pool = new ShardPool(new IndexTrace(), 1);
    const site = mkdtempSync(path.join(tmpdir(), 'shard-env-'));
    dirs.push(site);
    let environ = '';
    await pool.write(path.join(site, 'shard-0'), async (add) => {
      // The service is running while its records are fed: its environment as the kernel holds it.
      environ = readFileSync(`/proc/${pool.services[0]}/environ`, 'utf8');
      await add('a0', '/articles/a0/', '<!doctype html><html lang="ar"><body><main data-pagefind-body>نص</main></body></html>');
    });
    expect(pool.services).toHaveLength(1);
    expect(environ.split('\0')).toContain('_RJEM_MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1');
    // A setting of the caller's own is kept.
    expect(pagefindServiceEnv({ _RJEM_MALLOC_CONF: 'narenas:2' })).toEqual({ _RJEM_MALLOC_CONF: 'narenas:2' });
  }, 60_000);

  it('reads the number of jobs from SEARCH_SHARD_JOBS, 2 unless it is a whole number ≥ 1', () => {
    expect(shardJobs({})).toBe(2);
    expect(shardJobs({ SEARCH_SHARD_JOBS: '1' })).toBe(1);
    expect(shardJobs({ SEARCH_SHARD_JOBS: '0' })).toBe(2);
    expect(shardJobs({ SEARCH_SHARD_JOBS: 'x' })).toBe(2);
  });
});
