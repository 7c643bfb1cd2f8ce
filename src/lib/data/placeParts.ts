// content/search-place-parts.yaml → the query side's places named by their parts (issue 15, forty-first pass, session
// 49). A place is shipped as two thesaurus concepts under PLACE_PREFIX: `place/<id>`, the whole's names (a reader's
// phrase), and `place/<id>/parts`, what stands for it on a page — never read as a reader's phrase, so a part never asks
// for its whole (src/lib/search/placeParts.ts). The thesaurus's keying and word buckets carry both.
import type { Actor } from '../types';
import { PlacePartsFileSchema, type PlacePartsEntry } from './schemas/search-place-parts';
import type { ThesaurusConcept } from './thesaurus';
import { PLACE_ACTOR_PREFIX, PLACE_PREFIX, PLACE_PARTS_SUFFIX } from '../search/placeParts';
import { DataFileError, parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_PLACE_PARTS_PATH = 'content/search-place-parts.yaml';

/** The file's places, checked: an id once, a place reference to a listed place, no place its own part. */
export function parsePlaceParts(text: string, file = DEFAULT_SEARCH_PLACE_PARTS_PATH): PlacePartsEntry[] {
  const y = parseYaml(text, file);
  const { places } = validateYaml(y, PlacePartsFileSchema);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of places) {
    if (ids.has(p.id)) problems.push(`place "${p.id}" is listed twice`);
    ids.add(p.id);
  }
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const p of places) {
    for (const part of p.parts) if (part.startsWith('@') && !byId.has(part.slice(1))) problems.push(`place "${p.id}": part ${part} is no place of the file`);
    if (reaches(p.id, p.id, byId, new Set())) problems.push(`place "${p.id}" is a part of itself`);
  }
  if (problems.length) throw new DataFileError(file, problems);
  return places;
}

function reaches(from: string, target: string, byId: Map<string, PlacePartsEntry>, seen: Set<string>): boolean {
  for (const part of byId.get(from)?.parts ?? []) {
    if (!part.startsWith('@')) continue;
    const to = part.slice(1);
    if (to === target) return true;
    if (seen.has(to)) continue;
    seen.add(to);
    if (reaches(to, target, byId, seen)) return true;
  }
  return false;
}

/** A place's names: its own, then its actor's name and aliases. */
function namesOf(p: PlacePartsEntry, actors: ReadonlyMap<string, Actor>): string[] {
  const actor = p.actor ? actors.get(p.actor) : undefined;
  return [...new Set([...(p.names ?? []), ...(actor ? [actor.name, ...actor.aliases] : [])])];
}

/**
 * A place's parts as phrasings, a referenced place's names and parts taken in turn with the others' (round by round:
 * Donbas → Donetsk, Luhansk, then Bakhmut, Sievierodonetsk …), so a capped search reaches every branch.
 */
function partsOf(p: PlacePartsEntry, byId: Map<string, PlacePartsEntry>, actors: ReadonlyMap<string, Actor>): string[] {
  const lists = p.parts.map((part) => {
    if (!part.startsWith('@')) return [part];
    const sub = byId.get(part.slice(1))!;
    return [...namesOf(sub, actors), ...partsOf(sub, byId, actors)];
  });
  const out: string[] = [];
  for (let round = 0; lists.some((l) => round < l.length); round++) for (const l of lists) if (round < l.length && !out.includes(l[round])) out.push(l[round]);
  return out;
}

/** The places as thesaurus concepts: `place/<id>` (the names; `place/actor/<id>` for an actor's) and `…/parts`. */
export function placePartsConcepts(places: PlacePartsEntry[], actors: Actor[], file = DEFAULT_SEARCH_PLACE_PARTS_PATH): ThesaurusConcept[] {
  const byActor = new Map(actors.map((a) => [a.id, a]));
  const missing = places.filter((p) => p.actor && !byActor.has(p.actor)).map((p) => `place "${p.id}": actor "${p.actor}" is not in the actors file`);
  if (missing.length) throw new DataFileError(file, missing);
  const byId = new Map(places.map((p) => [p.id, p]));
  return places.flatMap((p) => {
    const id = `${p.actor ? PLACE_ACTOR_PREFIX : PLACE_PREFIX}${p.id}`;
    return [
      { id, phrasings: namesOf(p, byActor) },
      { id: `${id}${PLACE_PARTS_SUFFIX}`, phrasings: partsOf(p, byId, byActor) },
    ];
  });
}

export function loadPlaceParts(path = DEFAULT_SEARCH_PLACE_PARTS_PATH): PlacePartsEntry[] {
  return readDataFile(path, parsePlaceParts);
}
