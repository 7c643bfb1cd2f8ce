// The curated data (content/*.yaml, src/lib/data) as the corpus reads it, kept between builds.
// Parsing the YAML files and checking them against their schemas took ~1.6 s of CPU on every
// build (the actors, the topics and the topic model's weights are ~300 KB of YAML), the same
// files every time: a daily update's Astro step spent ~4 % of its CPU there (docs/scale.md «The
// fixed part of an update, session 30»). Kept as V8's serialisation (the structured clone that
// src/lib/data/yaml.ts already hands each caller), read back in ~2 ms.
//
// The key is every file directly under content/ (names and bytes: a curated file added,
// removed or edited misses), the code that parses them (CORPUS_CODE_VERSION: src/lib and the
// packages' lockfile) and Node's version (the serialisation's format). A file that does not read
// back, or under another key, is parsed again and the cache written anew; errors in the data are
// thrown by the parse as before (nothing is kept from a failed parse).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { loadCuratedData, type CuratedData } from '../lib/data/load';

const FORMAT = 1;

/** The key of the curated files under `contentDir` for the code `codeVersion`. */
export function curatedDataKey(contentDir: string, codeVersion: string): string {
  const h = createHash('sha1').update(`${FORMAT}\0${process.version}\0${codeVersion}\0`);
  const files = readdirSync(contentDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  for (const f of files) h.update(`${f}\0`).update(readFileSync(path.join(contentDir, f))).update('\0');
  return h.digest('hex');
}

export interface CuratedDataCache {
  /** The cache's file (`<CORPUS_CACHE_DIR>.curated.v8`). */
  file: string;
  codeVersion: string;
  /** false (a --full build): parse the files, and save them for the next build. */
  read: boolean;
}

/**
 * loadCuratedData(), from the cache when its key holds (`hit`), else parsed and saved. The
 * curated files are read from `contentDir` (content/ of the working directory, as the loaders do).
 */
export function loadCuratedDataCached(cache: CuratedDataCache, contentDir = 'content'): { data: CuratedData; hit: boolean } {
  return keptOrLoaded(cache.file, curatedDataKey(contentDir, cache.codeVersion), cache.read, () => loadCuratedData());
}

/**
 * What `load` gives, kept in `file` under `key` (V8's serialisation: plain data, Maps and Sets):
 * read back when `read` and the file's key is `key` (`hit`), else loaded and saved. An error of
 * `load` is thrown as it is, and nothing is saved.
 */
export function keptOrLoaded<T>(file: string, key: string, read: boolean, load: () => T): { data: T; hit: boolean } {
  if (read) {
    const kept = readKept<T>(file, key);
    if (kept) return { data: kept, hit: true };
  }
  const data = load();
  mkdirSync(path.dirname(file), { recursive: true });
  // Written beside, then renamed: a build killed mid-write leaves no half file under the name.
  writeFileSync(`${file}.next`, Buffer.concat([Buffer.from(`${key}\n`), serialize(data)]));
  renameSync(`${file}.next`, file);
  return { data, hit: false };
}

function readKept<T>(file: string, key: string): T | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // none yet
  }
  const nl = bytes.indexOf(10);
  if (nl < 0 || bytes.subarray(0, nl).toString() !== key) return undefined;
  try {
    return deserialize(bytes.subarray(nl + 1)) as T;
  } catch {
    return undefined; // damaged: loaded again
  }
}

/** The cache of `npm run build` (scripts/build.ts sets CORPUS_CACHE_DIR): none for a plain `astro build`. */
export function buildCuratedDataCache(env: NodeJS.ProcessEnv = process.env): CuratedDataCache | undefined {
  if (!env.CORPUS_CACHE_DIR) return undefined;
  return { file: `${env.CORPUS_CACHE_DIR}.curated.v8`, codeVersion: env.CORPUS_CODE_VERSION ?? '', read: env.CORPUS_CACHE_READ !== '0' };
}
