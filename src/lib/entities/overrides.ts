// Editor overrides from article frontmatter: `actors: {add, remove}` / `topics: {add, remove}`.
// Removal wins over what linking found; additions go last, in the editor's order; no duplicates.
import type { TopicAssignment, TopicId } from '../types';

export interface Overrides {
  add?: string[];
  remove?: string[];
}

/** ids after the editor's overrides (order kept, added ids appended, duplicates dropped). */
export function applyActorOverrides(ids: string[], overrides?: Overrides): string[] {
  const remove = new Set(overrides?.remove ?? []);
  const out: string[] = [];
  for (const id of [...ids, ...(overrides?.add ?? [])]) {
    if (!remove.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Same rules for topic ids. */
export function applyTopicOverrides(ids: string[], overrides?: Overrides): string[] {
  return applyActorOverrides(ids, overrides);
}

/**
 * Same rules for scored assignments; an editor-added topic gets `addedScore`
 * (it has no evidence score of its own).
 */
export function applyTopicAssignmentOverrides(
  assigned: TopicAssignment[], overrides?: Overrides, addedScore = 0,
): TopicAssignment[] {
  const byId = new Map(assigned.map((a) => [a.id as string, a]));
  return applyActorOverrides(assigned.map((a) => a.id), overrides).map(
    (id) => byId.get(id) ?? { id: id as TopicId, score: addedScore },
  );
}
