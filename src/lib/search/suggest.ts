// "Did you mean": the actor whose alias is closest to the query, by edit distance on the
// normalised, clitic-stripped forms (so a typo in زيلنسكيي still points at زيلينسكي).
import { stemWord, type KeyContext } from './keys';
import type { SearchActor } from './context';

/** Levenshtein distance, two-row. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export interface Suggestion {
  actor: SearchActor;
  distance: number;
}

/**
 * Closest actor alias to the query, within a distance that grows with the length
 * (1 for short words, up to a third of the letters). Actors without articles never win.
 */
export function suggestActor(query: string, ctx: KeyContext, actors: SearchActor[], aliasesById: Map<string, string[]>): Suggestion | null {
  const q = query.trim().split(/\s+/).map((w) => stemWord(w, ctx)).filter(Boolean).join(' ');
  if (q.length < 3) return null;
  const limit = Math.max(1, Math.floor(q.length / 3));
  let best: Suggestion | null = null;
  for (const actor of actors) {
    if (actor.articles === 0) continue;
    for (const alias of aliasesById.get(actor.id) ?? []) {
      const d = editDistance(q, alias);
      if (d > limit) continue;
      if (!best || d < best.distance || (d === best.distance && actor.articles > best.actor.articles)) best = { actor, distance: d };
    }
  }
  return best;
}
