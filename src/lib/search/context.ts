// Builds the KeyContext (known names, alias phrases) from the actor dictionary, and moves it
// to the browser as a small JSON file written beside the Pagefind index.
import type { Actor } from '../types';
import { tokenize } from '../arabic/tokenize';
import { MIN_STEM } from '../arabic/clitics';
import { latinKey, searchStem, type KeyContext } from './keys';

export interface SearchActor {
  id: string;
  name: string;
  en: string;
  type: Actor['type'];
  /** Articles mentioning the actor (0 when unknown). */
  articles: number;
}

/** An actor as filter labels need it (dictionary actors and people discovered at build time). */
export type LabelActor = Pick<Actor, 'id' | 'name' | 'en' | 'type'>;

/** One of several Pagefind indexes of a large corpus (path under pagefind/, '' = the main one). */
export interface SearchShard {
  path: string;
  /** Holds the undated articles (always last, whatever the sort). */
  undated: boolean;
}

/** The JSON shipped to the browser (pagefind/kb-search.json). */
export interface SearchContextJson {
  version: 1;
  known: string[];
  /** [alias stems joined by a space, actor id]. */
  aliases: Array<[string, string]>;
  actors: SearchActor[];
  /** Labels for filter values: topic id → Arabic name, source id → name. */
  topics: Record<string, string>;
  sources: Record<string, string>;
  /**
   * Present when the corpus is split (docs/search.md): dated shards newest range first,
   * then the undated one. Absent: one index at pagefind/.
   */
  shards?: SearchShard[];
}

const stripArticle = (n: string) => (n.startsWith('ال') && n.length - 2 >= MIN_STEM ? n.slice(2) : n);

function isCliticFormOfAny(word: string, words: ReadonlySet<string>): boolean {
  let w = word;
  while (/^[وفبكل]/.test(w) && w.length - 1 >= MIN_STEM) {
    w = stripArticle(w.slice(1));
    if (words.has(w)) return true;
  }
  return false;
}

/** Every name a reader may type for an actor: the Arabic ones, and the English name too (Putin, NATO). */
function aliasPhrases(actor: Actor): string[] {
  return [actor.name, ...(actor.aliases ?? []), ...(actor.short ?? []), actor.en].filter((p) => p && p.trim());
}

/**
 * Known stems are every word of every alias (ال dropped): they are never clitic-stripped,
 * so بوتين stays بوتين. For people, the last word of a multi-word name also stands alone
 * (زيلنسكي for فولوديمير زيلنسكي) unless two actors share it.
 */
export function buildContextJson(
  actors: Actor[],
  opts: {
    articles?: Map<string, number>;
    topics?: Record<string, string>;
    sources?: Record<string, string>;
    /** Every actor that may be a filter value (default: the dictionary). */
    labels?: LabelActor[];
  } = {},
): SearchContextJson {
  const known = new Set<string>();
  const phrases: Array<[string[], string]> = [];
  const norms = (p: string) => tokenize(p).filter((t) => t.type === 'ar' || t.type === 'latin').map((t) => t.norm);
  const candidates = new Set<string>();
  for (const a of actors) for (const p of aliasPhrases(a)) for (const n of norms(p)) if (/[\u0600-\u06ff]/.test(n)) candidates.add(stripArticle(n));
  // A candidate that is a clitic form of another (للناتو in «اللجنة العسكرية للناتو») is not a name.
  for (const c of candidates) if (!isCliticFormOfAny(c, candidates)) known.add(c);
  const stemsOf = (p: string) => norms(p).map((n) => (/[\u0600-\u06ff]/.test(n) ? searchStem(n, known) : latinKey(n))).filter(Boolean);
  const lastWordOwners = new Map<string, Set<string>>();
  for (const a of actors) {
    for (const p of aliasPhrases(a)) phrases.push([stemsOf(p), a.id]);
    if (a.type !== 'person') continue;
    for (const p of aliasPhrases(a)) {
      const s = stemsOf(p);
      if (s.length < 2) continue;
      const last = s[s.length - 1];
      if (!lastWordOwners.has(last)) lastWordOwners.set(last, new Set());
      lastWordOwners.get(last)!.add(a.id);
    }
  }
  const taken = new Map<string, string>();
  for (const [s, id] of phrases) if (s.length === 1) taken.set(s[0], id);
  for (const [last, owners] of lastWordOwners) {
    if (owners.size !== 1 || taken.has(last) || last.length < MIN_STEM) continue;
    phrases.push([[last], [...owners][0]]);
  }
  const seen = new Set<string>();
  const aliases: Array<[string, string]> = [];
  for (const [s, id] of phrases) {
    const k = s.join(' ');
    if (!k || seen.has(k)) continue; // first actor wins an ambiguous alias
    seen.add(k);
    aliases.push([k, id]);
  }
  aliases.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return {
    version: 1,
    known: [...known].sort(),
    aliases,
    actors: (opts.labels ?? actors).map((a) => ({ id: a.id, name: a.name, en: a.en, type: a.type, articles: opts.articles?.get(a.id) ?? 0 })),
    topics: opts.topics ?? {},
    sources: opts.sources ?? {},
  };
}

export function contextFromJson(json: Pick<SearchContextJson, 'known' | 'aliases'>): KeyContext {
  const aliases = new Map<string, Array<{ stems: string[]; id: string }>>();
  for (const [phrase, id] of json.aliases) {
    const stems = phrase.split(' ');
    if (!aliases.has(stems[0])) aliases.set(stems[0], []);
    aliases.get(stems[0])!.push({ stems, id });
  }
  for (const list of aliases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { known: new Set(json.known), aliases };
}

/**
 * Normalised alias forms of each actor, for "did you mean" suggestions. Actors without
 * dictionary aliases (people discovered at build time) are suggested by their name.
 */
export function aliasForms(json: SearchContextJson): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [phrase, id] of json.aliases) {
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push(phrase);
  }
  const known = new Set(json.known);
  for (const a of json.actors) {
    if (out.has(a.id)) continue;
    const words = tokenize(a.name).filter((t) => t.type === 'ar' || t.type === 'latin').map((t) => (t.type === 'ar' ? searchStem(t.norm, known) : t.norm));
    // Like dictionary people, the last word of a name alone is a form too (كروسيتو).
    if (words.length) out.set(a.id, words.length > 1 && a.type === 'person' ? [words.join(' '), words[words.length - 1]] : [words.join(' ')]);
  }
  return out;
}

