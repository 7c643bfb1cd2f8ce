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

/** An override naming an id the site does not know: the file, the field and the id. */
export interface OverrideProblem {
  file: string;
  field: string;
  id: string;
  suggestion?: string;
}

export const overrideProblemMessage = (p: OverrideProblem) =>
  `${p.file}: ${p.field}: unknown id «${p.id}»${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}; the article is built without it`;

/** Edit distance (insert, delete, substitute one character). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known id closest to a mistyped one, when it is close enough to be the one meant. */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(id.toLowerCase(), k.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && k < best)) (best = k), (bestDistance = d);
  }
  // Up to a third of the id's length may differ («ceasfire», «no-such-topic» is too far from anything).
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/**
 * Drops the ids an override names that are not in `known`, with one problem per dropped id, so
 * a typo never links to a missing page and never disappears without a word.
 */
export function checkOverrides(
  file: string, field: 'actors' | 'topics', overrides: Overrides | undefined, known: ReadonlySet<string>,
): { overrides: Overrides | undefined; problems: OverrideProblem[] } {
  if (!overrides) return { overrides, problems: [] };
  const problems: OverrideProblem[] = [];
  const keep = (key: 'add' | 'remove') => overrides[key]?.filter((id) => {
    if (known.has(id)) return true;
    problems.push({ file, field: `${field}.${key}`, id, suggestion: closestId(id, known) });
    return false;
  });
  return { overrides: { ...overrides, add: keep('add'), remove: keep('remove') }, problems };
}
