// The search index's fragments carry each article's real paragraphs (issue 18, «a smaller
// dist/»): a result's excerpt is cut from its fragment's meta `p`, and the index writes no
// text file per article (pagefind/kb-text/<k>.kbt before), also after an update that reuses the
// last run's records.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { Corpus } from '../lib/corpus/types';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { corpusDocs } from '../lib/search/documents';
import { textKey } from '../lib/search/record';
import type { Actor } from '../lib/types';
import { loadActorList, loadArticles, loadCuratedBeside } from './read';
import { writeSearchIndexFrom } from './write';

const ACTORS = path.resolve('content/actors.yaml');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
afterAll(() => pagefind.close());

let actors: Actor[];
let corpus: Corpus;
beforeAll(async () => {
  actors = await loadActorList(ACTORS);
  const articles = await loadArticles(path.resolve('tests/fixtures/search/articles'));
  corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(ACTORS) });
}, 60_000);

function index(c: Corpus, site: string, state?: string) {
  return writeSearchIndexFrom({
    docs: () => corpusDocs(c),
    actors,
    outputPath: path.join(site, 'pagefind'),
    vocabulary: loadSearchVocabularyBeside(ACTORS),
    reuse: state ? { stateFile: state, key: 'test' } : undefined,
  });
}

/** Every fragment of the index as Pagefind's runtime reads it (a group file holds several). */
function fragments(site: string): Array<{ url: string; content: string; meta: Record<string, unknown> }> {
  const dir = path.join(site, 'pagefind', 'fragment');
  return readdirSync(dir).flatMap((name) => {
    const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    const json = JSON.parse(text.slice('pagefind_dcd'.length));
    return typeof json.url === 'string' ? [json] : Object.values(json);
  });
}

describe('the article text in the search fragments', { timeout: 120_000 }, () => {
  it('puts every article\'s paragraphs in its fragment, and writes no text file per article', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'index-text-'));
    dirs.push(site);
    await index(corpus, site);
    expect(existsSync(path.join(site, 'pagefind', 'kb-text'))).toBe(false);
    const byKey = new Map(corpus.articles.map((a) => [textKey(a), a]));
    const all = fragments(site);
    expect(all).toHaveLength(corpus.articles.length);
    for (const f of all) {
      const article = byKey.get(String(f.meta.k));
      expect(article, f.url).toBeDefined();
      expect(f.url).toBe(article!.url);
      expect(f.meta.p).toEqual(article!.paragraphs);
      expect(f.meta.title).toBe(article!.title);
      expect(f.content).toBe(''); // the key stream stays out (fragment.ts)
    }
  });

  it('gives an edited article its new text when the next run reuses the last run\'s records', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'index-text-'));
    dirs.push(root);
    const state = path.join(root, '.cache/search.json');
    await index(corpus, root, state);
    const target = corpus.articles[4];
    // The edit repeats the lead paragraph at the end: the text changes, the page's words do not, so no corpus-wide
    // reading moves and no other record is made again. New words would rightly move one: a sentence added here (4 words
    // of middle frequency) raised the chance overlap of تحف/تحفة's pages (corpusPlurals.ts agree: 8 shared words, 7.99
    // needed → 8.07) and un-confirmed the pair on the five other pages that hold it (session 45, helper idx).
    const text = [...target.paragraphs, target.paragraphs[0]];
    const edited = { ...corpus, articles: corpus.articles.map((a) => (a.slug === target.slug ? { ...a, paragraphs: text } : a)) };
    const second = await index(edited, root, state);
    expect(second.recordsMade).toBe(1);
    const all = fragments(root);
    expect(all.find((f) => f.meta.k === textKey(target))?.meta.p).toEqual(text);
    expect(all.filter((f) => Array.isArray(f.meta.p))).toHaveLength(corpus.articles.length);
  });
});
