import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseOf, readParseCache, saveParseCache, type ParseLine } from './parseCache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function cacheFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
  dirs.push(dir);
  return path.join(dir, 'corpus.files.tsv');
}
const line = (file: string, stamp: string, title = file): ParseLine => ({
  file,
  stamp,
  json: JSON.stringify({ frontmatter: { title }, paragraphs: [title], markup: false }),
});
const titles = (file: string) => {
  const read = readParseCache(file, 'c1')!;
  return Object.fromEntries([...read.entries].map(([name, saved]) => [name, [saved.stamp, parseOf(saved)?.frontmatter.title, saved.savedAt]]));
};

describe('the parse cache: appended by the files parsed, written whole when a quarter is dead', () => {
  it('appends a segment with its own save time; a later line of a file stands for it', () => {
    const file = cacheFile();
    const ten = Array.from({ length: 10 }, (_, i) => line(`a${i}.mdx`, `s${i}`));
    expect(saveParseCache(file, 'c1', undefined, ten, ten, 1000)).toBe('written');
    const edited = line('a3.mdx', 's3b', 'edited');
    const added = line('b.mdx', 'sb');
    const all = [...ten.slice(0, 3), edited, ...ten.slice(4), added];
    expect(saveParseCache(file, 'c1', readParseCache(file, 'c1'), all, [edited, added], 2000)).toBe('appended');
    const got = titles(file);
    expect(Object.keys(got)).toHaveLength(11);
    expect(got['a2.mdx']).toEqual(['s2', 'a2.mdx', 1000]);
    expect(got['a3.mdx']).toEqual(['s3b', 'edited', 2000]);
    expect(got['b.mdx']).toEqual(['sb', 'b.mdx', 2000]);
    expect(readParseCache(file, 'c1')!.lines).toBe(12); // one dead: a3's first line
    // Nothing parsed: nothing written.
    expect(saveParseCache(file, 'c1', readParseCache(file, 'c1'), all, [], 3000)).toBe('unchanged');
    expect(readParseCache(file, 'c1')!.lines).toBe(12);
  });

  it('writes the live lines whole once the dead ones pass a quarter of them (files removed or parsed again)', () => {
    const file = cacheFile();
    const eight = Array.from({ length: 8 }, (_, i) => line(`a${i}.mdx`, `s${i}`));
    saveParseCache(file, 'c1', undefined, eight, eight, 1000);
    // Two of eight removed, one parsed again: 3 dead of 6 live — past a quarter.
    const again = line('a0.mdx', 's0b');
    const live = [again, ...eight.slice(1, 6)];
    expect(saveParseCache(file, 'c1', readParseCache(file, 'c1'), live, [again], 2000)).toBe('written');
    const read = readParseCache(file, 'c1')!;
    expect(read.lines).toBe(6);
    expect([...read.entries.keys()]).toEqual(live.map((l) => l.file));
    expect([...read.entries.values()].every((e) => e.savedAt === 2000)).toBe(true);
  });

  it('reads past a save killed mid-append: the cut line is dead, the next segment starts on its own line', () => {
    const file = cacheFile();
    const eight = [line('a.mdx', 'sa'), ...Array.from({ length: 7 }, (_, i) => line(`b${i}.mdx`, `s${i}`))];
    saveParseCache(file, 'c1', undefined, eight, eight, 1000);
    appendFileSync(file, '\t2000\nc.mdx\tsc\t{"frontmatter":{"ti');
    const cut = readParseCache(file, 'c1')!;
    expect(cut.whole).toBe(false);
    expect(parseOf(cut.entries.get('c.mdx')!)).toBeUndefined(); // parsed again by the reader
    const c = line('c.mdx', 'sc');
    expect(saveParseCache(file, 'c1', cut, [...eight, c], [c], 3000)).toBe('appended');
    const got = titles(file);
    expect(got['c.mdx']).toEqual(['sc', 'c.mdx', 3000]);
    expect(got['a.mdx']).toEqual(['sa', 'a.mdx', 1000]);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('reads nothing of another code version or another layout', () => {
    const file = cacheFile();
    const one = [line('a.mdx', 'sa')];
    saveParseCache(file, 'c1', undefined, one, one, 1000);
    expect(readParseCache(file, 'c2')).toBeUndefined();
    expect(readParseCache(path.join(path.dirname(file), 'none.tsv'), 'c1')).toBeUndefined();
  });
});
