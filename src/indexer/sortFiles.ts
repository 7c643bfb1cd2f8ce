// Moves a freshly written bundle's sort orders out of its metadata (src/lib/search/sortOrders.ts):
// every search fetches and decompresses the metadata first, only a date order reads the sorts.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { bundleLanguages } from '../lib/search/context';
import { sortOrderFile, splitSorts } from '../lib/search/sortOrders';

const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;

/**
 * For each language index of the bundle in `folder` whose metadata holds sorts: writes the sorts
 * to `kb-order.<hash>.json` and the metadata again without them, under the same name (the entry
 * and kb-search.json's `wordChunks` name it by its hash; the hash still names one content, since
 * the rewrite is a function of Pagefind's file). Returns the metadata hashes moved.
 */
export async function moveSortsOut(folder: string): Promise<string[]> {
  const entry = path.join(folder, 'pagefind-entry.json');
  const moved: string[] = [];
  for (const { hash } of Object.values(bundleLanguages(await readFile(entry, 'utf8'), entry))) {
    const file = path.join(folder, `pagefind.${hash}.pf_meta`);
    const stored = await readFile(file);
    const { meta, orders } = splitSorts(isGzip(stored) ? gunzipSync(stored) : stored, file);
    if (!Object.keys(orders).length) continue;
    await writeFile(path.join(folder, sortOrderFile(hash)), JSON.stringify(orders));
    await writeFile(file, isGzip(stored) ? gzipSync(meta, { level: 9 }) : meta);
    moved.push(hash);
  }
  return moved;
}

/** The metadata hashes of the bundle in `folder` whose sorts are in an order file (kept shards included). */
export async function sortOrdersIn(folder: string): Promise<string[]> {
  const entry = path.join(folder, 'pagefind-entry.json');
  return Object.values(bundleLanguages(await readFile(entry, 'utf8'), entry))
    .map(({ hash }) => hash)
    .filter((hash) => existsSync(path.join(folder, sortOrderFile(hash))));
}
