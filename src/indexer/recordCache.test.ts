// The record cache (recordCache.ts) never serves a stale record: an index written with the
// records of an earlier run equals, file for file, an index written from nothing, after an
// article's text changed, after its filters changed, and after the keying context changed;
// and only what changed is made again.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { Corpus } from '../lib/corpus/types';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { corpusDocs } from '../lib/search/documents';
import type { SearchVocabulary } from '../lib/search/vocabulary';
import type { Actor } from '../lib/types';
import { loadActorList, loadArticles, loadCuratedBeside } from './read';
import { recordCacheDir, writeSearchIndexFrom } from './write';
import { fileHashes } from './fileHashes.testkit';

const ACTORS = path.resolve('content/actors.yaml');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
afterAll(() => pagefind.close());

let actors: Actor[];
let vocabulary: SearchVocabulary;
let corpus: Corpus;
beforeAll(async () => {
  actors = await loadActorList(ACTORS);
  vocabulary = loadSearchVocabularyBeside(ACTORS);
  const articles = await loadArticles(path.resolve('tests/fixtures/search/articles'));
  corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(ACTORS) });
}, 60_000);


/** The files that differ between two indexes (or are in one only). */
function differing(a: string, b: string): string[] {
  const [fa, fb] = [fileHashes(path.join(a, 'pagefind')), fileHashes(path.join(b, 'pagefind'))];
  return [...new Set([...Object.keys(fa), ...Object.keys(fb)])].filter((f) => fa[f] !== fb[f]).sort();
}

/** Indexes `c` into site/pagefind; with `state`, keeping records (and shards) between runs. */
async function index(c: Corpus, site: string, opts: { state?: string; vocabulary?: SearchVocabulary; keepWhole?: number } = {}) {
  return writeSearchIndexFrom({
    docs: () => corpusDocs(c),
    actors,
    outputPath: path.join(site, 'pagefind'),
    vocabulary: opts.vocabulary ?? vocabulary,
    reuse: opts.state ? { stateFile: opts.state, key: 'test' } : undefined,
    keepWhole: opts.keepWhole,
  });
}

function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), 'record-cache-'));
  dirs.push(root);
  return { cached: path.join(root, 'cached'), fresh: path.join(root, 'fresh'), state: path.join(root, '.cache/search.json') };
}

/** The corpus with one article changed by `edit` (same slug). */
function withArticle(c: Corpus, slug: string, edit: (a: Corpus['articles'][number]) => Corpus['articles'][number]): Corpus {
  expect(c.articles.some((a) => a.slug === slug)).toBe(true);
  return { ...c, articles: c.articles.map((a) => (a.slug === slug ? edit(a) : a)) };
}

// Each test writes four small Pagefind indexes: slow on a loaded machine.
describe('the record cache', { timeout: 120_000 }, () => {
  it('makes again only the record of an article whose text changed, and the index equals one written from nothing', async () => {
    const w = workspace();
    const first = await index(corpus, w.cached, { state: w.state });
    expect(first.recordsMade).toBe(corpus.articles.length);
    // An editor moves the lead paragraph to the end: the text changes, its words do not, so no reading the
    // corpus confirms (plurals, derivations, towns: each page's words) moves, and no other record is made.
    // (Dropping a paragraph may un-confirm a reading and rightly make again the pages that hold it.)
    const target = corpus.articles.filter((a) => a.paragraphs.length > 1)[7];
    const edited = withArticle(corpus, target.slug, (a) => ({ ...a, paragraphs: [...a.paragraphs.slice(1), a.paragraphs[0]] }));
    const second = await index(edited, w.cached, { state: w.state });
    expect(second.recordsMade).toBe(1);
    // The edited text's words were counted again: its record is made from the first pass's document (passDocs.ts).
    expect(second.reread).toBe(false);
    // From nothing, reading the documents a second time (nothing kept whole): the same index.
    const fresh = await index(edited, w.fresh, { keepWhole: 0 });
    expect(fresh.reread).toBe(true);
    expect(differing(w.cached, w.fresh)).toEqual([]);
    // The excerpt file is the new text.
    expect(readdirSync(recordCacheDir(w.state)).length).toBeGreaterThan(0);
  });

  it('is not fooled by a change outside the text: a filter, or the title', async () => {
    const w = workspace();
    await index(corpus, w.cached, { state: w.state });
    // An article with topics (emptying them must change its filters) and another: picked by what they hold, not by
    // position, so that new fixture pages sorted first do not make the edit a no-op.
    const a = corpus.articles.find((x) => x.topics.length > 0)!;
    const b = corpus.articles.find((x) => x.slug !== a.slug)!;
    let edited = withArticle(corpus, a.slug, (x) => ({ ...x, topics: [] }));
    edited = withArticle(edited, b.slug, (x) => ({ ...x, title: `${x.title} (محدث)` }));
    const second = await index(edited, w.cached, { state: w.state });
    expect(second.recordsMade).toBe(2);
    // The topics' change left the words as they were: that record needs the whole document, read again.
    expect(second.reread).toBe(true);
    // From nothing, every document kept whole: the limit set above the fixture corpus, which outgrew the default
    // (KEPT_WHOLE, 2,000) when session 47's pages joined (2,023 articles) — past it the fresh index reads twice by design.
    expect((await index(edited, w.fresh, { keepWhole: corpus.articles.length * 2 })).reread).toBe(false);
    expect(differing(w.cached, w.fresh)).toEqual([]);
  });

  it('reads no kept record without the last run\'s state (a full build deletes it)', async () => {
    const w = workspace();
    await index(corpus, w.cached, { state: w.state });
    rmSync(w.state);
    const second = await index(corpus, w.cached, { state: w.state });
    expect(second.recordsMade).toBe(corpus.articles.length);
    const third = await index(corpus, w.cached, { state: w.state });
    expect(third.recordsMade).toBe(0);
  });

  // The flake of tests/site/incremental.test.ts (session 8): a full build (no state, records not
  // read) left the buckets it did not write on disk, so a record of an earlier run's edited
  // text was still there; the next run hit it and moved the old index's excerpt file, which held
  // the text from before the edit. Same code key, same edit twice: a test run after another.
  it('keeps no record a run without the last state did not use: an edit made again is not served the old excerpt', async () => {
    const w = workspace();
    // The lead moved to the end: the excerpt changes, the words do not — so no reading the corpus confirms moves and
    // only this record is made again (new lead words rightly made six records again once the iu/iv pages joined).
    const target = corpus.articles.filter((a) => a.paragraphs.length > 1)[5];
    const edited = withArticle(corpus, target.slug, (a) => ({ ...a, paragraphs: [...a.paragraphs.slice(1), a.paragraphs[0]] }));
    await index(corpus, w.cached, { state: w.state });
    await index(edited, w.cached, { state: w.state }); // an earlier run that saw the edit
    rmSync(w.state); // a full build
    await index(corpus, w.cached, { state: w.state });
    const again = await index(edited, w.cached, { state: w.state });
    await index(edited, w.fresh);
    expect(differing(w.cached, w.fresh)).toEqual([]);
    expect(again.recordsMade).toBe(1);
  });

  it('makes every record again when the keying context changed (the word families)', async () => {
    const w = workspace();
    await index(corpus, w.cached, { state: w.state });
    const fewer: SearchVocabulary = { ...vocabulary, families: vocabulary.families?.slice(1) };
    expect(fewer.families?.length).toBeLessThan(vocabulary.families?.length ?? 0);
    const second = await index(corpus, w.cached, { state: w.state, vocabulary: fewer });
    expect(second.recordsMade).toBe(corpus.articles.length);
    await index(corpus, w.fresh, { vocabulary: fewer });
    expect(differing(w.cached, w.fresh)).toEqual([]);
  });
});
