// A written shard's unchanged fragments placed before Pagefind writes, so that it neither
// compresses nor writes them. Pagefind names a fragment file by a hash of its content and skips
// a hashed file that already exists in the output folder (its «immutable» write); compressing
// every fragment at gzip's best level was most of its `writeFiles` for a shard of which a daily
// update changes a few dozen pages (docs/scale.md «The search index of an update, session 32»).
//
// A placed file is the last index's slimmed fragment (fragmentReuse.ts) of an article whose
// texts come from the same records as then: the same record is the same Pagefind input, so the
// same fragment content and name, and the same slimmed file. What the name cannot prove — its
// hash is 7 hex digits, and Pagefind lengthens one of two colliding names — is checked after the
// write against the bundle's metadata (its page list, in the order the records were fed): each
// placed name must be the name of its own article's page. A placed file whose name no page
// took is deleted; a name another page took means Pagefind skipped that page's content, and the
// shard is written again without placing (`misplaced`).
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { head, skip } from '../lib/search/chunks';
import type { FragmentMap, LastFragments } from './fragmentReuse';

/** Fragment files placed in a shard's folder before Pagefind wrote it, by name, with their last entries. */
export type PlacedFragments = FragmentMap;

/**
 * Links (or copies) into `dir` every file of `last` whose text keys' records are this run's
 * (`recordOf`), as fragmentReuse.ts would copy it after slimming. Returns what was placed.
 */
export function placeFragments(dir: string, last: LastFragments | undefined, recordOf: (key: string) => string | undefined): PlacedFragments {
  const placed: PlacedFragments = {};
  if (!last) return placed;
  mkdirSync(dir, { recursive: true });
  for (const [name, entry] of Object.entries(last.files)) {
    if (entry[1].split(' ').map((k) => recordOf(k) ?? '').join(' ') !== entry[2]) continue;
    const from = path.join(last.dir, name);
    if (!existsSync(from)) continue;
    // A link: the old index is moved to the trash and deleted, never written in place.
    try {
      linkSync(from, path.join(dir, name));
    } catch {
      copyFileSync(from, path.join(dir, name));
    }
    placed[name] = entry;
  }
  return placed;
}

const SIGNATURE = 'pagefind_dcd';

/** The fragment names of a bundle's pages, in page order, from its metadata file (Pagefind 1.6: [version, pages, …], each page [hash, word count]). */
export function metaPageHashes(metaFile: string): string[] {
  const bytes = readFileSync(metaFile);
  const meta = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const text = new TextDecoder('utf-8', { fatal: true });
  if (text.decode(meta.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${metaFile}: not a Pagefind metadata file`);
  const top = head(meta, SIGNATURE.length);
  if (top.major !== 4 || top.n < 2) throw new Error(`${metaFile}: Pagefind metadata is not the array this code reads (Pagefind 1.6)`);
  const pages = head(meta, skip(meta, top.next)); // after the version
  if (pages.major !== 4) throw new Error(`${metaFile}: the page list is not an array`);
  const out: string[] = [];
  let i = pages.next;
  for (let p = 0; p < pages.n; p++) {
    const page = head(meta, i);
    if (page.major !== 4 || page.n < 1) throw new Error(`${metaFile}: page ${p} is not [hash, word count]`);
    const hash = head(meta, page.next);
    if (hash.major !== 3) throw new Error(`${metaFile}: page ${p}'s hash is not a string`);
    out.push(text.decode(meta.subarray(hash.next, hash.next + hash.n)));
    i = skip(meta, i);
  }
  return out;
}

/**
 * After Pagefind wrote the shard in `folder`: checks each placed file against the page list
 * (`pageKeys[k]`: the text key of the k-th record fed), deletes the placed files no page took,
 * and returns the placed names another page took (then the shard must be written again).
 */
export function checkPlaced(folder: string, placed: PlacedFragments, pageKeys: string[]): { misplaced: string[]; unused: number } {
  const names = Object.keys(placed);
  if (!names.length) return { misplaced: [], unused: 0 };
  const meta = readdirSync(folder).find((f) => f.startsWith('pagefind.') && f.endsWith('.pf_meta'));
  if (!meta) throw new Error(`${folder}: Pagefind wrote no metadata file`);
  const hashes = metaPageHashes(path.join(folder, meta));
  if (hashes.length !== pageKeys.length) throw new Error(`${folder}: ${hashes.length} pages in the metadata, ${pageKeys.length} records fed`);
  const keysOf = new Map<string, string[]>();
  hashes.forEach((h, k) => keysOf.set(`${h}.pf_fragment`, [...(keysOf.get(`${h}.pf_fragment`) ?? []), pageKeys[k]]));
  const misplaced: string[] = [];
  let unused = 0;
  for (const name of names) {
    const took = keysOf.get(name);
    if (!took) {
      rmSync(path.join(folder, 'fragment', name));
      unused++;
    } else if (took.join(' ') !== placed[name][1]) misplaced.push(name);
  }
  return { misplaced, unused };
}
