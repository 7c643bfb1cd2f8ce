// Reusing the search index's shards between builds (docs/architecture.md «Builds»). Each shard
// (src/lib/search/shardPlan.ts) has a hash of what goes into it: its folder and range, every
// document it indexes (URL, the document its record and excerpt file are made from, their sort
// keys and the excerpt file's name), and a key for everything else that shapes the output (the
// build's global fingerprint: code, packages, curated data, which the keying context comes from). The
// hashes of the last index are kept beside the build's manifest (`--reuse-state`); a shard
// whose hash is unchanged is moved from the old index into the new one, the others are written
// again. The new index is assembled in a staged folder and swapped in whole, so a failed run
// leaves the old index (and no state, so the next run rebuilds every shard).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedShard } from '../lib/search/shardPlan';
import { CONTEXT_FILE } from '../lib/search/record';
import { WORDS_DIR } from '../lib/search/wordBuckets';
import { LABELS_FILE } from '../lib/search/context';
import { SHARDS_FILE } from '../lib/search/shardsFile';
import type { FragmentMap } from './fragmentReuse';

export const SHARD_STATE_VERSION = 1;

export interface ShardState {
  version: number;
  /** What else shapes the index (the build's global fingerprint); another key reuses nothing. */
  key: string;
  maxShard: number;
  /** `fragments`: the shard's slimmed fragment files (fragmentReuse.ts); absent in states before session 18. */
  shards: Array<{ path: string; range: string; hash: string; fragments?: FragmentMap }>;
}

/**
 * The hash of one document as indexed: its record and excerpt file are made from it (with the
 * keying context and the code, which the reuse key stands for) and the excerpt file's name.
 */
export function documentHash(doc: object, textName: string): string {
  return createHash('sha1').update(`${textName}\0${JSON.stringify(doc)}`).digest('base64url');
}

/** A shard's hash: its folder, range and kind, whether the index is sharded (the records' sort keys), its documents. */
export function shardHash(key: string, shard: PlannedShard, sharded: boolean, docHashes: string[]): string {
  const h = createHash('sha1').update(`${key}\0${shard.path}\0${shard.range}\0${shard.undated}\0${sharded}\n`);
  for (let k = shard.start; k < shard.end; k++) h.update(docHashes[k]);
  return h.digest('hex');
}

/** The last index's state when it can be used for this one; else undefined (every shard rebuilt). */
export function readShardState(file: string | undefined, key: string, maxShard: number, indexDir: string): ShardState | undefined {
  if (!file || !existsSync(file)) return undefined;
  let state: ShardState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as ShardState;
  } catch (err) {
    console.warn(`search: ${file} unreadable (${(err as Error).message}); every shard is rebuilt`);
    return undefined;
  }
  if (state.version !== SHARD_STATE_VERSION || state.key !== key || state.maxShard !== maxShard) return undefined;
  // Only shards whose bundle is still on disk can be moved.
  state.shards = state.shards.filter((s) => existsSync(path.join(indexDir, s.path, 'pagefind-entry.json')));
  return state;
}

export function writeShardState(file: string, state: ShardState) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state));
}

/** Which planned shards the last index holds unchanged (same folder, range and hash). */
export function reusableShards(plan: PlannedShard[], hashes: string[], previous: ShardState | undefined): boolean[] {
  const old = new Map((previous?.shards ?? []).map((s) => [`${s.path}\0${s.range}`, s.hash]));
  return plan.map((s, i) => hashes[i] !== undefined && old.get(`${s.path}\0${s.range}`) === hashes[i]);
}

/**
 * Moves the kept shards' bundles (their fragments hold the articles' texts) from the old index
 * into the staged one. The root shard's bundle is every entry of the old root but the other
 * shards' folders and our context files (rewritten every run).
 */
export function moveKeptShards(oldDir: string, stageDir: string, kept: PlannedShard[]) {
  for (const s of kept) {
    if (s.path) {
      renameSync(path.join(oldDir, s.path), path.join(stageDir, s.path));
      continue;
    }
    const ours = new Set([CONTEXT_FILE, LABELS_FILE, SHARDS_FILE, WORDS_DIR]);
    for (const e of readdirSync(oldDir, { withFileTypes: true })) {
      if (ours.has(e.name) || (e.isDirectory() && e.name.startsWith('shard-'))) continue;
      renameSync(path.join(oldDir, e.name), path.join(stageDir, e.name));
    }
  }
}

/**
 * Replaces the old index with the staged one. With `trashDir` (on the same disk), what is left
 * of the old index is moved there, to be deleted by the next run (emptyTrash) rather than now:
 * right after Pagefind's writes, deleting some 10,000 files waited 20-30 s for the disk (3,000
 * pages, loaded machine; 0.4-1.3 s on an idle disk). Elsewhere, or when the move fails, it is
 * deleted at once.
 */
export function swapIndex(stageDir: string, indexDir: string, trashDir?: string) {
  let moved = false;
  if (trashDir && existsSync(indexDir)) {
    try {
      mkdirSync(trashDir, { recursive: true });
      renameSync(indexDir, path.join(trashDir, `${Date.now()}-${process.pid}`));
      moved = true;
    } catch {
      /* another disk: deleted below */
    }
  }
  if (!moved) rmSync(indexDir, { recursive: true, force: true });
  renameSync(stageDir, indexDir);
}

/** Deletes what earlier runs left in the trash (swapIndex), while this run reads its documents. */
export function emptyTrash(trashDir: string): Promise<void> {
  return rm(trashDir, { recursive: true, force: true });
}
