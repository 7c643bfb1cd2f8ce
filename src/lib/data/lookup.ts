// Exact (normalised) lookup of a written form in the actor dictionary. This is not the
// linker (src/lib/entities does clitics, longest match and context); it answers
// "which actor does this exact string name?" for tests, overrides and tools.
import type { Actor, MentionKind } from '../types';
import { matchKey } from './keys';

export interface ActorHit {
  actor: Actor;
  kind: Extract<MentionKind, 'name' | 'alias' | 'short' | 'nisba' | 'capital'>;
}

const FIELDS = [
  ['aliases', 'alias'],
  ['short', 'short'],
  ['nisba', 'nisba'],
  ['capitals', 'capital'],
] as const;

const indexes = new WeakMap<readonly Actor[], Map<string, ActorHit>>();

/** Map from matchKey(form) to the actor and the kind of form, over every actor form. */
export function actorIndex(actors: readonly Actor[]): Map<string, ActorHit> {
  let index = indexes.get(actors);
  if (index) return index;
  index = new Map();
  for (const actor of actors) {
    const put = (text: string, kind: ActorHit['kind']) => {
      const key = matchKey(text);
      if (key && !index!.has(key)) index!.set(key, { actor, kind });
    };
    put(actor.name, 'name');
    for (const [field, kind] of FIELDS) for (const text of actor[field] ?? []) put(text, kind);
  }
  indexes.set(actors, index);
  return index;
}

/** The actor whose name, alias, short name, nisba or capital is exactly `text` (normalised). */
export function lookupActor(text: string, actors: readonly Actor[]): ActorHit | undefined {
  return actorIndex(actors).get(matchKey(text));
}
