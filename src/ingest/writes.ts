// Articles written while the run goes on deciding the next pages: a write's outcome («written»)
// is decided before it starts, so the run need not wait for the disk, only for room (a bounded
// number of pages written at once) and, before it reads the output folder again or saves its
// state, for every write to be done. A page's files are written all or nothing (writePage).
import { renameSync, writeFileSync } from 'node:fs';
import { copyFile, link, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileStamp } from './fileStamp';

export class Writes {
  private readonly pending = new Set<Promise<unknown>>();
  private writing = 0;

  constructor(private readonly limit: number) {}

  /** Waits until fewer than `limit` writes are under way. */
  async room(): Promise<void> {
    while (this.writing >= this.limit) await Promise.race(this.pending);
  }

  /** Starts a write (after room()); its promise is the caller's, settled or not. */
  start<T>(write: () => Promise<T>): Promise<T> {
    this.writing++;
    const running = write();
    this.track(running.finally(() => { this.writing--; }));
    return running;
  }

  /** Keeps a promise that must settle before the run goes on (what follows a page's writes). */
  track(work: Promise<unknown>): void {
    const settled: Promise<unknown> = work.then(() => {}, () => {}).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }

  /** Every write and what follows them, done. */
  async drain(): Promise<void> {
    while (this.pending.size) await Promise.all(this.pending);
  }
}

/** Writes a file's whole content (writeFileSync by default; tests inject a failing one: a full disk). */
export type WriteFile = (file: string, content: string) => Promise<void>;

/** One file of a page: its content, and its stamp when the run decided to write it (undefined: there was no file). */
export interface PageFile { file: string; content: string; stampBefore: string | undefined }

/**
 * The temporary names of a run's files, beside them in the same folder (a rename within a
 * folder is atomic), marked with the process id: a file left by a run that was killed is known
 * by its dead process (leftover()).
 */
const tempName = (file: string, kind: 'tmp' | 'bak') => `${file}.${process.pid}.${kind}`;
const LEFTOVER = /\.mdx\.(\d+)\.(?:tmp|bak)$/;

/** A temporary file of a run that no longer exists (killed during a write): removable. */
export function leftover(name: string): boolean {
  const pid = Number(LEFTOVER.exec(name)?.[1] ?? NaN);
  if (!Number.isSafeInteger(pid) || pid === process.pid) return false;
  try { process.kill(pid, 0); return false; } catch (e) { return (e as NodeJS.ErrnoException).code === 'ESRCH'; }
}

/** A file's name for an error message: the output folder's files are named by their own name. */
const nameOf = (file: string) => path.basename(file);

/**
 * Writes a page's files all or nothing: each to a temporary name, then, when every one is
 * written, each renamed over its file. A failure removes the temporaries and puts back what was
 * renamed already (the previous version, linked aside before it was replaced), so the folder
 * holds the page as before or as new, never half of it. A file that changed since the run
 * decided to write it (a person saving an edit meanwhile) is not replaced: the page fails.
 * Returns each file's stamp after the write, in order.
 *
 * The article is written and renamed with the synchronous calls: its few kilobytes go to the page
 * cache in microseconds, while each promise call (open, write, close, rename: four a file) is a
 * round trip through libuv's pool threads (~0.7 s of CPU a 3,000-page run: docs/ingest.md,
 * thirty-fourth round).
 */
export async function writePage(files: PageFile[], write: WriteFile = async (f, c) => writeFileSync(f, c, 'utf8')): Promise<(string | undefined)[]> {
  const temps = files.map((f) => tempName(f.file, 'tmp'));
  // Every write settles before any temporary is removed (a write still going on would leave one).
  const written = await Promise.allSettled(files.map((f, n) => write(temps[n], f.content)));
  const failed = written.findIndex((w) => w.status === 'rejected');
  if (failed >= 0) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw new Error(`${nameOf(files[failed].file)}: ${((written[failed] as PromiseRejectedResult).reason as Error).message}`);
  }
  // One file: its rename is the whole commit. Several: a file replaced is first linked aside, to
  // be put back if a later rename fails.
  const backups = files.length > 1;
  const done: { file: string; backup?: string }[] = [];
  let current = 0;
  try {
    for (; current < files.length; current++) {
      const { file, stampBefore } = files[current];
      if (fileStamp(file) !== stampBefore) throw new Error(`${nameOf(file)}: changed while ingest ran (an edit?): not replaced`);
      let backup: string | undefined;
      if (backups && stampBefore !== undefined) {
        backup = tempName(file, 'bak');
        const aside = backup;
        await link(file, aside).catch(() => copyFile(file, aside)); // a file system without hard links
      }
      try {
        renameSync(temps[current], file);
      } catch (e) {
        if (backup) await rm(backup, { force: true });
        throw new Error(`${nameOf(file)}: ${(e as Error).message}`);
      }
      done.push({ file, backup });
    }
  } catch (e) {
    // Best effort: a step that fails leaves the page half written, but the page is rejected and
    // left out of the state, so the next run writes it again.
    for (const { file, backup } of done.reverse()) await (backup ? rename(backup, file) : rm(file, { force: true })).catch(() => {});
    await Promise.all(temps.slice(current).map((t) => rm(t, { force: true }).catch(() => {})));
    throw e;
  }
  await Promise.all(done.map((d) => d.backup && rm(d.backup, { force: true })));
  return files.map((f) => fileStamp(f.file));
}
