// A written shard's fragments, slimmed (src/lib/search/fragment.ts) or taken from the last index.
// Pagefind writes a fragment file per article; we rewrite each (its indexed keys out, the
// article's paragraphs in, gzip level 9): at 10k pages 6.2 s of CPU per daily update, for two
// shards of which ~17 of 16,900 fragments were new (docs/scale.md «session 18»). The slimmed
// file is a function of Pagefind's bytes and the texts they name (by text key), so a fragment
// whose bytes are the last run's, naming texts whose records are the last run's, gets the last
// run's slimmed file, byte for byte what slimming would write. What this needs of the last run
// is kept per shard in the index's state (shardReuse.ts): each fragment file's name, a hash of
// Pagefind's bytes, and the text keys and records it was slimmed with.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slimFragment, type ArticleTextOf } from '../lib/search/fragment';

/** One slimmed fragment file: [hash of Pagefind's bytes, its text keys, the records of those texts] (keys and records space-separated). */
export type FragmentEntry = [raw: string, keys: string, records: string];
/** A shard's fragment files by name. */
export type FragmentMap = Record<string, FragmentEntry>;

export interface LastFragments {
  /** The last index's fragment folder of the shard at the same path. */
  dir: string;
  files: FragmentMap;
}

const rawHash = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64url');

/**
 * Slims every fragment file in `dir` in place; a file whose Pagefind bytes and texts are those of
 * a file of `last` is that file's copy instead. `recordOf` names the record a text key's text
 * comes from in this run; `placed` files (fragmentPrime.ts) are kept as they are. Returns this
 * folder's map (for the next run) and how many were copied or placed.
 */
export function slimFragmentsIn(dir: string, textOf: ArticleTextOf, recordOf: (key: string) => string | undefined, last?: LastFragments, placed: FragmentMap = {}): { files: FragmentMap; reused: number } {
  const files: FragmentMap = {};
  let reused = 0;
  if (!existsSync(dir)) return { files, reused }; // an index of no record
  const byRaw = new Map<string, string>();
  for (const [name, [raw]] of Object.entries(last?.files ?? {})) byRaw.set(raw, name);
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    // Placed before Pagefind wrote (fragmentPrime.ts): already the last run's slimmed file.
    if (Object.hasOwn(placed, name)) {
      files[name] = placed[name];
      reused++;
      continue;
    }
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    const raw = rawHash(bytes);
    const lastName = byRaw.get(raw);
    const lastEntry = lastName !== undefined ? last!.files[lastName] : undefined;
    // Same bytes name the same text keys; their texts must come from the same records.
    if (lastEntry && lastEntry[1].split(' ').map((k) => recordOf(k) ?? '').join(' ') === lastEntry[2] && existsSync(path.join(last!.dir, lastName!))) {
      copyFileSync(path.join(last!.dir, lastName!), file);
      files[name] = lastEntry;
      reused++;
      continue;
    }
    const keys: string[] = [];
    writeFileSync(file, slimFragment(bytes, file, (k) => (keys.push(k), textOf(k))));
    files[name] = [raw, keys.join(' '), keys.map((k) => recordOf(k) ?? '').join(' ')];
  }
  return { files, reused };
}
