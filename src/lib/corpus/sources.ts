// Outlet and agency names as pages write them → one SourceRef per real outlet, so
// "RT" and "RT Arabic" share /sources/rt-arabic/. Names missing from content/sources.yaml
// still get a page, under a stable id derived from the name.
import { createHash } from 'node:crypto';
import type { Source } from '../data/schemas';
import { asciiSlug, transliterate } from '../arabic/transliterate';
import { normalizeArabic } from '../arabic/normalize';
import type { SourceRef } from './types';

// Datelines like «موسكو (وكالات)» credit "agencies" in general: no outlet to link to.
const GENERIC_CREDITS = new Set(['وكالات', 'وكالات الانباء', 'مواقع', 'متابعات', 'agencies'].map(normalizeArabic));

/** Stable ASCII id for a name that is not in the sources file. */
export function unknownSourceId(name: string): string {
  const slug = asciiSlug(transliterate(name)).slice(0, 40) || asciiSlug(name).slice(0, 40);
  const hash = createHash('sha256').update(normalizeArabic(name.trim())).digest('hex').slice(0, 6);
  return slug ? `${slug}-${hash}` : `source-${hash}`;
}

export function makeSourceRef(
  name: string,
  kind: SourceRef['kind'],
  sources: readonly Source[],
  resolve: (name: string, sources: readonly Source[]) => Source | undefined,
  cache: Map<string, SourceRef>,
): SourceRef | undefined {
  const trimmed = name.trim();
  if (!trimmed || GENERIC_CREDITS.has(normalizeArabic(trimmed))) return undefined;
  const known = resolve(trimmed, sources);
  const ref: SourceRef = known
    ? { id: known.id, name: known.name, en: known.en, kind: known.kind }
    : { id: unknownSourceId(trimmed), name: trimmed, en: transliterate(trimmed) || trimmed, kind };
  const existing = cache.get(ref.id);
  if (existing) return existing;
  cache.set(ref.id, ref);
  return ref;
}
