// Search keys: the ONE function that turns Arabic words into index terms, run at index time
// (src/indexer/write.ts) and again in the browser on the reader's query, so both sides
// agree on what "the same word" means whatever the spelling.
//
// Why our own keys instead of Pagefind's Arabic stemmer: Pagefind folds alef/hamza/tashkeel
// but misses ل/وال/clitic+hamza, folds ى/ة one way only, and over-stems (الزيتون → زيت).
// We index a key stream instead of the text:
//   word → normalizeArabic → searchStem (clitics off, deterministic) → ASCII transliteration,
// wrapped as `0…9`. Pagefind's Arabic stemmer leaves ASCII alone, so no suffix stemming
// happens; the `9` end marker turns Pagefind's prefix matching into exact matching for every
// term except the one being typed (sent without the marker).
// Actor aliases (ترمب/ترامب, الناتو/حلف شمال الأطلسي) add one actor token `zz<id>zz`.
import { normalizeArabic } from '../arabic/normalize';
import { tokenize, type Token } from '../arabic/tokenize';
import { MIN_STEM } from '../arabic/clitics';

/** Single-letter proclitics (conjunctions و ف, prepositions ب ك ل). */
const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/** Data shared by index and query side (shipped to the browser as JSON). */
export interface KeyContext {
  /** Stems that are never stripped further (actor names: بوتين must not become وتين). */
  known: ReadonlySet<string>;
  /** First stem → aliases starting with it (stems, longest first) and their actor id. */
  aliases: ReadonlyMap<string, Array<{ stems: string[]; id: string }>>;
}

export const EMPTY_CONTEXT: KeyContext = { known: new Set(), aliases: new Map() };

/**
 * Strips proclitics off a normalised word, one at a time and always the same way:
 * ال is dropped first, a known stem stops, otherwise a leading و ف ب ك ل goes, while at
 * least MIN_STEM letters remain. Deterministic and confluent: stem(c + w) === stem(w) for a
 * clitic c, which is what makes وبوتين, لبوتين and بوتين one key without OR queries.
 */
export function searchStem(norm: string, known: ReadonlySet<string> = EMPTY_CONTEXT.known): string {
  let w = norm;
  for (;;) {
    if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) {
      w = w.slice(2);
      continue;
    }
    if (known.has(w)) return w;
    if (CLITIC_LETTERS.has(w[0]) && w.length - 1 >= MIN_STEM) {
      w = w.slice(1);
      continue;
    }
    return w;
  }
}

// Normalised Arabic letters → ASCII. 29 letters: a-z plus three digits (never 0 or 9).
const TRANSLIT: Record<string, string> = {
  'ء': 'q', 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'v', 'ج': 'j', 'ح': 'h', 'خ': 'x', 'د': 'd',
  'ذ': '1', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'c', 'ص': '2', 'ض': '3', 'ط': 'p', 'ظ': '4',
  'ع': 'e', 'غ': 'g', 'ف': 'f', 'ق': 'o', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'i',
  'و': 'w', 'ي': 'y',
};

/** ASCII form of a normalised Arabic stem; letters outside the table become `5`. */
export function transliterateStem(stem: string): string {
  let out = '';
  for (const ch of stem) out += TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '5');
  return out;
}

/** Index term of an Arabic stem. `open` leaves the end marker off (prefix match while typing). */
export function arabicKey(stem: string, open = false): string {
  return `0${transliterateStem(stem)}${open ? '' : '9'}`;
}

/** Index term of an actor: one token however the actor is spelled. */
export function actorKey(id: string): string {
  return `zz${id.toLowerCase().replace(/[^a-z0-9]/g, '')}zz`;
}

/** Latin words and numbers are indexed as themselves, ASCII-folded (Hürriyet → hurriyet). */
export function latinKey(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface KeyedToken {
  token: Token;
  /** Stem for Arabic words, ASCII-folded text otherwise. */
  stem: string;
  key: string;
}

export function keyTokens(text: string, ctx: KeyContext): KeyedToken[] {
  const out: KeyedToken[] = [];
  for (const token of tokenize(text)) {
    if (token.type === 'ar') {
      const stem = searchStem(token.norm.replace(/[\u200C\u200D]/g, ''), ctx.known);
      out.push({ token, stem, key: arabicKey(stem) });
    } else {
      const stem = latinKey(token.norm);
      if (stem) out.push({ token, stem, key: stem });
    }
  }
  return out;
}

/** Longest actor alias starting at token i: its length in tokens and actor id, or null. */
export function aliasAt(stems: string[], i: number, ctx: KeyContext): { length: number; id: string } | null {
  const candidates = ctx.aliases.get(stems[i]);
  if (!candidates) return null;
  for (const c of candidates) {
    if (c.stems.every((s, k) => stems[i + k] === s)) return { length: c.stems.length, id: c.id };
  }
  return null;
}

/**
 * The key stream Pagefind indexes for a text: one key per word, plus an actor key after
 * every alias (so the stream holds both ترمب's spelling and "the actor Trump").
 */
export function indexKeys(text: string, ctx: KeyContext): string[] {
  const toks = keyTokens(text, ctx);
  const stems = toks.map((t) => t.stem);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    out.push(toks[i].key);
    const alias = aliasAt(stems, i, ctx);
    if (alias) out.push(actorKey(alias.id));
  }
  return out;
}

export interface QueryPlan {
  /** What to pass to pagefind.search (space-joined terms), '' for an empty query. */
  search: string;
  /** Keys that must match exactly. */
  exact: string[];
  /** Key that may match as a prefix (the word being typed), if any. */
  prefix: string | null;
  /** Actor ids the query named through an alias. */
  actors: string[];
}

/**
 * Rewrites a reader's query into index terms. Alias phrases become the actor key alone
 * (زيلنسكي finds زيلينسكي); every other word becomes its key. With `prefixLast` the last
 * word is left open, so زيلين already finds زيلينسكي while typing. Deterministic in the
 * query string, so a deep link reproduces the same results.
 */
export function planQuery(query: string, ctx: KeyContext, opts: { prefixLast?: boolean } = {}): QueryPlan {
  const toks = keyTokens(query, ctx);
  const stems = toks.map((t) => t.stem);
  const exact: string[] = [];
  const actors: string[] = [];
  let prefix: string | null = null;
  for (let i = 0; i < toks.length; ) {
    const alias = aliasAt(stems, i, ctx);
    if (alias) {
      const key = actorKey(alias.id);
      if (!exact.includes(key)) exact.push(key);
      if (!actors.includes(alias.id)) actors.push(alias.id);
      i += alias.length;
      continue;
    }
    const last = i === toks.length - 1;
    const t = toks[i];
    if (last && opts.prefixLast && t.stem.length >= 2) {
      prefix = t.token.type === 'ar' ? arabicKey(t.stem, true) : t.key;
    } else if (!exact.includes(t.key)) {
      exact.push(t.key);
    }
    i++;
  }
  const terms = prefix ? [...exact, prefix] : exact;
  return { search: terms.join(' '), exact, prefix, actors };
}

/** normalizeArabic + searchStem of one word, for callers outside the key stream. */
export function stemWord(word: string, ctx: KeyContext = EMPTY_CONTEXT): string {
  return searchStem(normalizeArabic(word), ctx.known);
}
