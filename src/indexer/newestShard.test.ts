// Above the shard size the newest month is a shard of its own (the root bundle, on by default),
// and its word index is cut into small chunks (chunkSplit.ts): a daily update writes that shard
// only, a query fetches the pieces that hold its words, and the updated index equals a full
// build's byte for byte.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import { exportOrder } from '../lib/corpus/exports';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { chunkFiles, readChunkTable } from '../lib/search/chunks';
import { bundleLanguages } from '../lib/search/context';
import { corpusDocs } from '../lib/search/documents';
import { chunkWords } from '../lib/search/wordChunks';
import type { Actor, ArticleDoc as Article } from '../lib/types';
import { SMALL_CHUNK_BYTES } from './chunkSplit';
import { fileHashes } from './fileHashes.testkit';
import { loadActorList, loadArticles, loadCuratedBeside } from './read';

const ACTORS = path.resolve('content/actors.yaml');
const dirs: string[] = [];
const saved = { size: process.env.SEARCH_SHARD_SIZE, newest: process.env.SEARCH_NEWEST_SHARD };
afterAll(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  for (const [name, value] of [['SEARCH_SHARD_SIZE', saved.size], ['SEARCH_NEWEST_SHARD', saved.newest]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  vi.resetModules(); // the next file that imports write.ts loads it at the default size
});

let actors: Actor[];
let write: typeof import('./write');
let pool: Article[];
beforeAll(async () => {
  process.env.SEARCH_SHARD_SIZE = '12';
  delete process.env.SEARCH_NEWEST_SHARD; // the default
  vi.resetModules();
  write = await import('./write');
  actors = await loadActorList(ACTORS);
  pool = [...(await loadArticles(path.resolve('tests/fixtures/search/articles')))].filter((a) => a.date).sort((a, b) => (a.slug < b.slug ? -1 : 1)).slice(0, 18);
}, 60_000);

/**
 * 17 articles in shards of 12: 10 of 2025-01..04 (a shard), 3 of 2025-05 and 4 of the newest
 * month 2025-06 (the newest shard, whose newest month is split off).
 */
const dated = (articles: Article[]) => articles.map((a, i) => ({ ...a, date: i < 10 ? `2025-0${1 + (i % 4)}-1${i % 7}` : i < 13 ? `2025-05-2${i - 10}` : `2025-06-0${i - 12}` }));

async function index(articles: Article[], site: string) {
  const corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(ACTORS) });
  const { dated: d, undated: u } = exportOrder(corpus.articles);
  const at = new Map([...d, ...u].map((a, i) => [a.slug, i]));
  const docs = () => [...corpusDocs(corpus)].sort((x, y) => at.get(x.slug)! - at.get(y.slug)!);
  const stats = await write.writeSearchIndexFrom({ docs, actors, outputPath: path.join(site, 'pagefind'), vocabulary: loadSearchVocabularyBeside(ACTORS), reuse: { stateFile: path.join(site, 'shards.json'), key: 'test' } });
  return { stats, files: fileHashes(path.join(site, 'pagefind')) };
}

/** The root bundle's chunk table and its chunk files' words. */
function rootChunks(pagefind: string) {
  const entry = path.join(pagefind, 'pagefind-entry.json');
  const [{ hash }] = Object.values(bundleLanguages(readFileSync(entry, 'utf8'), entry));
  const table = readChunkTable(gunzipSync(readFileSync(path.join(pagefind, `pagefind.${hash}.pf_meta`))));
  const words = new Map(readdirSync(path.join(pagefind, 'index')).map((f) => [f.replace(/\.pf_index$/, ''), chunkWords(gunzipSync(readFileSync(path.join(pagefind, 'index', f))))]));
  return { table, words };
}

describe('the newest month as a shard of its own, its chunks cut small', () => {
  it('writes the newest shard only on a day\'s update, finds every word in its piece, and equals a full build', async () => {
    const base = dated(pool.slice(0, 17));
    const site = mkdtempSync(path.join(tmpdir(), 'newest-shard-'));
    dirs.push(site);
    const first = await index(base, site);
    expect(first.stats.shards).toBe(3);
    const shards = JSON.parse(readFileSync(path.join(site, 'pagefind', 'kb-shards.json'), 'utf8')) as { shards: Array<{ path: string }> };
    expect(shards.shards.map((s) => s.path)).toEqual(['', 'shard-2025-05_2025-06', 'shard-2025-01_2025-04']);

    // Pagefind wrote the newest month's words as one chunk; cut, every piece is within the size
    // (or one word), every file is in the table, and the runtime's lookup names, for each
    // word, the piece that holds it.
    const { table, words } = rootChunks(path.join(site, 'pagefind'));
    const names = table.filter((_x, i) => i % 3 === 2);
    expect(names.length).toBeGreaterThan(1);
    expect([...words.keys()].sort()).toEqual([...names].sort());
    for (const [name, ws] of words) {
      expect(ws.length === 1 || ws.reduce((n, w) => n + w.end - w.start, 0) <= SMALL_CHUNK_BYTES).toBe(true);
      for (const w of ws) expect(chunkFiles(table, w.word)).toEqual([name]);
    }

    // A day's update: an article of the newest day.
    const day = { ...pool[17], date: '2025-06-09' };
    const update = await index([...base, day], site);
    expect(update.stats.shards).toBe(3);
    expect(update.stats.rebuilt).toBe(1);
    const older = (files: Record<string, string>) => Object.entries(files).filter(([f]) => f.startsWith('shard-'));
    expect(older(update.files).length).toBeGreaterThan(10);
    expect(older(update.files)).toEqual(older(first.files));

    const full = mkdtempSync(path.join(tmpdir(), 'newest-shard-full-'));
    dirs.push(full);
    const fresh = await index([...base, day], full);
    expect(fresh.stats.rebuilt).toBe(fresh.stats.shards);
    expect(update.files).toEqual(fresh.files);
  }, 240_000);
});
