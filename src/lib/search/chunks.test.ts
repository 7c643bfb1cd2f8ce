// The word-index chunk files a search reads, named before Pagefind's index is open
// (chunks.ts): the table as read from a real Pagefind metadata file, and the choice of chunks as
// pagefind_web 1.6's request_indexes makes it (strict range first, prefix ranges when no term
// falls in any chunk).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkFiles, pagefindTerms, pickLanguage, readChunkTable } from './chunks';

afterAll(() => pagefind.close());

describe('readChunkTable', () => {
  it('reads every chunk of a Pagefind index: ordered ranges, one file each', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-chunks-'));
    try {
      const { index } = await pagefind.createIndex({});
      // Enough distinct words for Pagefind to cut its word index into several chunks.
      const words = Array.from({ length: 20000 }, (_, i) => `ك${i.toString(36)}ب${(i * 7919).toString(36)}`);
      for (let d = 0; d < 100; d++) await index!.addCustomRecord({ url: `/a/${d}/`, content: words.slice(d * 200, d * 200 + 200).join(' '), language: 'ar' });
      await index!.writeFiles({ outputPath: dir });
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
      const meta = gunzipSync(readFileSync(path.join(dir, `pagefind.${entry.languages.ar.hash}.pf_meta`)));
      const table = readChunkTable(meta);
      const files = readdirSync(path.join(dir, 'index')).map((f) => f.replace(/\.pf_index$/, ''));
      expect(table.length / 3).toBeGreaterThan(1);
      const hashes = table.filter((_s, i) => i % 3 === 2);
      expect([...hashes].sort()).toEqual([...files].sort());
      // Each word of a document is in the one chunk the table names for it.
      for (const w of [words[0], words[9999], words[19999]]) expect(chunkFiles(table, pagefindTerms(w))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('says which file is not Pagefind metadata', () => {
    expect(() => readChunkTable(new TextEncoder().encode('{"not":"metadata"}'), 'pagefind/x.pf_meta')).toThrow(/pagefind\/x\.pf_meta: not a Pagefind metadata file/);
  });
});

describe('chunkFiles', () => {
  const table = ['آب', 'بيت', 'c1', 'تاج', 'زيت', 'c2', 'زيتون', 'يوم', 'c3'];

  it('names the chunk whose first and last word hold each term, bounds included, once each', () => {
    expect(chunkFiles(table, 'بيت')).toEqual(['c1']);
    expect(chunkFiles(table, 'زيت زيتون')).toEqual(['c2', 'c3']);
    expect(chunkFiles(table, 'تاج زيت')).toEqual(['c2']);
  });

  it('compares as UTF-8 bytes (Rust), not UTF-16 units', () => {
    // U+FB50 (an Arabic presentation form) sorts after U+1F600 in UTF-16 units, before it in bytes.
    const wide = ['\u{FB50}', '\u{FB50}', 'low', '\u{1F600}', '\u{1F600}', 'high'];
    expect(chunkFiles(wide, '\u{1F600}')).toEqual(['high']);
    expect(chunkFiles(['\u{FB51}', '\u{10000}', 'mid'], '\u{FFFF}')).toEqual(['mid']);
  });

  it('falls back to a chunk that may hold an extension of the term only when no term is in any range', () => {
    // «بيتا» sorts after «بيت» (the end of c1) and before «تاج»: no strict chunk; trimmed to the
    // bounds' lengths it is within c1.
    expect(chunkFiles(table, 'بيتا')).toEqual(['c1']);
    // One term in range: the other is not looked up loosely.
    expect(chunkFiles(table, 'بيتا زيت')).toEqual(['c2']);
    expect(chunkFiles(table, '')).toEqual([]);
  });
});

describe('pagefindTerms', () => {
  it('lowers, strips marks and punctuation as Pagefind’s worker does before naming chunks', () => {
    expect(pagefindTerms('Kyiv  «مُفَاوَضَات»، k_9')).toBe('kyiv مفاوضات k_9');
  });
});

describe('pickLanguage', () => {
  const langs = { ar: { hash: 'ar_1', wasm: 'ar', page_count: 5 }, en: { hash: 'en_1', wasm: 'en', page_count: 9 } };
  it('takes the page’s language, then its primary subtag, then the largest index', () => {
    expect(pickLanguage(langs, 'ar')?.hash).toBe('ar_1');
    expect(pickLanguage(langs, 'ar-eg')?.hash).toBe('ar_1');
    expect(pickLanguage(langs, 'fr')?.hash).toBe('en_1');
  });
});
