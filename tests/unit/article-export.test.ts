// The articles export as the indexer and scripts read it: data/articles/index.json and its
// gzipped parts (docs/architecture.md «Exports»), written by the same gzip as the site's.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { digestOf, gzipOf } from '../../src/astro/exports';
import { articleExportFiles, exportDocs, readArticleExport } from '../../src/indexer/read';
import { articleParts, articlePartsIndex, jsonArrayParts } from '../../src/lib/corpus/exports';
import type { CorpusArticle } from '../../src/lib/corpus/types';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const row = (slug: string, date: string | null) => ({
  slug, url: `/articles/${slug}/`, title: `عنوان «${slug}»`, date, source: 'RT', agency: null, raw: `${slug}.txt`, via: null,
  url_original: null, actors: [], topics: [], paragraphs: ['قال الوزير: "نعم"\u2028ثم مضى.', 'فقرة ثانية'], story: null, same_text_as: null,
});

/** A built site's data/ folder with the rows cut into parts of `size`, as the endpoints write it. */
async function siteWith(rows: ReturnType<typeof row>[], size: number): Promise<string> {
  const site = mkdtempSync(path.join(tmpdir(), 'kb-export-'));
  dirs.push(site);
  const dir = path.join(site, 'data', 'articles');
  mkdirSync(dir, { recursive: true });
  const index = articlePartsIndex(rows as unknown as CorpusArticle[], size);
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  const parts = articleParts(rows, size);
  for (const [i, p] of index.parts.entries()) writeFileSync(path.join(dir, p.json), await gzipOf(jsonArrayParts(parts[i], 64)));
  return site;
}

describe('gzipOf (every /data/ export)', () => {
  it('is the gzip of the pieces joined, and the same pieces give the same bytes', async () => {
    const pieces = [...jsonArrayParts(Array.from({ length: 300 }, (_, i) => row(`a${i}`, null)), 500)];
    const a = await gzipOf(pieces);
    expect(gunzipSync(a).toString('utf8')).toBe(pieces.join(''));
    expect((await gzipOf(pieces)).equals(a)).toBe(true);
    expect(gunzipSync(await gzipOf([])).toString('utf8')).toBe('');
  });
});

describe('digestOf (the props of an export part, for incremental builds)', () => {
  it('depends on the text only, not on how it is cut, and changes with any row', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(`a${i}`, null));
    const d = digestOf(jsonArrayParts(rows, 100));
    expect(digestOf(jsonArrayParts(rows, 1 << 20))).toBe(d);
    expect(digestOf([JSON.stringify(rows)])).toBe(d);
    const edited = rows.map((r, i) => (i === 49 ? { ...r, paragraphs: [...r.paragraphs, 'فقرة'] } : r));
    expect(digestOf(jsonArrayParts(edited, 100))).not.toBe(d);
  });
});

describe('reading the articles export in parts', () => {
  const rows = [row('e', '2025-05-01'), row('d', '2025-04-01'), row('c', null), row('b', null), row('a', null)];

  it('reads every row back in site order, across parts', async () => {
    const site = await siteWith(rows, 2);
    expect(articleExportFiles(site)!.map((f) => path.basename(f))).toEqual(['part-3.json.gz', 'part-2.json.gz', 'part-1.json.gz']);
    expect(readArticleExport(site)).toEqual(rows);
    const streamed: string[] = [];
    for await (const d of exportDocs(articleExportFiles(site)!, [])) streamed.push(d.slug);
    expect(streamed).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('a site without the export has none; a broken index or a missing part is an error naming the file', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kb-export-'));
    dirs.push(empty);
    expect(articleExportFiles(empty)).toBeUndefined();
    expect(() => readArticleExport(empty)).toThrow(/data\/articles\/index\.json: not found/);

    const site = await siteWith(rows, 2);
    rmSync(path.join(site, 'data/articles/part-2.json.gz'));
    expect(() => articleExportFiles(site)).toThrow(`${path.join(site, 'data/articles/index.json')}: lists part-2.json.gz, which is missing`);
    writeFileSync(path.join(site, 'data/articles/index.json'), '{"parts": 3');
    expect(() => articleExportFiles(site)).toThrow(/index\.json: not the articles export's index/);
  });
});
