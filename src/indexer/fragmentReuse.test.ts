// A written shard's fragments are copied from the last index when Pagefind wrote the same bytes
// naming texts from the same records (fragmentReuse.ts), and the index is the same byte for byte
// as one slimmed anew.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { Corpus } from '../lib/corpus/types';
import { loadSearchVocabularyBeside } from '../lib/data/search';
import { corpusDocs } from '../lib/search/documents';
import { slimFragment } from '../lib/search/fragment';
import type { Actor } from '../lib/types';
import { fileHashes } from './fileHashes.testkit';
import { slimFragmentsIn } from './fragmentReuse';
import { loadActorList, loadArticles, loadCuratedBeside } from './read';
import { writeSearchIndexFrom } from './write';

const ACTORS = path.resolve('content/actors.yaml');
const dirs: string[] = [];
const tempDir = (name: string) => {
  const d = mkdtempSync(path.join(tmpdir(), name));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
afterAll(() => pagefind.close());

/** A fragment file as Pagefind writes it: gzipped, signed, the record's keys as its content. */
const pagefindFragment = (key: string, content: string) => gzipSync(`pagefind_dcd${JSON.stringify({ url: `/articles/${key}/`, content, word_count: 3, filters: { year: ['2025'] }, meta: { title: 'عنوان', k: key }, anchors: [] })}`);

describe('slimFragmentsIn', () => {
  const texts: Record<string, string[]> = { a1: ['الفقرة الأولى من الخبر.'], a2: ['خبر ثان عن المفاوضات.'] };
  const textOf = (k: string) => texts[k];
  const written = () => {
    const dir = path.join(tempDir('fragments-'), 'fragment');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ar_1.pf_fragment'), pagefindFragment('a1', 'مفاوض سلام'));
    writeFileSync(path.join(dir, 'ar_2.pf_fragment'), pagefindFragment('a2', 'مفاوض هدنه'));
    return dir;
  };

  it('copies the last slimmed file of the same bytes and records, and slims the others', () => {
    const lastDir = written();
    const last = slimFragmentsIn(lastDir, textOf, (k) => `record-${k}`);
    expect(last.reused).toBe(0);
    const expected = slimFragment(pagefindFragment('a1', 'مفاوض سلام'), 'x', textOf);
    expect(readFileSync(path.join(lastDir, 'ar_1.pf_fragment'))).toEqual(expected);

    // The next run: a1's bytes again (under another name), a2's text from another record, a3 new.
    const dir = path.join(tempDir('fragments-'), 'fragment');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ar_9.pf_fragment'), pagefindFragment('a1', 'مفاوض سلام'));
    writeFileSync(path.join(dir, 'ar_2.pf_fragment'), pagefindFragment('a2', 'مفاوض هدنه'));
    writeFileSync(path.join(dir, 'ar_3.pf_fragment'), pagefindFragment('a3', 'قمه'));
    texts.a3 = ['خبر ثالث.'];
    const edited: Record<string, string[]> = { ...texts, a2: ['خبر ثان، بعد التعديل.'] };
    const next = slimFragmentsIn(dir, (k) => edited[k], (k) => (k === 'a2' ? 'record-a2-edited' : `record-${k}`), { dir: lastDir, files: last.files });
    expect(next.reused).toBe(1);
    expect(readFileSync(path.join(dir, 'ar_9.pf_fragment'))).toEqual(expected);
    // Same Pagefind bytes, but the text changed: slimmed with the new text, not copied.
    expect(readFileSync(path.join(dir, 'ar_2.pf_fragment'))).toEqual(slimFragment(pagefindFragment('a2', 'مفاوض هدنه'), 'x', (k) => edited[k]));
    expect(next.files['ar_2.pf_fragment'][2]).toBe('record-a2-edited');
    expect(readFileSync(path.join(dir, 'ar_3.pf_fragment'))).toEqual(slimFragment(pagefindFragment('a3', 'قمه'), 'x', textOf));
  });

  it('slims a fragment whose last file is gone', () => {
    const lastDir = written();
    const last = slimFragmentsIn(lastDir, textOf, (k) => `record-${k}`);
    rmSync(path.join(lastDir, 'ar_1.pf_fragment'));
    const dir = path.join(tempDir('fragments-'), 'fragment');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ar_1.pf_fragment'), pagefindFragment('a1', 'مفاوض سلام'));
    const next = slimFragmentsIn(dir, textOf, (k) => `record-${k}`, { dir: lastDir, files: last.files });
    expect(next.reused).toBe(0);
    expect(readFileSync(path.join(dir, 'ar_1.pf_fragment'))).toEqual(slimFragment(pagefindFragment('a1', 'مفاوض سلام'), 'x', textOf));
  });
});

describe('an update\'s index with fragments copied from the last index', { timeout: 180_000 }, () => {
  let actors: Actor[];
  let corpus: Corpus;
  beforeAll(async () => {
    actors = await loadActorList(ACTORS);
    const articles = await loadArticles(path.resolve('tests/fixtures/search/articles'));
    corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(ACTORS) });
  }, 60_000);
  const index = (c: Corpus, site: string, state?: string) => writeSearchIndexFrom({
    docs: () => corpusDocs(c),
    actors,
    outputPath: path.join(site, 'pagefind'),
    vocabulary: loadSearchVocabularyBeside(ACTORS),
    reuse: state ? { stateFile: state, key: 'test' } : undefined,
  });

  it('is the same byte for byte as the index written from scratch', async () => {
    const root = tempDir('fragment-reuse-');
    const state = path.join(root, '.cache/search.json');
    const first = await index(corpus, root, state);
    expect(first.fragmentsReused).toBe(0);
    // One article's text edited: below the shard size the one index is written again. The edit repeats the lead
    // paragraph at the end, so the page's words stay: taking words away or adding new ones can move readings drawn from
    // the whole corpus (a plural read where the corpus holds both forms and their pages' words agree), and so other
    // pages' records — rightly rewritten, but then not this test's count (write.test.ts: an added sentence did).
    const target = corpus.articles[3];
    const edited = { ...corpus, articles: corpus.articles.map((a) => (a.slug === target.slug ? { ...a, paragraphs: [...a.paragraphs, a.paragraphs[0]] } : a)) };
    const second = await index(edited, root, state);
    expect(second.rebuilt).toBe(1);
    expect(second.fragmentsReused).toBe(corpus.articles.length - 1);
    const scratch = tempDir('fragment-scratch-');
    await index(edited, scratch);
    expect(fileHashes(path.join(root, 'pagefind'))).toEqual(fileHashes(path.join(scratch, 'pagefind')));
  });
});
