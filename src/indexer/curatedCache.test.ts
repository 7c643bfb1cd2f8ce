// The indexer's curated data kept between runs: what the cache gives back is what loading the
// project's files gives, and a changed file, another code key, a full build or a damaged cache
// loads them again.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadActors } from '../lib/data/load';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { buildContextBase, buildContextJson, contextWithCorpus } from '../lib/search/context';
import { indexerCuratedFile, loadIndexerCurated, type IndexerCurated } from './curatedCache';
import { loadSourcesBeside } from './read';

const projectContent = path.resolve('content');
const dir = mkdtempSync(path.join(tmpdir(), 'indexer-curated-'));
const content = path.join(dir, 'content');
const actorsFile = path.join(content, 'actors.yaml');
const cacheFile = indexerCuratedFile(path.join(dir, 'build', 'abc.search.json'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The project's curated files as they are (not the articles), and no cache, before each test.
beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const e of readdirSync(projectContent, { withFileTypes: true })) if (e.isFile()) copyFileSync(path.join(projectContent, e.name), path.join(content, e.name));
});

/** As scripts/index-search.ts loads it. */
function realLoad(): IndexerCurated {
  const actors = loadActors(actorsFile);
  const vocabulary = loadSearchVocabularyBeside(actorsFile);
  return { actors, sources: loadSourcesBeside(actorsFile), vocabulary, contextBase: buildContextBase(actors, vocabulary) };
}
/** A loader that counts its calls and gives a fresh small object each time. */
function counting() {
  const calls = { n: 0 };
  const load = (): IndexerCurated => ({ actors: [], sources: [], vocabulary: { families: [{ forms: [`w${++calls.n}`] }], concepts: [] } as unknown as IndexerCurated['vocabulary'] });
  return { calls, load };
}

describe('the indexer\'s curated data cache', () => {
  it('gives back what loading the project\'s files gives, from the second run on', () => {
    const cache = { file: cacheFile, codeKey: 'code-1', read: true };
    const first = loadIndexerCurated(realLoad, actorsFile, cache);
    expect(first.hit).toBe(false);
    expect(existsSync(cacheFile)).toBe(true);
    const second = loadIndexerCurated(() => { throw new Error('loaded although kept'); }, actorsFile, cache);
    expect(second.hit).toBe(true);
    expect(second.data.actors.length).toBeGreaterThan(100);
    expect(second.data.vocabulary.families.length).toBeGreaterThan(100);
    expect(second.data.vocabulary.patterns?.corpusPlurals).toBeDefined();
    // Deep equality with prototypes and every key: the serialisation loses nothing the indexer reads.
    const fresh = realLoad();
    expect(isDeepStrictEqual(second.data, fresh)).toBe(true);
    // The search context from the kept part and a corpus's counts: kb-search.json's bytes as
    // buildContextJson writes them from the files just parsed, keys in the order it always had.
    const [a, b, c] = fresh.actors;
    const corpus = { total: 3, articles: new Map([[a.id, 2], [b.id, 1]]), topics: { diplomacy: 'دبلوماسية' }, topicArticles: { diplomacy: 2 }, sources: { x: 'مصدر' }, labels: [a, b, { id: 'p-new', name: 'اسم جديد', en: 'A new name', type: 'person' as const }] };
    const kept = contextWithCorpus(second.data.contextBase!, second.data.actors, corpus);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(buildContextJson(fresh.actors, { ...fresh.vocabulary, ...corpus })));
    expect(Object.keys(kept)).toEqual(['version', 'known', 'rootClitic', 'aliases', 'families', 'verbs', 'notName', 'placeNames', 'keepHamza', 'ownPlurals', 'definite', 'unmarked', 'concepts', 'thesaurus', 'total', 'actors', 'topics', 'topicArticles', 'sources']);
    expect(kept.aliases.length).toBeGreaterThan(300);
    expect(kept.actors.map((x) => [x.id, x.articles])).toEqual([[a.id, 2], [b.id, 1], ['p-new', 0]]);
    expect(kept.actors.some((x) => x.id === c.id)).toBe(false);
  }, 120_000); // three loads of the real vocabulary: ~5 s each on a loaded machine

  it('loads again when a curated file changes, is added, or the code key changes', () => {
    const { calls, load } = counting();
    const cache = { file: cacheFile, codeKey: 'code-1', read: true };
    loadIndexerCurated(load, actorsFile, cache);
    expect(loadIndexerCurated(load, actorsFile, cache)).toMatchObject({ hit: true, data: { vocabulary: { families: [{ forms: ['w1'] }] } } });
    appendFileSync(path.join(content, 'search-forms.yaml'), '\n# a comment\n');
    expect(loadIndexerCurated(load, actorsFile, cache).hit).toBe(false);
    expect(loadIndexerCurated(load, actorsFile, cache).hit).toBe(true);
    writeFileSync(path.join(content, 'search-new.yaml'), 'x: 1\n');
    expect(loadIndexerCurated(load, actorsFile, cache).hit).toBe(false);
    expect(loadIndexerCurated(load, actorsFile, { ...cache, codeKey: 'code-2' }).hit).toBe(false);
    expect(calls.n).toBe(4);
    // The last load is what is kept.
    expect(loadIndexerCurated(load, actorsFile, { ...cache, codeKey: 'code-2' }).data.vocabulary.families[0].forms).toEqual(['w4']);
  });

  it('a full build (read off) loads and saves; no cache or a damaged one loads', () => {
    const { calls, load } = counting();
    const cache = { file: cacheFile, codeKey: 'code-1', read: true };
    loadIndexerCurated(load, actorsFile, cache);
    expect(loadIndexerCurated(load, actorsFile, { ...cache, read: false }).hit).toBe(false);
    expect(loadIndexerCurated(load, actorsFile, cache).data.vocabulary.families[0].forms).toEqual(['w2']);
    expect(loadIndexerCurated(load, actorsFile).hit).toBe(false);
    expect(calls.n).toBe(3);
    writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${readKey(cacheFile)}\n`), Buffer.from([0xff, 0x0f, 0x6f])]));
    expect(loadIndexerCurated(load, actorsFile, cache).hit).toBe(false);
    expect(calls.n).toBe(4);
  });
});

/** The key line of a kept file (the same key, a body V8 cannot read: a damaged cache). */
function readKey(file: string): string {
  const bytes = readFileSync(file);
  return bytes.subarray(0, bytes.indexOf(10)).toString();
}
