// The corpus built from per-article results of earlier builds (cache.ts) equals a corpus built
// from nothing, after a sequence of additions, removals, edits and an editor's overrides: on the
// bundled articles and the labelled stories pages (dev), with the real curated data.
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusInput } from './buildCorpus';
import { JsonCorpusCache, keyOf, memoWithText, type CorpusCache } from './cache';
import { loadCuratedData } from '../data/load';
import { readBundledArticles, readPart } from '../stories/fixtures.test-helpers';
import type { Actor, ArticleDoc } from '../types';

const data = loadCuratedData();
const bundled: ArticleDoc[] = readBundledArticles();
const pool = [...bundled, ...readPart('dev')];

// What the comparison looks at: the whole corpus, Maps and Sets as sorted entries.
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v].sort() : v instanceof Set ? [...v].sort() : v)));
}

const fresh = (input: CorpusInput) => plain(buildCorpus(input));
// contentKeys and resultKeys (each article's cache keys, for page fingerprints) exist only with a cache.
const reused = (input: CorpusInput, cache: JsonCorpusCache, codeVersion = 'v1') => {
  const { contentKeys: _keys, resultKeys: _results, ...corpus } = buildCorpus(input, { cache, codeVersion });
  return plain(corpus);
};

const edited = (a: ArticleDoc, sentence: string): ArticleDoc => ({ ...a, paragraphs: [...a.paragraphs.slice(0, 1), sentence, ...a.paragraphs.slice(1)] });

describe('corpus built from cached per-article results', () => {
  // A corpus built cached and fresh at every step: 21 s at load ~30 on the 2 shared cores, past the unit default of 20 s.
  it('equals a fresh corpus after additions, removals, edits and overrides, and reuses most results', { timeout: 90_000 }, () => {
    const cache = new JsonCorpusCache();
    let articles = pool.slice(0, 12);
    const steps: Array<[string, (list: ArticleDoc[]) => ArticleDoc[]]> = [
      ['add four', (list) => [...list, ...pool.slice(12, 16)]],
      ['remove two', (list) => list.filter((_, i) => i !== 3 && i !== 7)],
      // Our own sentence: a person the dictionary lacks, introduced by a role (discovery), and Kyiv.
      ['edit one: a new person', (list) => list.map((a, i) => (i === 0 ? edited(a, 'وقال وزير الخارجية البيلاروسي ماكسيم ريجينكوف إن مينسك تدعم المحادثات مع كييف.') : a))],
      ['an editor removes an actor and adds a topic', (list) => list.map((a, i) => (i === 1 ? { ...a, actors: { remove: ['russia'] }, topics: { add: ['sanctions'] } } : a))],
      ['add the rest', (list) => [...list, ...pool.slice(16)]],
    ];
    expect(reused({ ...data, articles }, cache)).toEqual(fresh({ ...data, articles }));
    for (const [name, step] of steps) {
      articles = step(articles);
      const hitsBefore = cache.hits;
      const got = reused({ ...data, articles }, cache);
      expect(got, name).toEqual(fresh({ ...data, articles }));
      expect(cache.hits - hitsBefore, `${name}: results reused`).toBeGreaterThan(0);
    }
  });

  it('a change of the actor dictionary, an affiliation included, is never served from the cache', () => {
    const cache = new JsonCorpusCache();
    const articles = pool.slice(0, 16);
    reused({ ...data, articles }, cache);
    // Every actor affiliated with NATO now belongs to the EU: the relations' own-side rule changes.
    const actors: Actor[] = data.actors.map((a) => (a.affiliation === 'nato' ? { ...a, affiliation: 'european-union' } : a));
    expect(reused({ ...data, actors, articles }, cache)).toEqual(fresh({ ...data, actors, articles }));
  });

  it('saves only what the last build used, and a saved cache reloads to the same corpus', () => {
    const cache = new JsonCorpusCache();
    reused({ ...data, articles: pool.slice(0, 16) }, cache);
    const second = new JsonCorpusCache(cache.used());
    const articles = pool.slice(4, 16);
    const corpus = reused({ ...data, articles }, second);
    expect(corpus).toEqual(fresh({ ...data, articles }));
    expect(second.hits).toBeGreaterThan(second.misses);
    // The four articles left out are no longer in what is saved: one entry per article and stage.
    const saved = second.used();
    expect(Object.keys(saved).sort()).toEqual(['articlePairs', 'articlePairsAdded', 'discover', 'linkInputs', 'linkMentions', 'linkSummary', 'quoteRefs', 'relations', 'sameTextPairs', 'storyParts', 'topics']);
    expect(Object.keys(saved.discover)).toHaveLength(articles.length);
    expect(Object.values(saved).every((entries) => Object.keys(entries).length <= articles.length)).toBe(true);
  });

  it('a damaged saved entry is computed again, not a failed build', () => {
    const cache = new JsonCorpusCache();
    const articles = pool.slice(0, 6);
    reused({ ...data, articles }, cache);
    const saved = cache.used();
    // A build killed while writing leaves a line cut short.
    for (const entries of Object.values(saved)) for (const key of Object.keys(entries).slice(0, 2)) entries[key] = entries[key].slice(0, 5);
    const damaged = new JsonCorpusCache(saved);
    expect(reused({ ...data, articles }, damaged)).toEqual(fresh({ ...data, articles }));
    expect(damaged.misses).toBeGreaterThan(0);
    expect(Object.values(damaged.used()).every((entries) => Object.values(entries).every((text) => JSON.parse(text) !== undefined))).toBe(true);
  });

  it("the graph's kept pair counts follow an edit of an old article's date, and grow with new articles", () => {
    const cache = new JsonCorpusCache();
    const articles = pool.slice(0, 16);
    const before = reused({ ...data, articles }, cache) as { graph: unknown };
    // The article naming most actors moves to a later day: its pairs' last dates change.
    const at = articles.reduce((best, a, i) => (a.paragraphs.join(' ').length > articles[best].paragraphs.join(' ').length ? i : best), 0);
    const moved = articles.map((a, i) => (i === at ? { ...a, date: '2099-01-01' } : a));
    const after = reused({ ...data, articles: moved }, cache) as { graph: unknown };
    expect(after).toEqual(fresh({ ...data, articles: moved }));
    // The edit shows in the graph: kept pair counts left as they were would fail the line above.
    expect(after.graph).not.toEqual(before.graph);
    const added = [...moved, ...pool.slice(16, 20)];
    const pairsBefore = cache.used().articlePairs;
    expect(reused({ ...data, articles: added }, cache)).toEqual(fresh({ ...data, articles: added }));
    // The kept pairs are left as saved (their file moved, not written); the new four kept beside them.
    expect(cache.used().articlePairs).toEqual(pairsBefore);
    const kept = Object.values(cache.used().articlePairsAdded).map((text) => JSON.parse(text) as { articles: Array<{ slug: string }> });
    expect(kept.flatMap((k) => k.articles.map((a) => a.slug)).sort()).toEqual(pool.slice(16, 20).map((a) => a.slug).sort());
  });

  it('results of another code version are not read', () => {
    const cache = new JsonCorpusCache();
    reused({ ...data, articles: pool.slice(0, 6) }, cache, 'v1');
    const hits = cache.hits;
    reused({ ...data, articles: pool.slice(0, 6) }, cache, 'v2');
    expect(cache.hits).toBe(hits);
  });

  it("the articles' result keys are the same whether their topics were computed or read from the saved text", () => {
    const articles = pool.slice(0, 16);
    const first = new JsonCorpusCache();
    const computed = buildCorpus({ ...data, articles }, { cache: first, codeVersion: 'v1' });
    const second = new JsonCorpusCache(first.used());
    const read = buildCorpus({ ...data, articles }, { cache: second, codeVersion: 'v1' });
    expect(second.misses).toBe(0);
    expect([...read.resultKeys!].sort()).toEqual([...computed.resultKeys!].sort());
    // And each is the key of the article's topics as a value (no editor's topic override here).
    // Its link summary's entry is keyed by the article's content key first (buildCorpus keyFor).
    const summaries = Object.entries(second.used().linkSummary);
    for (const a of read.articles) {
      const [, summary] = summaries.find(([k]) => k.startsWith(read.contentKeys!.get(a.slug)!))!;
      expect(read.resultKeys!.get(a.slug), a.slug).toBe(keyOf('link', JSON.parse(summary).digest, 'topics', a.topics));
    }
  });
});

describe('memoWithText', () => {
  const topics = [{ id: 'sanctions', score: 0.5, evidence: ['عقوبات جديدة'] }, { id: 'talks', score: 1e-7 }];

  it('gives the value and its JSON text, computed or read, and counts like memo', () => {
    const cache = new JsonCorpusCache();
    let runs = 0;
    const made = memoWithText(cache, 'topics', 'k', () => (runs++, topics));
    const kept = memoWithText(cache, 'topics', 'k', () => (runs++, topics));
    expect(runs).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    expect(kept.value).toEqual(topics);
    expect(kept.text).toBe(made.text);
    // A key part given as the text hashes as the value does.
    expect(keyOf('link', kept.text)).toBe(keyOf('link', topics));
  });

  it('works with a cache that keeps values, not text', () => {
    const m = new Map<string, unknown>();
    const plainCache: CorpusCache = { get: (s, k) => m.get(`${s}/${k}`), set: (s, k, v) => void m.set(`${s}/${k}`, v) };
    memoWithText(plainCache, 'topics', 'k', () => topics);
    const kept = memoWithText(plainCache, 'topics', 'k', () => []);
    expect(kept.value).toEqual(topics);
    expect(keyOf(kept.text)).toBe(keyOf(topics));
  });
});
