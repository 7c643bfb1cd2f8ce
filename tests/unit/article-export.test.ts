// The articles export as the indexer and scripts read it: data/articles/index.json and its
// compressed parts (docs/architecture.md «Exports»), written by the same compressor as the site's.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brotliOf, gzipOf } from '../../src/astro/exports';
import { articleExportFiles, exportDocs, readArticleExport } from '../../src/indexer/read';
import { articleParts, articlePartsIndex, jsonArrayParts, type ArticlePartsIndex } from '../../src/lib/corpus/exports';

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
  const parts = articleParts(rows, size);
  const index = articlePartsIndex(parts, size);
  writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  for (const [i, p] of index.parts.entries()) writeFileSync(path.join(dir, p.json), await brotliOf(jsonArrayParts(parts[i].articles, 64)));
  return site;
}

describe('brotliOf (the JSON exports) and gzipOf (the CSV parts)', () => {
  it('is the compression of the pieces joined, and the same pieces give the same bytes', async () => {
    const pieces = [...jsonArrayParts(Array.from({ length: 300 }, (_, i) => row(`a${i}`, null)), 500)];
    const a = await gzipOf(pieces);
    expect(gunzipSync(a).toString('utf8')).toBe(pieces.join(''));
    expect((await gzipOf(pieces)).equals(a)).toBe(true);
    expect(gunzipSync(await gzipOf([])).toString('utf8')).toBe('');
    const b = await brotliOf(pieces);
    expect(brotliDecompressSync(b).toString('utf8')).toBe(pieces.join(''));
    expect((await brotliOf(pieces)).equals(b)).toBe(true);
    expect(brotliDecompressSync(await brotliOf([])).toString('utf8')).toBe('');
  });

  it('reaches back past gzip\'s 32 KB to what earlier articles said: the news repeats its names and sentences', async () => {
    // 1,000 rows whose paragraphs come from 200 sentences, in an order where a sentence comes
    // again only ~80 KB later: past gzip's window, well inside Brotli's 16 MB.
    const sentences = Array.from({ length: 200 }, (_, i) => `قال المتحدث باسم الوزارة رقم ${i} إن المحادثات مع الجانب الآخر ستستأنف في ${2000 + i} بعد أسابيع من التوقف، وإن الوفد سيبحث ملف الأسرى رقم ${i * 7} والضمانات الأمنية وممرات الحبوب.`);
    const rows = Array.from({ length: 1000 }, (_, i) => ({ ...row(`a${i}`, null), paragraphs: [0, 1, 2].map((k) => sentences[(i * 3 + k) % sentences.length]) }));
    const pieces = [...jsonArrayParts(rows)];
    const [gz, br] = [await gzipOf(pieces), await brotliOf(pieces)];
    expect(br.length).toBeLessThan(gz.length / 4);
  });
});

describe('reading the articles export in parts', () => {
  // In the export's order: the dated newest first, then the undated (no host: by slug).
  const rows = [row('e', '2025-05-01'), row('d', '2025-04-01'), row('a', null), row('b', null), row('c', null)];

  it('reads every row back in the export\'s order, across parts', async () => {
    const site = await siteWith(rows, 2);
    expect(articleExportFiles(site)!.map((f) => path.basename(f))).toEqual(['part-1.json.br', 'part-undated-2.json.br', 'part-undated-1.json.br']);
    expect(readArticleExport(site)).toEqual(rows);
    const streamed: string[] = [];
    for await (const d of exportDocs(articleExportFiles(site)!, [])) streamed.push(d.slug);
    expect(streamed).toEqual(['e', 'd', 'a', 'b', 'c']);
  });

  it('reads a site built before the JSON parts were Brotli: its index lists gzipped parts', async () => {
    const site = await siteWith(rows, 2);
    const dir = path.join(site, 'data/articles');
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as ArticlePartsIndex;
    for (const [i, p] of index.parts.entries()) {
      const old = p.json.replace(/\.br$/, '.gz');
      writeFileSync(path.join(dir, old), await gzipOf(jsonArrayParts(articleParts(rows, 2)[i].articles, 64)));
      rmSync(path.join(dir, p.json));
      p.json = old;
    }
    writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
    expect(articleExportFiles(site)!.map((f) => path.basename(f))).toEqual(['part-1.json.gz', 'part-undated-2.json.gz', 'part-undated-1.json.gz']);
    expect(readArticleExport(site)).toEqual(rows);
    const streamed: string[] = [];
    for await (const d of exportDocs(articleExportFiles(site)!, [])) streamed.push(d.slug);
    expect(streamed).toEqual(['e', 'd', 'a', 'b', 'c']);
  });

  it('a site without the export has none; a broken index or a missing part is an error naming the file', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kb-export-'));
    dirs.push(empty);
    expect(articleExportFiles(empty)).toBeUndefined();
    expect(() => readArticleExport(empty)).toThrow(/data\/articles\/index\.json: not found/);

    const site = await siteWith(rows, 2);
    rmSync(path.join(site, 'data/articles/part-undated-2.json.br'));
    expect(() => articleExportFiles(site)).toThrow(`${path.join(site, 'data/articles/index.json')}: lists part-undated-2.json.br, which is missing`);
    writeFileSync(path.join(site, 'data/articles/index.json'), '{"parts": 3');
    expect(() => articleExportFiles(site)).toThrow(/index\.json: not the articles export's index/);
  });
});
