// The corpus cache on disk (src/lib/corpus/cache.ts holds it in memory): read at the start of a
// build, saved with what the build used at its end (src/astro/corpus.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JsonCorpusCache, ON_DEMAND_STAGES, type SavedEntry } from '../lib/corpus/cache';

// The per-article results of the last build (src/lib/corpus/cache.ts), when `npm run build`
// asks for them (scripts/build.ts sets CORPUS_CACHE_DIR and CORPUS_CODE_VERSION; a --full build
// sets CORPUS_CACHE_READ=0: it computes everything and saves it for the next build). One
// NDJSON file per stage and bucket (`<key>\t<json>` lines, sorted by key), so no file nears V8's
// string limit; 256 buckets, so that an update of a few articles changes few files and the save
// moves the others over as they are (at 10k pages the cache is ~230 MB, all written again by every
// build before: docs/scale.md «session 12»).
const BUCKETS = 256;
const bucketOf = (key: string) => (key.charCodeAt(0) * 31 + key.charCodeAt(1)) % BUCKETS;

/** What was read: each file's entry count, and the stages whose files are not in this layout (never kept as they are). */
export interface LoadedFiles { counts: Map<string, number>; foreign: Set<string> }

export function loadCorpusCache(dir: string, onDemand: ReadonlySet<string> = ON_DEMAND_STAGES): { cache: JsonCorpusCache; files: LoadedFiles } {
  const saved = new Map<string, Map<string, SavedEntry>>();
  const files: LoadedFiles = { counts: new Map(), foreign: new Set() };
  if (process.env.CORPUS_CACHE_READ !== '0' && existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ndjson')).sort()) {
      const [stage, bucket] = f.split('.');
      let entries = saved.get(stage);
      if (!entries) saved.set(stage, (entries = new Map()));
      const add = (key: string, entry: SavedEntry) => {
        if (String(bucketOf(key)) !== bucket) files.foreign.add(stage);
        entries.set(key, entry);
      };
      const file = path.join(dir, f);
      const count = onDemand.has(stage) ? readLinesAsBytes(file, add) : readLines(file, add);
      files.counts.set(f, count);
    }
  }
  return { cache: new JsonCorpusCache(saved), files };
}

/** Each `<key>\t<json>` line of a file as text; the number of entries. */
function readLines(file: string, add: (key: string, entry: string) => void): number {
  let count = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    add(line.slice(0, tab), line.slice(tab + 1));
    count++;
  }
  return count;
}

/**
 * The same lines with each entry's JSON left as its bytes (a view into the file's buffer, no
 * copy): only the keys are decoded, so an entry nobody parses costs no string.
 */
function readLinesAsBytes(file: string, add: (key: string, entry: Buffer) => void): number {
  const bytes = readFileSync(file);
  let count = 0;
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const tab = bytes.indexOf(0x09, start);
    if (tab > start && tab < end) {
      add(bytes.toString('utf8', start, tab), bytes.subarray(tab + 1, end));
      count++;
    }
    start = end + 1;
  }
  return count;
}

/**
 * Replaces the saved cache with what this build used (a removed article's results go). A file
 * whose entries are exactly the ones read from it (none computed, none dropped) has the bytes it
 * would be written with: it is moved into the new cache instead.
 */
export function saveCorpusCache(dir: string, cache: JsonCorpusCache, loaded: LoadedFiles): { written: number; kept: number } {
  const next = `${dir}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  let written = 0;
  let kept = 0;
  for (const [stage, keys, json] of cache.usedEntries()) {
    const computed = cache.computedKeys(stage);
    // Keys first: a bucket kept as it is needs no lines built (at 10k pages ~300 MB of strings).
    const buckets: string[][] = Array.from({ length: BUCKETS }, () => []);
    const fresh = new Set<number>();
    for (const key of keys) {
      const b = bucketOf(key);
      buckets[b].push(key);
      if (computed.has(key)) fresh.add(b);
    }
    buckets.forEach((bucketKeys, i) => {
      if (!bucketKeys.length) return;
      const file = `${stage}.${i}.ndjson`;
      if (!fresh.has(i) && !loaded.foreign.has(stage) && loaded.counts.get(file) === bucketKeys.length) {
        renameSync(path.join(dir, file), path.join(next, file));
        kept++;
      } else {
        writeFileSync(path.join(next, file), bucketKeys.map((k) => `${k}\t${json(k)}\n`).join(''));
        written++;
      }
    });
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
  return { written, kept };
}
