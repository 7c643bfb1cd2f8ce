// A bundle's sort orders moved out of its Pagefind metadata (sortOrders.ts): read from a real
// Pagefind 1.6 index, the metadata left byte for byte as Pagefind wrote it but for its sorts,
// and Pagefind's sort (pagefind_web `search`: keep the pages the order holds, score by place)
// applied to a relevance answer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { readChunkTable, skip } from './chunks';
import { sortHits, sortOrderFile, splitSorts } from './sortOrders';

afterAll(() => pagefind.close());

/** The six parts of a decompressed metadata file, as bytes (version, pages, chunks, filters, sorts, meta fields). */
function parts(meta: Uint8Array): string[] {
  const out: string[] = [];
  let i = 'pagefind_dcd'.length + 1;
  for (let k = 0; k < 6; k++) {
    const next = skip(meta, i);
    out.push(Buffer.from(meta.subarray(i, next)).toString('hex'));
    i = next;
  }
  return out;
}

describe('splitSorts', () => {
  it('takes every sort of a real Pagefind index out as page hashes in its order, and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-sorts-'));
    try {
      const { index } = await pagefind.createIndex({});
      // Dates with ties and one page without a date: Pagefind's own order of them is what must be kept.
      const dates = ['2025-03-02', '2024-11-30', '2025-03-02', undefined, '2023-01-15', '2025-03-02', '2024-11-30', '2025-12-31'];
      for (const [d, date] of dates.entries()) {
        const sort: Record<string, string> = date ? { date, oldest: date } : { oldest: '9999-99-99' };
        await index!.addCustomRecord({ url: `/a/${d}/`, content: `خبر رقم ${d} عن المفاوضات في الدوحة`, language: 'ar', sort });
      }
      await index!.writeFiles({ outputPath: dir });
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
      const stored = gunzipSync(readFileSync(path.join(dir, `pagefind.${entry.languages.ar.hash}.pf_meta`)));
      const { meta, orders } = splitSorts(stored, 'x.pf_meta');

      // Each hash is a page's fragment: its url says which record, so its date.
      const dateOf = (hash: string) => {
        const fragment = JSON.parse(gunzipSync(readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string };
        return dates[Number(fragment.url.split('/')[2])];
      };
      expect(Object.keys(orders).sort()).toEqual(['date', 'oldest']);
      expect(orders.date).toHaveLength(7); // the undated page has no date key
      const inOrder = orders.date.map(dateOf);
      expect(inOrder).toEqual([...inOrder].sort());
      expect(new Set(orders.oldest).size).toBe(8);
      expect(dateOf(orders.oldest[7])).toBeUndefined();

      // Every part but the sorts is Pagefind's, byte for byte; the sorts are an empty list.
      const [before, after] = [parts(stored), parts(meta)];
      expect(after.filter((_p, k) => k !== 4)).toEqual(before.filter((_p, k) => k !== 4));
      expect(after[4]).toBe('80');
      expect(before[4]).not.toBe('80');
      expect(readChunkTable(meta)).toEqual(readChunkTable(stored));
      // A file without sorts is left as it is.
      const again = splitSorts(meta);
      expect(again.orders).toEqual({});
      expect(Buffer.from(again.meta).equals(Buffer.from(meta))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('says which file is not Pagefind metadata', () => {
    expect(() => splitSorts(new TextEncoder().encode('{"not":"metadata"}'), 'pagefind/x.pf_meta')).toThrow(/pagefind\/x\.pf_meta: not a Pagefind metadata file/);
  });

  it('names the order file after the metadata it came from', () => {
    expect(sortOrderFile('ar_746cdae18f')).toBe('kb-order.ar_746cdae18f.json');
  });
});

describe('sortHits', () => {
  const order = ['p0', 'p1', 'p2', 'p3', 'p4'];
  const data = () => Promise.resolve('d');
  const hits = [
    { id: 'p3', score: 0.9, data },
    { id: 'p0', score: 0.5, data },
    { id: 'x9', score: 0.8, data }, // not in the order: Pagefind leaves it out of a sorted answer
    { id: 'p4', score: 0.1, data },
  ];

  it('orders by place, last first for desc, first first for asc, scored as Pagefind scores them', () => {
    expect(sortHits(hits, order, 'desc').map((h) => [h.id, h.score])).toEqual([['p4', 4], ['p3', 3], ['p0', 0]]);
    expect(sortHits(hits, order, 'asc').map((h) => [h.id, h.score])).toEqual([['p0', -0], ['p3', -3], ['p4', -4]]);
  });

  it('returns copies that keep their data, the hits given untouched', () => {
    const sorted = sortHits(hits, order, 'desc');
    expect(sorted[0].data).toBe(data);
    expect(hits[0].score).toBe(0.9);
  });
});
