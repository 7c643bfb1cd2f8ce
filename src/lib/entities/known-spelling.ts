// A known person under a new spelling («مايك والز» for مايك والتز, «ميخايلو بودوليواك» for
// بودولياك) joins that person instead of becoming a new one. A discovered name matches a
// dictionary person when their family names are close (edit distance over normalised letters)
// AND the given name or the role agrees — so two different people with close family names
// (or one family name: إيفانكا ترامب) stay apart. Every merge is reported for an editor to confirm.
import { normalizeArabic, phraseTokens } from '../arabic';
import type { Actor } from '../types';

/** Largest edit distance allowed between two family names, by the shorter one's length. */
export function maxFamilyDistance(len: number): number {
  return len < 4 ? 0 : len <= 6 ? 1 : 2;
}
/** Role words two role texts must share to agree («مستشار الأمن القومي»). */
export const MIN_SHARED_ROLE_WORDS = 2;

export interface SpellingMerge {
  /** The spelling found in the articles. */
  name: string;
  actorId: string;
  /** The dictionary spelling it was matched to. */
  known: string;
  distance: number;
  /** What agreed besides the family name. */
  by: 'given-name' | 'role';
}

interface Spelling {
  actor: Actor;
  text: string;
  given: string;
  family: string;
}

export interface KnownPeople {
  byFamilyLength: Map<number, Spelling[]>;
  roleWords: Map<string, Set<string>>;
  /** Answers already given (the same names recur across a corpus). */
  seen: Map<string, SpellingMerge | null>;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

// Words of a role text that say nothing about who it is.
const ROLE_FILLER = new Set(['في', 'من', 'الى', 'على', 'عن', 'لدي', 'باسم', 'ثم', 'السابق', 'السابقه']);
const roleWordsOf = (text: string) => new Set(phraseTokens(text).filter((w) => w.length >= 3 && !ROLE_FILLER.has(w)));

/** Indexes the two-or-more-word spellings of every dictionary person. */
export function indexKnownPeople(actors: Iterable<Actor>): KnownPeople {
  const byFamilyLength = new Map<number, Spelling[]>();
  const roleWords = new Map<string, Set<string>>();
  for (const actor of actors) {
    if (actor.type !== 'person' || actor.discovered) continue;
    if (actor.role) roleWords.set(actor.id, roleWordsOf(actor.role));
    for (const text of [actor.name, ...(actor.aliases ?? [])]) {
      const tokens = phraseTokens(text);
      if (tokens.length < 2) continue;
      // A family name of several words is also written glued («فون دير لاين» → «فوندرلاين»).
      const families = tokens.length > 2 ? [tokens[tokens.length - 1], tokens.slice(1).join('')] : [tokens[1]];
      for (const family of families) {
        const s = { actor, text, given: tokens[0], family };
        const list = byFamilyLength.get(family.length) ?? [];
        list.push(s);
        byFamilyLength.set(family.length, list);
      }
    }
  }
  return { byFamilyLength, roleWords, seen: new Map() };
}

/**
 * The dictionary person a discovered name is a new spelling of, or null. `evidence` is the
 * role text that introduced the name (discovery's evidence). Ambiguous matches (two people) give null.
 */
export function matchKnownSpelling(name: string, evidence: string[], known: KnownPeople): SpellingMerge | null {
  const key = `${name}|${evidence.join('|')}`;
  let answer = known.seen.get(key);
  if (answer === undefined) {
    answer = findKnownSpelling(name, evidence, known);
    if (known.seen.size > 50_000) known.seen.clear();
    known.seen.set(key, answer);
  }
  return answer;
}

function findKnownSpelling(name: string, evidence: string[], known: KnownPeople): SpellingMerge | null {
  const tokens = phraseTokens(name);
  if (tokens.length < 2) return null;
  const given = tokens[0];
  const family = tokens[tokens.length - 1];
  const evidenceWords = roleWordsOf(evidence.join(' '));
  const found = new Map<string, SpellingMerge>();
  const max = maxFamilyDistance(family.length);
  for (let len = family.length - max; len <= family.length + max; len++) {
    for (const s of known.byFamilyLength.get(len) ?? []) {
      const limit = Math.min(max, maxFamilyDistance(s.family.length));
      const distance = editDistance(family, s.family, limit);
      if (distance > limit) continue;
      // Identical family and given name is the dictionary spelling itself: linking has it.
      let by: SpellingMerge['by'] | null = null;
      if (editDistance(given, s.given, 1) <= (given.length >= 4 ? 1 : 0)) by = 'given-name';
      else {
        const role = known.roleWords.get(s.actor.id);
        const shared = role ? [...evidenceWords].filter((w) => role.has(w)).length : 0;
        if (distance <= 1 && shared >= MIN_SHARED_ROLE_WORDS) by = 'role';
      }
      if (!by) continue;
      const prev = found.get(s.actor.id);
      if (!prev || distance < prev.distance) found.set(s.actor.id, { name, actorId: s.actor.id, known: s.text, distance, by });
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** Normalised name, for comparing spellings. */
export const nameKey = (name: string) => normalizeArabic(name).replace(/\s+/g, ' ').trim();

export interface ResolvedDiscoveries {
  /** New people (strong candidates that are no dictionary person). */
  discovered: Actor[];
  /** New spellings of dictionary people, under the dictionary id (for extendActorMatcher). */
  spellings: Actor[];
  merges: SpellingMerge[];
}

interface CandidateLike {
  id: string;
  name: string;
  aliases: string[];
  evidence: string[];
  strong: boolean;
}

/**
 * Splits discovery candidates into new people and new spellings of known ones. A candidate
 * of two or more words that matches a dictionary person joins them (strong or weak: the
 * dictionary vouches for the person); the others become site actors only when strong.
 */
export function resolveDiscoveries<C extends CandidateLike>(candidates: C[], known: KnownPeople, toActors: (strong: C[]) => Actor[]): ResolvedDiscoveries {
  const merges: SpellingMerge[] = [];
  const spellings: Actor[] = [];
  const rest: C[] = [];
  for (const c of candidates) {
    const merge = matchKnownSpelling(c.name, c.evidence, known);
    if (!merge) {
      rest.push(c);
      continue;
    }
    merges.push(merge);
    const parts = c.name.split(/\s+/);
    spellings.push({ id: merge.actorId, type: 'person', name: c.name, en: '', aliases: c.aliases, short: [parts[parts.length - 1]] });
  }
  return { discovered: toActors(rest), spellings, merges };
}

const knownCache = new WeakMap<object, KnownPeople>();
/** The dictionary people of a matcher, indexed once per dictionary. */
export function knownPeopleOf(actors: Map<string, Actor>, key: object): KnownPeople {
  let k = knownCache.get(key);
  if (!k) knownCache.set(key, (k = indexKnownPeople(actors.values())));
  return k;
}
