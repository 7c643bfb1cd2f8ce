// The input folder, read-only: its entries (a symbolic link only when it stays inside the
// folder) and a raw page's bytes (an oversize page refused before it is read).
import type { BigIntStats } from 'node:fs';
import { open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_RAW_BYTES } from '../lib/ingest/decode';

/** An entry of the input folder; `reason` when it is not read (named in the report). */
export interface RawEntry { name: string; reason?: string }

/**
 * Every entry of the input folder but hidden ones, sorted. A symbolic link is read only when it
 * resolves to a file inside the input folder: links are never followed out of it.
 */
export async function listRaw(input: string): Promise<RawEntry[]> {
  const root = await realpath(input);
  const entries: RawEntry[] = [];
  for (const d of await readdir(input, { withFileTypes: true })) {
    if (d.name.startsWith('.')) continue;
    if (d.isFile()) entries.push({ name: d.name });
    else if (d.isDirectory()) entries.push({ name: d.name, reason: 'a folder, not a page (only files directly in the input folder are read)' });
    else if (d.isSymbolicLink()) entries.push({ name: d.name, reason: await linkProblem(root, path.join(input, d.name)) });
    else entries.push({ name: d.name, reason: 'not a regular file (device, socket or pipe)' });
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function linkProblem(root: string, link: string): Promise<string | undefined> {
  const target = await readlink(link);
  let resolved: string;
  try { resolved = await realpath(link); } catch { return `symbolic link to ${target}, which does not exist`; }
  if (!resolved.startsWith(root + path.sep)) return `symbolic link to ${target}, outside the input folder: not followed`;
  if (!(await stat(resolved)).isFile()) return `symbolic link to ${target}, which is not a file`;
  return undefined;
}

/** Reads a raw page strictly read-only; refuses oversize files (by `info`, taken before) before reading them. */
export async function readRaw(file: string, info: BigIntStats): Promise<{ bytes?: Uint8Array; reason?: string }> {
  if (info.size > MAX_RAW_BYTES) return { reason: `too large (${info.size} bytes > ${MAX_RAW_BYTES})` };
  const handle = await open(file, 'r');
  try { return { bytes: await handle.readFile() }; } finally { await handle.close(); }
}
