// The page words kept between index runs (pageWordsCache.ts) give the vocabulary a fresh count gives: every page's
// lists, the confirmed pairs and the records' digests; an edited page is counted again, a removed one dropped, and a
// file written under another key is read as none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { confirmedPlurals, countPageWords, CorpusVocabulary, type PageWords } from '../lib/search/corpusPlurals';
import { indexCtx, vocabulary } from '../lib/search/curatedMatch.testkit';
import { loadArticles } from './read';
import { PageWordsCache } from './pageWordsCache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const cacheFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-words-'));
  dirs.push(dir);
  return path.join(dir, 'search.words.json');
};

const rules = vocabulary.patterns!.corpusPlurals!;
type Page = { title: string; paragraphs: string[] };
let pages: Page[];
beforeAll(async () => {
  // Real-shaped pages: the search fixtures' articles (a few hundred, enough for pairs to be confirmed).
  pages = (await loadArticles(path.resolve('tests/fixtures/search/articles'))).slice(0, 400).map((a) => ({ title: a.title, paragraphs: a.paragraphs }));
}, 60_000);

/** One index run's first pass through the cache: the vocabulary, its pairs and digests, and the cache's hits and misses. */
function pass(file: string, list: Page[], key = 'k', read = true) {
  const cache = new PageWordsCache(file, key, read);
  const vocab = new CorpusVocabulary(indexCtx.known);
  const counted: PageWords[] = [];
  for (const p of list) {
    const w = cache.get(p.title, p.paragraphs, () => countPageWords([p.title, ...p.paragraphs], indexCtx.known));
    counted.push(w);
    vocab.addCounted(w);
  }
  cache.save();
  vocab.seal();
  const map = confirmedPlurals(vocab, rules, indexCtx);
  return { counted, map: JSON.stringify([...map]), digests: vocab.pageDigests(map), hits: cache.hits, misses: cache.misses, vocab };
}

/** The same from nothing, through addPage. */
function fresh(list: Page[]) {
  const vocab = new CorpusVocabulary(indexCtx.known);
  for (const p of list) vocab.addPage([p.title, ...p.paragraphs]);
  vocab.seal();
  const map = confirmedPlurals(vocab, rules, indexCtx);
  return { map: JSON.stringify([...map]), digests: vocab.pageDigests(map), vocab };
}

describe('page words kept between index runs', () => {
  it('reads back what a fresh count gives: each page, the confirmed pairs, the digests', () => {
    const file = cacheFile();
    const first = pass(file, pages);
    expect([first.hits, first.misses]).toEqual([0, pages.length]);
    const second = pass(file, pages);
    expect([second.hits, second.misses]).toEqual([pages.length, 0]);
    const want = fresh(pages);
    expect(JSON.parse(want.map).length).toBeGreaterThan(0); // pairs to compare
    for (const run of [first, second]) {
      expect(run.map).toBe(want.map);
      expect(run.digests).toEqual(want.digests);
    }
    second.counted.forEach((w, i) => expect(w).toEqual(countPageWords([pages[i].title, ...pages[i].paragraphs], indexCtx.known)));
    // The stems' page lists, in the same order (the agreement test reads them page by page).
    for (const stem of second.counted[0].stems) expect(second.vocab.pagesOf(stem)).toEqual(want.vocab.pagesOf(stem));
  });

  it('counts an edited page again and drops a removed one', () => {
    const file = cacheFile();
    pass(file, pages);
    const edited = pages.map((p, i) => (i === 7 ? { ...p, paragraphs: [...p.paragraphs, 'وصلت قوافل التجار إلى الأسواق القديمة قبل الفجر'] } : p));
    const after = pass(file, edited);
    expect([after.hits, after.misses]).toEqual([pages.length - 1, 1]);
    expect(after.counted[7]).toEqual(countPageWords([edited[7].title, ...edited[7].paragraphs], indexCtx.known));
    expect(after.counted[7]).not.toEqual(countPageWords([pages[7].title, ...pages[7].paragraphs], indexCtx.known));
    expect(after.map).toBe(fresh(edited).map);
    expect(after.digests).toEqual(fresh(edited).digests);
    // Removed: the next run keeps only what the last used, so the old text of page 7 is counted again.
    const removed = edited.filter((_p, i) => i !== 3);
    expect(pass(file, removed).misses).toBe(0);
    const back = pass(file, [...removed, pages[7]]);
    expect([back.hits, back.misses]).toEqual([removed.length, 1]);
  });

  it('reads nothing under another key or when told not to read', () => {
    const file = cacheFile();
    pass(file, pages.slice(0, 20));
    expect(pass(file, pages.slice(0, 20), 'other').misses).toBe(20);
    expect(pass(file, pages.slice(0, 20), 'other', false).misses).toBe(20);
  });
});
