// A daily update's undated articles (copies embedded in the day's pages, dated by nothing of
// their own) enter the newest undated shard only; the older undated shards are moved from the
// last index, not written again, and the updated index equals a full build's byte for byte.
// The indexer reads the undated by their host page's date (exportOrder, as the site's export
// lists them), and the plan cuts them from their oldest end (src/lib/search/shardPlan.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import { exportOrder } from '../lib/corpus/exports';
import type { Corpus } from '../lib/corpus/types';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { corpusDocs } from '../lib/search/documents';
import type { Actor, ArticleDoc as Article } from '../lib/types';
import { loadActorList, loadArticles, loadCuratedBeside } from './read';
import { fileHashes } from './fileHashes.testkit';

const ACTORS = path.resolve('content/actors.yaml');
const dirs: string[] = [];
const saved = process.env.SEARCH_SHARD_SIZE;
const savedNewest = process.env.SEARCH_NEWEST_SHARD;
afterAll(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  if (saved === undefined) delete process.env.SEARCH_SHARD_SIZE;
  else process.env.SEARCH_SHARD_SIZE = saved;
  if (savedNewest === undefined) delete process.env.SEARCH_NEWEST_SHARD;
  else process.env.SEARCH_NEWEST_SHARD = savedNewest;
  vi.resetModules(); // the next file that imports write.ts loads it at the default size
});

let actors: Actor[];
let write: typeof import('./write');
let hosts: Article[];
let others: Article[];
beforeAll(async () => {
  process.env.SEARCH_SHARD_SIZE = '4';
  // The undated shards alone: the newest month apart (newestShard.test.ts) would also split this
  // plan's newest dated shard of one article once the day's page makes it two.
  process.env.SEARCH_NEWEST_SHARD = '0';
  vi.resetModules();
  write = await import('./write');
  actors = await loadActorList(ACTORS);
  const all = [...(await loadArticles(path.resolve('tests/fixtures/search/articles')))].filter((a) => a.date).sort((a, b) => (a.slug < b.slug ? -1 : 1));
  hosts = all.slice(0, 6);
  others = all.slice(6, 17);
}, 60_000);

/** An undated copy of `text` embedded in `host` (ingest's `<host>-e<n>`, no date of its own). */
const embedded = (host: Article, n: number, text: Article): Article => ({ ...text, slug: `${host.slug}-e${n}`, date: undefined, via: host.slug });

/** The corpus's documents in the export's order (the dated newest first, the undated by host date). */
function docs(corpus: Corpus) {
  const { dated, undated } = exportOrder(corpus.articles);
  const at = new Map([...dated, ...undated].map((a, i) => [a.slug, i]));
  return () => [...corpusDocs(corpus)].sort((x, y) => at.get(x.slug)! - at.get(y.slug)!);
}

async function index(articles: Article[], site: string) {
  const corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(ACTORS) });
  const stats = await write.writeSearchIndexFrom({ docs: docs(corpus), actors, outputPath: path.join(site, 'pagefind'), vocabulary: loadSearchVocabularyBeside(ACTORS), reuse: { stateFile: path.join(site, 'shards.json'), key: 'test' } });
  return { stats, files: fileHashes(path.join(site, 'pagefind')) };
}

describe('an update that adds a page with an embedded undated article', () => {
  it('writes the newest undated shard, keeps the older ones, and equals a full build', async () => {
    // 5 dated hosts with 2 embedded copies each: 10 undated, in shards of 4 (2, 4, 4).
    const old = hosts.slice(0, 5).map((h) => ({ ...h, date: `2025-0${hosts.indexOf(h) + 1}-10` }));
    const base = [...old, ...old.flatMap((h, i) => [embedded(h, 1, others[2 * i]), embedded(h, 2, others[2 * i + 1])])];
    // The day's page (dated after all) and its embedded copy, as a daily update brings them.
    const day = { ...hosts[5], date: '2025-06-10' };
    const updated = [...base, day, embedded(day, 1, others[10])];

    const site = mkdtempSync(path.join(tmpdir(), 'undated-shards-'));
    dirs.push(site);
    const first = await index(base, site);
    const undatedBefore = Object.entries(first.files).filter(([f]) => f.startsWith('shard-undated'));
    expect(first.stats.shards).toBe(5); // 2 dated, 3 undated
    expect(undatedBefore.length).toBeGreaterThan(0);

    const update = await index(updated, site);
    // The dated shard of the newest dates and the newest undated shard only.
    expect(update.stats.shards).toBe(5);
    expect(update.stats.rebuilt).toBe(2);
    const oldest = (files: Record<string, string>) => Object.entries(files).filter(([f]) => /^shard-undated-[12]\//.test(f));
    expect(oldest(update.files).length).toBeGreaterThan(0);
    expect(oldest(update.files)).toEqual(oldest(first.files));

    const full = mkdtempSync(path.join(tmpdir(), 'undated-shards-full-'));
    dirs.push(full);
    const fresh = await index(updated, full);
    expect(fresh.stats.rebuilt).toBe(fresh.stats.shards);
    expect(update.files).toEqual(fresh.files);
  }, 180_000);
});
