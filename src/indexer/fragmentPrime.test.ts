// Fragments placed before Pagefind writes (fragmentPrime.ts): Pagefind leaves a placed file as
// it is, the metadata's page list names each page's fragment in the order the records were fed,
// and a placed name taken by another page, or by none, is caught after the write.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkPlaced, metaPageHashes, placeFragments } from './fragmentPrime';
import type { FragmentMap } from './fragmentReuse';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'fragment-prime-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
afterAll(() => pagefind.close());

const page = (title: string, body: string) => `<html lang="ar"><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
const PAGES = [
  { key: 'a1', url: '/articles/a1/', content: page('وزير الخارجية يزور عمان', 'بحث الوزير مع نظيره سبل التهدئة في المنطقة.') },
  { key: 'a2', url: '/articles/a2/', content: page('أمطار غزيرة في الشمال', 'أعلنت هيئة الأرصاد عن منخفض جوي يصل مساء الخميس.') },
];

async function writeIndex(outputPath: string, pages = PAGES) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error('no Pagefind index');
  for (const p of pages) await index.addHTMLFile({ url: p.url, content: p.content });
  await index.writeFiles({ outputPath });
  await index.deleteIndex();
}

const metaFile = (folder: string) => path.join(folder, readdirSync(folder).find((f) => f.endsWith('.pf_meta'))!);
const urlOf = (file: string) => JSON.parse(gunzipSync(readFileSync(file)).toString('utf8').slice('pagefind_dcd'.length)).url as string;

describe('fragments placed before Pagefind writes', () => {
  it('reads the page list in the order the records were fed', async () => {
    const folder = tempDir();
    await writeIndex(folder);
    const hashes = metaPageHashes(metaFile(folder));
    expect(hashes).toHaveLength(2);
    expect(hashes.map((h) => urlOf(path.join(folder, 'fragment', `${h}.pf_fragment`)))).toEqual(['/articles/a1/', '/articles/a2/']);
    await writeIndex(path.join(folder, 'reversed'), [...PAGES].reverse());
    expect(metaPageHashes(metaFile(path.join(folder, 'reversed')))).toEqual([...hashes].reverse());
  });

  it('places only the files whose records are this run\'s, and Pagefind keeps them as placed', async () => {
    const last = tempDir();
    await writeIndex(last);
    const [h1, h2] = metaPageHashes(metaFile(last));
    const files: FragmentMap = { [`${h1}.pf_fragment`]: ['raw1', 'a1', 'record-a1'], [`${h2}.pf_fragment`]: ['raw2', 'a2', 'record-a2'] };
    const folder = path.join(tempDir(), 'shard');
    // a2's text comes from another record this run: not placed.
    const placed = placeFragments(path.join(folder, 'fragment'), { dir: path.join(last, 'fragment'), files }, (k) => (k === 'a2' ? 'record-a2-edited' : `record-${k}`));
    expect(Object.keys(placed)).toEqual([`${h1}.pf_fragment`]);
    const placedFile = path.join(folder, 'fragment', `${h1}.pf_fragment`);
    const inode = statSync(placedFile).ino;
    await writeIndex(folder);
    expect(statSync(placedFile).ino).toBe(inode); // not written again
    expect(existsSync(path.join(folder, 'fragment', `${h2}.pf_fragment`))).toBe(true); // written by Pagefind
    expect(checkPlaced(folder, placed, ['a1', 'a2'])).toEqual({ misplaced: [], unused: 0 });
  });

  it('finds a placed name another page took, and deletes one no page took', async () => {
    const last = tempDir();
    await writeIndex(last);
    const [h1, h2] = metaPageHashes(metaFile(last));
    const folder = path.join(tempDir(), 'shard');
    // As if a2's page had a1's name: Pagefind would have skipped a2's content.
    const wrong: FragmentMap = { [`${h2}.pf_fragment`]: ['raw', 'a1', 'record-a1'] };
    const placed = placeFragments(path.join(folder, 'fragment'), { dir: path.join(last, 'fragment'), files: wrong }, (k) => `record-${k}`);
    await writeIndex(folder);
    expect(checkPlaced(folder, placed, ['a1', 'a2']).misplaced).toEqual([`${h2}.pf_fragment`]);

    // Only a2 indexed now: a1's placed file is no page's, so it goes.
    const second = path.join(tempDir(), 'shard');
    const unusedPlaced = placeFragments(path.join(second, 'fragment'), { dir: path.join(last, 'fragment'), files: { [`${h1}.pf_fragment`]: ['raw', 'a1', 'record-a1'] } }, (k) => `record-${k}`);
    await writeIndex(second, [PAGES[1]]);
    expect(checkPlaced(second, unusedPlaced, ['a2'])).toEqual({ misplaced: [], unused: 1 });
    expect(readdirSync(path.join(second, 'fragment'))).toEqual([`${h2}.pf_fragment`]);
  });
});
