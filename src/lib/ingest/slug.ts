// Slugs depend only on the raw file name (and position for embedded articles), so URLs stay
// stable across re-ingests and never depend on the actor dictionary or the page content.
import { createHash } from 'node:crypto';

export const MAX_SLUG_LENGTH = 60;

/** `000_f1015a2331e42f8d.txt` → `000-f1015a2331e42f8d`; non-ASCII names get a hash suffix. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '');
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  // eslint-disable-next-line no-control-regex
  if (!slug || /[^\x00-\x7F]/.test(fileName)) {
    const hash = createHash('sha256').update(fileName, 'utf8').digest('hex').slice(0, 8);
    return slug ? `${slug}-${hash}` : hash;
  }
  return slug;
}

/** Slug of the n-th (1-based) embedded article found in a host page. */
export function embeddedSlug(hostSlug: string, n: number): string {
  return `${hostSlug}-e${n}`;
}
