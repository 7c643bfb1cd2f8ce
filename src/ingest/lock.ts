// One ingest at a time per state: two runs at once would write the same articles, remove each
// other's as stale and save states that each describe half the work. The lock is a file beside
// the state, created exclusively, naming the process that holds it; a lock whose process is gone
// (a run killed) is taken over.
import { hostname } from 'node:os';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';

export interface LockHolder { pid: number; host: string; output: string; since: string }

/** Whether the process that wrote a lock is still running (on another host: assumed so, it cannot be checked). */
function alive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try { process.kill(holder.pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code !== 'ESRCH'; }
}

async function holderOf(file: string): Promise<LockHolder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    return Number.isSafeInteger(holder.pid) ? holder : undefined;
  } catch { return undefined; }
}

/**
 * Takes the lock `file` for a run writing `output`, or throws naming the run that holds it.
 * Returns its release. A lock left by a dead process (or unreadable: a run killed while writing
 * it) is removed and taken; the message says so through `onStale`.
 */
export async function takeLock(file: string, output: string, onStale?: (holder: LockHolder | undefined) => void): Promise<() => Promise<void>> {
  const mine: LockHolder = { pid: process.pid, host: hostname(), output, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await holderOf(file);
    // No holder yet in a fresh lock: a run is starting (it writes its name right after creating it).
    const starting = !holder && Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? 0) < 10_000;
    // A second stale lock right after the first was removed: another run is starting at the same moment.
    if ((holder && alive(holder)) || starting || attempt > 0) {
      const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}, writing ${holder.output}` : 'starting';
      throw Object.assign(new Error(`another ingest is running (${who}): wait for it to end, or remove ${file} if no ingest is running`), { name: 'IngestLockedError' });
    }
    onStale?.(holder);
    await rm(file, { force: true });
  }
}
