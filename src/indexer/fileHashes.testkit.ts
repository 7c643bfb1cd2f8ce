// Test helper shared by the indexer's tests: every file under a folder with a hash of its bytes,
// so two indexes can be compared byte for byte with one toEqual.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under dir, with a hash of its bytes, by relative path. */
export function fileHashes(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) Object.assign(out, fileHashes(dir, rel));
    else out[rel] = createHash('sha1').update(readFileSync(path.join(dir, rel))).digest('hex');
  }
  return out;
}
