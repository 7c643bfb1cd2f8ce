// The incremental state of ingest between runs (.cache/ingest-state.json) and the atomic writes
// of the state and the report: what a run reads before it starts and writes when it ends.
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { ReviewRow } from '../lib/ingest/evidence';
import type { EmbeddedCap } from '../lib/ingest/run-report';

/**
 * A page's last run: its bytes, its text, every slug it yielded, the hash of each one written, its
 * low-confidence fields; the stamps (fileStamp.ts) of the raw page and of each output when they
 * were last read, so that an unchanged file is not read again.
 */
export interface StateEntry {
  hash: string; contentKey: string; slugs: string[]; outputs: Record<string, string>; capped?: EmbeddedCap; review?: ReviewRow[];
  stamp?: string; outputStamps?: Record<string, string>;
}
/** `savedAt`: when the state was written (ms), against which the stamps are trusted. */
export interface State { version: string; output: string; savedAt?: number; files: Record<string, StateEntry> }

export async function readText(file: string): Promise<string | undefined> {
  try { return await readFile(file, 'utf8'); } catch { return undefined; }
}

/**
 * The last run's state, for the same extraction version. A state written for another output
 * folder (the project copied, moved or cloned with its .cache/) still serves by content: its
 * stamps are not trusted (no `savedAt`), so each page and output is read and checked against the
 * hashes it recorded, and only a page whose bytes or outputs differ is extracted again.
 */
export async function loadState(file: string, version: string, output: string): Promise<Pick<State, 'files' | 'savedAt'>> {
  try {
    const state = JSON.parse(await readFile(file, 'utf8')) as State;
    if (state.version !== version || !state.files) return { files: {} };
    return state.output === output ? state : { files: state.files };
  } catch { return { files: {} }; }
}

/** Writes via a temporary file and rename, so a crash never leaves half an article. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, file);
}
