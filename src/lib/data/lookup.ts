// Exact (normalised) lookups in the curated data: which actor does this exact string name
// (not the linker: src/lib/entities does clitics, longest match and context), and which
// outlet does this outlet name mean. Pure: the data is passed in.
import type { Actor, MentionKind } from '../types';
import { matchKey, sourceKey } from './keys';
import type { Source } from './schemas';

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

const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source>>();

/**
 * The source an outlet name refers to, or undefined. Tolerant of spelling (normalised),
 * Latin case, punctuation, and «صحيفة/موقع/وكالة/جريدة/قناة/شبكة/مجلة» prefixes:
 * «RT Arabic», «rt» and «روسيا اليوم» all resolve to the same entry.
 */
export function resolveSource(name: string, sources: readonly Source[]): Source | undefined {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = new Map();
    for (const s of sources) {
      for (const text of [s.name, s.en, s.id, ...s.aliases, ...(s.domains ?? [])]) {
        const key = sourceKey(text);
        if (key && !index.has(key)) index.set(key, s);
      }
    }
    sourceIndexes.set(sources, index);
  }
  const key = sourceKey(name);
  if (!key) return undefined;
  return index.get(key) ?? index.get(key.replace(/^www /, ''));
}
