// The page words kept between index runs (pageWordsCache.ts) give the vocabulary a fresh count gives: every page's
// lists (the towns' contexts too, placeContexts.ts), the confirmed pairs — plurals, derivations, town nisbas — and the
// records' digests; an edited page is counted again, a removed one dropped, and a file written under another key is
// read as none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { confirmedPlurals, countPageWords, CorpusVocabulary, type CorpusReading, type PageWords } from '../lib/search/corpusPlurals';
import { confirmedDerivations, mergeReadings } from '../lib/search/corpusDerivations';
import { addPlacePage, confirmedNisbas, PlaceEvidence } from '../lib/search/corpusNisbas';
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
  // Real-shaped pages: the search fixtures' articles (a few hundred, enough for pairs to be confirmed), and the
  // session 35 derivation and town pages (hl-*: a town written bare after في and its adjective elsewhere).
  const all = (await loadArticles(path.resolve('tests/fixtures/search/articles'))).map((a) => ({ slug: a.slug, title: a.title, paragraphs: a.paragraphs }));
  pages = [...all.slice(0, 400), ...all.filter((a) => a.slug.startsWith('hl-'))].map(({ title, paragraphs }) => ({ title, paragraphs }));
}, 60_000);

const count = (p: Page) => countPageWords([p.title, ...p.paragraphs], indexCtx.known, indexCtx.patterns?.nisbas);
/** Plurals, derivations and town nisbas of one vocabulary, as the indexer merges them. */
function confirmAll(vocab: CorpusVocabulary, places: PlaceEvidence): { map: Map<string, CorpusReading[]>; nisbas: number } {
  const nisbas = confirmedNisbas(vocab, places, rules, indexCtx);
  return { map: mergeReadings(confirmedPlurals(vocab, rules, indexCtx), confirmedDerivations(vocab, rules, indexCtx), nisbas), nisbas: nisbas.size };
}

/** One index run's first pass through the cache: the vocabulary, its pairs and digests, and the cache's hits and misses. */
function pass(file: string, list: Page[], key = 'k', read = true) {
  const cache = new PageWordsCache(file, key, read);
  const vocab = new CorpusVocabulary(indexCtx.known);
  const places = new PlaceEvidence();
  const counted: PageWords[] = [];
  for (const p of list) {
    const w = cache.get(p.title, p.paragraphs, () => count(p));
    counted.push(w);
    vocab.addCounted(w);
    places.addPage(w.places!);
  }
  cache.save();
  vocab.seal();
  const { map, nisbas } = confirmAll(vocab, places);
  return { counted, map: JSON.stringify([...map]), nisbas, digests: vocab.pageDigests(map), hits: cache.hits, misses: cache.misses, vocab };
}

/** The same from nothing, through addPage. */
function fresh(list: Page[]) {
  const vocab = new CorpusVocabulary(indexCtx.known);
  const places = new PlaceEvidence();
  for (const p of list) addPlacePage(vocab, places, [p.title, ...p.paragraphs], indexCtx);
  vocab.seal();
  const { map, nisbas } = confirmAll(vocab, places);
  return { map: JSON.stringify([...map]), nisbas, digests: vocab.pageDigests(map), vocab };
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
    expect(want.nisbas).toBeGreaterThan(0); // town pairs among them, confirmed by the kept contexts
    for (const run of [first, second]) {
      expect(run.map).toBe(want.map);
      expect(run.digests).toEqual(want.digests);
    }
    second.counted.forEach((w, i) => expect(w).toEqual(count(pages[i])));
    // The stems' page lists, in the same order (the agreement test reads them page by page).
    for (const stem of second.counted[0].stems) expect(second.vocab.pagesOf(stem)).toEqual(want.vocab.pagesOf(stem));
  });

  it('counts an edited page again and drops a removed one', () => {
    const file = cacheFile();
    pass(file, pages);
    const edited = pages.map((p, i) => (i === 7 ? { ...p, paragraphs: [...p.paragraphs, 'وصلت قوافل التجار إلى الأسواق القديمة قبل الفجر'] } : p));
    const after = pass(file, edited);
    expect([after.hits, after.misses]).toEqual([pages.length - 1, 1]);
    expect(after.counted[7]).toEqual(count(edited[7]));
    expect(after.counted[7]).not.toEqual(count(pages[7]));
    expect(after.map).toBe(fresh(edited).map);
    expect(after.digests).toEqual(fresh(edited).digests);
    // Removed: the next run keeps only what the last used, so the old text of page 7 is counted again.
    const removed = edited.filter((_p, i) => i !== 3);
    expect(pass(file, removed).misses).toBe(0);
    const back = pass(file, [...removed, pages[7]]);
    expect([back.hits, back.misses]).toEqual([removed.length, 1]);
  });

  it('an update adding a town page confirms what a full build does', () => {
    const file = cacheFile();
    const base = pages.filter((_p, i) => i % 2 === 0);
    pass(file, base);
    // A new page writes a town bare after إلى and its adjective: the pair rests on the new page's contexts and the
    // kept pages' together.
    const added = [...base, { title: 'عودة الأسر', paragraphs: ['عادت الأسر إلى قرطوبة بعد الفيضان', 'وقال مزارعون قرطوبيون إن الحقول غمرتها المياه'] }];
    const update = pass(file, added);
    expect(update.misses).toBe(1);
    const full = fresh(added);
    expect(update.map).toBe(full.map);
    expect(update.nisbas).toBe(full.nisbas);
    expect(update.digests).toEqual(full.digests);
  });

  it('reads a file of the first format (no towns\' contexts) as none', () => {
    const file = cacheFile();
    const old = { v: 1, key: 'k', words: ['a'], pages: [] as string[][] };
    writeFileSync(file, JSON.stringify(old));
    expect(pass(file, pages.slice(0, 5)).misses).toBe(5);
  });

  it('reads nothing under another key or when told not to read', () => {
    const file = cacheFile();
    pass(file, pages.slice(0, 20));
    expect(pass(file, pages.slice(0, 20), 'other').misses).toBe(20);
    expect(pass(file, pages.slice(0, 20), 'other', false).misses).toBe(20);
  });
});
