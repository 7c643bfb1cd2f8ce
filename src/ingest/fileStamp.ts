// A file's stamp (size, inode, change and modification times in ns), kept in the ingest state
// so that the next run trusts what it knew of an unchanged file (the raw page's hash, an
// output's checksum) without reading it, as git's index does. Reading and hashing every raw
// page and every article was most of a 10-page update at 10k pages (docs/scale.md).
//
// The change time (ctime) cannot be set back by user tools, so a file replaced by a copy that
// keeps the old modification time (cp -p, rsync -t) still gets a new stamp. A file changed again
// within the same clock tick as the change the stamp saw would keep its stamp ("racy" in git's
// words): a stamp is trusted only when both times are older than the moment the state holding
// it was saved, by a margin wider than any file system's tick.
import { statSync, type BigIntStats } from 'node:fs';

/** Coarse file systems count time in seconds (FAT in two). */
const RACY_MARGIN_MS = 3000;

export function stampOf(info: BigIntStats): string {
  return `${info.size}-${info.ino}-${info.mtimeNs}-${info.ctimeNs}`;
}

/** The stamp of a file, or undefined when it does not exist (or cannot be read). */
export function fileStamp(file: string): string | undefined {
  const info = statSync(file, { bigint: true, throwIfNoEntry: false });
  return info?.isFile() ? stampOf(info) : undefined;
}

/**
 * Whether a stamp recorded in a state saved at `savedAtMs` may stand for the file's content:
 * the same stamp now, and the file last changed well before that state was saved (`marginMs`:
 * only tests narrow it).
 */
export function trustedStamp(recorded: string | undefined, now: string | undefined, savedAtMs: number | undefined, marginMs = RACY_MARGIN_MS): boolean {
  if (!recorded || recorded !== now || savedAtMs === undefined) return false;
  const [, , mtimeNs, ctimeNs] = recorded.split('-');
  const changedMs = Number((BigInt(mtimeNs) > BigInt(ctimeNs) ? BigInt(mtimeNs) : BigInt(ctimeNs)) / 1_000_000n);
  return changedMs < savedAtMs - marginMs;
}
