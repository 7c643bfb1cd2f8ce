// An actor's one-word name typed in another transliteration than the data's (forty-second pass, at the merge, session
// 50): «انرجواتوم» for the data's «إنرغوأتوم» (aliases إنيرغوأتوم, إنيرجوأتوم). The skeleton (nameSkeleton.ts) groups
// only words of no curated list — the data's names are the data's, read by their aliases — so a spelling the aliases
// lack read nothing: not the actor, and not the page word either (its stem is the actor's, left out of the groups).
// Here the typed word is read against the data's own one-word aliases by the same skeleton and distance, on the query
// side only (the aliases are shipped already: nothing more is). tiers.ts keeps the actor only where no page writes the
// typed word (`QueryUnit.unseenNames`): a word the corpus writes is what the reader asked for.
import type { KeyContext } from './keyContext';
import type { KeyedToken } from './keyTokens';
import { nameSkeleton, sameName, type SpellingRules } from './nameSkeleton';
import { stemSteps } from './stems';

/** At most this many actors read for one typed word: each is one more search. */
export const MAX_ALIAS_SPELLINGS = 2;

const bySkeleton = new WeakMap<object, Map<string, Array<{ stem: string; id: string }>>>();

/** The one-word aliases of the context grouped by skeleton (built once per context's alias table). */
function aliasSkeletons(aliases: KeyContext['aliases'], rules: SpellingRules): Map<string, Array<{ stem: string; id: string }>> {
  const cached = bySkeleton.get(aliases);
  if (cached) return cached;
  const out = new Map<string, Array<{ stem: string; id: string }>>();
  for (const entries of aliases.values()) {
    for (const { stems, id } of entries) {
      const skeleton = stems.length === 1 ? nameSkeleton(stems[0], rules) : null;
      if (!skeleton) continue;
      const group = out.get(skeleton) ?? [];
      if (!group.some((g) => g.stem === stems[0] && g.id === id)) group.push({ stem: stems[0], id });
      out.set(skeleton, group);
    }
  }
  bySkeleton.set(aliases, out);
  return out;
}

/**
 * The actors whose one-word alias the typed word (a word of no list) may be another spelling of, nearest first: the
 * same skeleton, and few letters apart once folded (nameSkeleton.ts `sameName`).
 */
export function aliasSpellingIds(t: KeyedToken, ctx: KeyContext): string[] {
  const rules = ctx.queryForms?.spellings;
  if (!rules || t.token.type !== 'ar' || ctx.families.has(t.stem) || ctx.known.has(t.stem)) return [];
  const table = aliasSkeletons(ctx.aliases, rules);
  const ids: string[] = [];
  for (const step of stemSteps(t.token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known)) {
    if (rules.notNames?.includes(step)) continue;
    const skeleton = nameSkeleton(step, rules);
    for (const { stem, id } of (skeleton && table.get(skeleton)) || []) {
      if (stem !== step && !ids.includes(id) && sameName(step, stem, rules)) ids.push(id);
    }
  }
  return ids.slice(0, MAX_ALIAS_SPELLINGS);
}
