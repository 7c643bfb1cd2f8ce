// Cuts a freshly written bundle's word-index chunks smaller (src/lib/search/wordChunks.ts): the
// newest shard is one chunk of its whole word list as Pagefind writes it, fetched whole by every
// query. Run on the newest shard only: the large shards' chunks stay Pagefind's, so their
// lookups and results are what they were.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readChunkTable } from '../lib/search/chunks';
import { bundleLanguages } from '../lib/search/context';
import { splitWordChunk, withChunkTable } from '../lib/search/wordChunks';

/** Bytes of words per chunk (decompressed): ~2–3 KB gzipped, a fetch of a few words' postings. */
export const SMALL_CHUNK_BYTES = 6_000;

const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;
const gzip = (b: Uint8Array) => gzipSync(b, { level: 9 });

/**
 * Splits every chunk of the bundle in `folder` past `target` bytes; the new chunk files are named
 * as Pagefind names them (`<language>_<hash of the content>`), the metadata is written again
 * under its own name (the entry and kb-search.json name it; the rewrite is a function of
 * Pagefind's files, so the name still names one content). Returns the number of chunks written.
 */
export async function splitBundleChunks(folder: string, target = SMALL_CHUNK_BYTES): Promise<number> {
  const entry = path.join(folder, 'pagefind-entry.json');
  let written = 0;
  for (const { hash } of Object.values(bundleLanguages(await readFile(entry, 'utf8'), entry))) {
    const metaFile = path.join(folder, `pagefind.${hash}.pf_meta`);
    const stored = await readFile(metaFile);
    const meta = isGzip(stored) ? gunzipSync(stored) : stored;
    const flat = readChunkTable(meta, metaFile);
    const table: Array<[string, string, string]> = [];
    const gone: string[] = [];
    const names = new Set<string>();
    for (let i = 0; i + 2 < flat.length; i += 3) names.add(flat[i + 2]);
    let changed = false;
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const [from, to, name] = [flat[i], flat[i + 1], flat[i + 2]];
      const file = path.join(folder, 'index', `${name}.pf_index`);
      const bytes = await readFile(file);
      const pieces = splitWordChunk(isGzip(bytes) ? gunzipSync(bytes) : bytes, from, to, target, file);
      if (pieces.length === 1) {
        table.push([from, to, name]);
        continue;
      }
      changed = true;
      gone.push(file);
      for (const piece of pieces) {
        const full = createHash('sha256').update(piece.bytes).digest('hex');
        // Pagefind's short hash after its language prefix, made longer while another chunk of the bundle has the name.
        const lang = name.slice(0, name.lastIndexOf('_') + 1);
        let n = 7;
        while (names.has(`${lang}${full.slice(0, n)}`) && n < full.length) n++;
        const pieceName = `${lang}${full.slice(0, n)}`;
        names.add(pieceName);
        await writeFile(path.join(folder, 'index', `${pieceName}.pf_index`), isGzip(bytes) ? gzip(piece.bytes) : piece.bytes);
        table.push([piece.from, piece.to, pieceName]);
        written++;
      }
    }
    if (!changed) continue;
    const rewritten = withChunkTable(meta, table, metaFile);
    await writeFile(metaFile, isGzip(stored) ? gzip(rewritten) : rewritten);
    for (const file of gone) if (existsSync(file)) await rm(file);
  }
  return written;
}
