import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readArticleFiles } from './articleFiles';

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
