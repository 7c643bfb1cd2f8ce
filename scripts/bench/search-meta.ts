// npx tsx scripts/bench/search-meta.ts --site <built site>
// What each Pagefind bundle's metadata file (pagefind.<lang>_<hash>.pf_meta, the largest file
// the first search fetches) holds, part by part: its page list, word-index chunk table, filters,
// sorts and meta fields, each with its bytes as stored (gzipped alone, so the parts add up to
// about the file). Pagefind 1.6 writes it as gzip("pagefind_dcd" + CBOR array of those six parts).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { skip as skipItem } from '../../src/lib/search/chunks';

const PARTS = ['version', 'pages', 'word-index chunks', 'filters', 'sorts', 'meta fields'] as const;

/** Bytes of each part of a metadata file: raw (decompressed) and gzipped alone. */
export function metaParts(file: string): Array<{ part: string; raw: number; gzip: number }> {
  const data = gunzipSync(readFileSync(file));
  const sig = 'pagefind_dcd';
  if (data.subarray(0, sig.length).toString() !== sig) throw new Error(`${file}: not a Pagefind metadata file (no "${sig}" signature)`);
  let i = sig.length;
  if (data[i] >> 5 !== 4) throw new Error(`${file}: metadata is not a CBOR array`);
  i += 1; // the array's head (six parts: one byte)
  return PARTS.map((part) => {
    const start = i;
    i = skipItem(data, i);
    const bytes = data.subarray(start, i);
    return { part, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const { values: opt } = parseArgs({ options: { site: { type: 'string' } } });
  if (!opt.site) throw new Error('usage: search-meta.ts --site <built site>');
  const root = path.join(opt.site, 'pagefind');
  const json = JSON.parse(readFileSync(path.join(root, 'kb-search.json'), 'utf8')) as { shards?: Array<{ path: string }> };
  for (const shard of json.shards ?? [{ path: '' }]) {
    const dir = path.join(root, shard.path);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.pf_meta'))) {
      const file = path.join(dir, f);
      console.log(`${path.relative(opt.site, file)}: ${(readFileSync(file).length / 1024).toFixed(1)} KB as stored`);
      for (const p of metaParts(file)) console.log(`  ${p.part.padEnd(18)} ${(p.raw / 1024).toFixed(1).padStart(7)} KB raw ${(p.gzip / 1024).toFixed(1).padStart(7)} KB gzipped`);
    }
  }
}
