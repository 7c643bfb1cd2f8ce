import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArticleEntrySchema, articleDocs, readArticleFiles } from './articleFiles';

// Two seed articles in a folder of their own (the files are never modified in place).
const SEEDS = path.resolve('content/articles');
const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'article-files-'));
  dirs.push(dir);
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.mdx')).sort().slice(0, 2)) copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('readArticleFiles: the content sync\'s read kept for the corpus', () => {
  it('gives the next read the same parse when no file changed, once', async () => {
    const dir = folder();
    const first = await readArticleFiles(dir, { keepForNextRead: true });
    expect(first.map((f) => f.parsed?.frontmatter.title)).toHaveLength(2);
    expect(await readArticleFiles(dir)).toBe(first);
    // Taken: a third read parses again.
    expect(await readArticleFiles(dir)).not.toBe(first);
  });

  it('parses again when a file changed, was added or was removed since', async () => {
    for (const change of ['edit', 'add', 'remove'] as const) {
      const dir = folder();
      const [a, b] = readdirSync(dir).sort();
      const first = await readArticleFiles(dir, { keepForNextRead: true });
      if (change === 'edit') {
        const file = path.join(dir, a);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "عنوان معدل"'));
        utimesSync(file, new Date(), new Date(Date.now() + 5000));
      } else if (change === 'add') copyFileSync(path.join(dir, b), path.join(dir, `z-${b}`));
      else rmSync(path.join(dir, b));
      const next = await readArticleFiles(dir);
      expect(next, change).not.toBe(first);
      if (change === 'edit') expect(next[0].parsed?.frontmatter.title).toBe('عنوان معدل');
      expect(next.map((f) => f.file), change).toEqual(readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort());
    }
  });

  it('keeps nothing unless asked', async () => {
    const dir = folder();
    const first = await readArticleFiles(dir);
    expect(await readArticleFiles(dir)).not.toBe(first);
  });
});

describe('readArticleFiles: the parse cache of the last build (by file stamp)', () => {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // Margin 0: the files here were written moments before; a real build keeps 3 s (racy stamps).
  const read = (dir: string, cache: { file: string; code: string; read: boolean }) => {
    const stats = { parsed: 0, reused: 0 };
    return readArticleFiles(dir, { parseCache: cache, stats, racyMarginMs: 0 }).then((files) => ({ files, stats }));
  };
  const cacheOf = (dir: string, code = 'v1', readIt = true) => ({ file: path.join(dir, '..', `${path.basename(dir)}.files.tsv`), code, read: readIt });
  afterEach(() => dirs.forEach((d) => rmSync(`${d}.files.tsv`, { force: true })));

  it('parses only the files changed, added or never seen since the last read, with the same result as a parse', async () => {
    const dir = folder();
    const [a, b] = readdirSync(dir).sort();
    await wait(20);
    const first = await read(dir, cacheOf(dir));
    expect(first.stats).toEqual({ parsed: 2, reused: 0 });
    await wait(20);
    const second = await read(dir, cacheOf(dir));
    expect(second.stats).toEqual({ parsed: 0, reused: 2 });
    // What the cache gives is what a parse gives (the body only for a person's markup).
    const fresh = await readArticleFiles(dir);
    expect(second.files.map((f) => ({ ...f, parsed: { ...f.parsed, body: undefined } }))).toEqual(fresh.map((f) => ({ ...f, parsed: { ...f.parsed, body: undefined } })));

    const file = path.join(dir, a);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "عنوان معدل"'));
    copyFileSync(path.join(dir, b), path.join(dir, `z-${b}`));
    await wait(20);
    const third = await read(dir, cacheOf(dir));
    expect(third.stats).toEqual({ parsed: 2, reused: 1 });
    expect(third.files[0].parsed?.frontmatter.title).toBe('عنوان معدل');
    expect(third.files.map((f) => f.file)).toEqual([a, b, `z-${b}`]);
  });

  it('appends the parses of new files, the rest left as they were read: the entries are the ones a --full read saves', async () => {
    const dir = folder();
    const [, b] = readdirSync(dir).sort();
    await wait(20);
    await read(dir, cacheOf(dir));
    const before = readFileSync(cacheOf(dir).file, 'utf8');
    copyFileSync(path.join(dir, b), path.join(dir, `z-${b}`));
    await wait(20);
    expect((await read(dir, cacheOf(dir))).stats).toEqual({ parsed: 1, reused: 2 });
    const updated = readFileSync(cacheOf(dir).file, 'utf8');
    expect(updated.startsWith(before)).toBe(true);
    // The entries' lines (not the header nor a segment's time, which are times).
    const entries = (text: string) => text.split('\n').slice(1).filter((l) => l && !l.startsWith('\t')).sort();
    await read(dir, cacheOf(dir, 'v1', false)); // parses every file and saves them all
    expect(entries(updated)).toHaveLength(3);
    expect(entries(updated)).toEqual(entries(readFileSync(cacheOf(dir).file, 'utf8')));
  });

  it('reads nothing from a cache of another code version, a --full build (read: false), or a damaged file', async () => {
    const dir = folder();
    await wait(20);
    await read(dir, cacheOf(dir, 'v1'));
    await wait(20);
    expect((await read(dir, cacheOf(dir, 'v2'))).stats.parsed).toBe(2);
    await wait(20);
    expect((await read(dir, cacheOf(dir, 'v2', false))).stats.parsed).toBe(2);
    // The --full read saved what it parsed: the next build takes it.
    await wait(20);
    expect((await read(dir, cacheOf(dir, 'v2'))).stats).toEqual({ parsed: 0, reused: 2 });
    writeFileSync(cacheOf(dir).file, 'not a cache\n\u0000');
    expect((await read(dir, cacheOf(dir, 'v2'))).stats.parsed).toBe(2);
  });

  it('parses a file again when its stamp changed within the margin of the save (a racy stamp)', async () => {
    const dir = folder();
    const cache = cacheOf(dir);
    await readArticleFiles(dir, { parseCache: cache }); // saved right after the files were written
    const stats = { parsed: 0, reused: 0 };
    await readArticleFiles(dir, { parseCache: cache, stats }); // the real 3 s margin
    expect(stats.parsed).toBe(2);
  });

  it('names a file that does not parse on every read, never caching it', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'bad.mdx'), 'no frontmatter here\n');
    await wait(20);
    await read(dir, cacheOf(dir));
    await wait(20);
    const again = await read(dir, cacheOf(dir));
    expect(again.stats).toEqual({ parsed: 1, reused: 2 });
    expect(again.files.find((f) => f.file === 'bad.mdx')?.error).toMatch(/bad\.mdx: malformed frontmatter/);
  });
});

describe('articleDocs', () => {
  it('gives what the schema gives each parse, with `markup` from the collection, in the schema\'s key order', async () => {
    const dir = folder();
    const files = await readArticleFiles(dir);
    const marked = new Set([files[1].id]);
    const docs = articleDocs(files, marked);
    const direct = files.map((f) => {
      const r = ArticleEntrySchema.safeParse({ ...f.parsed!.frontmatter, paragraphs: f.parsed!.paragraphs, markup: marked.has(f.id) });
      return r.success ? { slug: f.id, ...r.data } : undefined;
    });
    expect(JSON.stringify(docs)).toBe(JSON.stringify(direct));
    expect(docs.map((d) => d.markup)).toEqual([false, true]);
    // A second call (the corpus after the content sync) gives the same, the markup set again.
    expect(articleDocs(files, new Set()).map((d) => d.markup)).toEqual([false, false]);
  });
});
