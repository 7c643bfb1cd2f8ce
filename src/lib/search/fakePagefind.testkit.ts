// Shared by the search pass tests: a fake Pagefind over pages keyed by the real indexer.
import { indexKeys } from './keys';

/** A search ANDs its terms, leaving out a term no page holds (as Pagefind does); every hit scores 1. */
export function fakePagefind(pages: Record<string, string>, ctx: Parameters<typeof indexKeys>[1]) {
  const keyed = Object.entries(pages).map(([id, text]) => [id, new Set(indexKeys(text, ctx))] as const);
  return async (search: string) => {
    const known = search.split(' ').filter((t) => t && keyed.some(([, keys]) => keys.has(t)));
    if (!known.length) return [];
    return keyed.filter(([, keys]) => known.every((t) => keys.has(t))).map(([id]) => ({ id, score: 1 }));
  };
}
