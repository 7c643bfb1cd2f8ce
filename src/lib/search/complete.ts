// Completions for the header box's first letters: actor names (any alias, discovered people by
// name) and topic names that start with what the reader typed, most frequent first. Answered
// from the search context the box loads on focus (kb-search.json, kb-labels.json), without Pagefind: a
// two-letter prefix («زي») matches words in most articles, which costs Pagefind hundreds of
// milliseconds, and what the reader wants after two letters is a name to pick.
import { tokenize } from '../arabic/tokenize';
import { aliasForms, type SearchContextJson } from './context';
import { stemWord, type KeyContext } from './keys';

export type CompletionKind = 'actor' | 'topic';

export interface Completion {
  /** What is shown, and searched when chosen. */
  label: string;
  kind: CompletionKind;
  /** Articles it occurs in (0 when the index does not say). */
  count: number;
}

interface Entry extends Completion {
  /** Each way of writing it, as search stems word by word (ال and clitics dropped). */
  forms: string[][];
}

export type CompletionIndex = Entry[];

/**
 * Below this many letters (after ال and clitics) the box completes names only; from here on it
 * searches the articles too. Three letters is where a word prefix stops matching most pages.
 */
export const ARTICLE_SEARCH_FROM = 3;

/** The completion list of a search context: actors that occur in articles, and topics. */
export function completionIndex(json: Pick<SearchContextJson, 'aliases' | 'known' | 'actors' | 'topics' | 'topicArticles'>, ctx: KeyContext): CompletionIndex {
  const forms = aliasForms(json);
  const out: Entry[] = [];
  for (const a of json.actors) {
    if (a.articles <= 0) continue;
    const own = (forms.get(a.id) ?? []).map((p) => p.split(' ').filter(Boolean));
    out.push({ label: a.name, kind: 'actor', count: a.articles, forms: own.filter((f) => f.length) });
  }
  for (const [id, name] of Object.entries(json.topics)) {
    const words = stemsOf(name, ctx);
    if (words.length) out.push({ label: name, kind: 'topic', count: json.topicArticles?.[id] ?? 0, forms: [words] });
  }
  // Most frequent first; ties by name, so the order never depends on the file's.
  return out.sort((x, y) => y.count - x.count || x.label.localeCompare(y.label, 'ar'));
}

function stemsOf(text: string, ctx: KeyContext): string[] {
  return tokenize(text)
    .filter((t) => t.type === 'ar' || t.type === 'latin')
    .map((t) => (t.type === 'ar' ? stemWord(t.text, ctx) : t.norm.toLowerCase()));
}

/**
 * What the last, unfinished word may be: as typed, without ال (الز → ز), and without one
 * or two proclitic letters before it (وزي، بالز) while two letters remain. A stem in the
 * list never starts with ال (searchStem drops it), so the readings are tried as prefixes.
 */
export function prefixReadings(norm: string): string[] {
  const out = new Set<string>([norm]);
  const dropArticle = (w: string) => (w.startsWith('ال') && w.length > 2 ? w.slice(2) : w);
  out.add(dropArticle(norm));
  let w = norm;
  for (let i = 0; i < 2 && /^[وفبكل]/.test(w) && w.length - 1 >= 2; i++) {
    w = w.slice(1);
    out.add(w);
    out.add(dropArticle(w));
  }
  return [...out].filter(Boolean);
}

/** Letters of the query's last word that count as typed (ال and clitics aside). */
export function typedLetters(query: string): number {
  const words = tokenize(query);
  const last = words[words.length - 1];
  if (!last) return 0;
  if (last.type !== 'ar') return last.norm.length;
  return Math.min(...prefixReadings(last.norm).map((r) => r.length));
}

/**
 * Entries whose name has the query's words in order, the last one as a prefix: «زي» →
 * زيلينسكي، «فلاديمير ب» → فلاديمير بوتين, «وزيل» → زيلينسكي. The words before the last must
 * match whole (as search stems). A name the query already spells out is not offered (the
 * articles follow it anyway) unless `spelledOut` (the articles are not there yet: the name is
 * the one answer the box has). At most `limit`, most frequent first.
 */
export function complete(query: string, index: CompletionIndex, ctx: KeyContext, limit = 5, opts: { spelledOut?: boolean } = {}): Completion[] {
  const tokens = tokenize(query).filter((t) => t.type === 'ar' || t.type === 'latin');
  if (!tokens.length) return [];
  const last = tokens[tokens.length - 1];
  const before = tokens.slice(0, -1).map((t) => (t.type === 'ar' ? stemWord(t.text, ctx) : t.norm.toLowerCase()));
  const readings = last.type === 'ar' ? prefixReadings(last.norm) : [last.norm.toLowerCase()];
  // One letter alone says too little to complete; after a whole word it is enough.
  const least = before.length ? 1 : 2;
  if (readings.every((r) => r.length < least)) return [];
  // How a form meets the query: 'more' when it adds letters or words to what was typed,
  // 'done' when the query already is the whole name (nothing to complete: «لافروف»).
  const meets = (form: string[]): 'more' | 'done' | null => {
    let found: 'more' | 'done' | null = null;
    for (let i = 0; i + before.length < form.length; i++) {
      if (!before.every((w, j) => form[i + j] === w)) continue;
      const at = i + before.length;
      const word = form[at];
      for (const r of readings) {
        if (r.length < least || !word.startsWith(r)) continue;
        if (word.length > r.length || at < form.length - 1) found = 'more';
        else return 'done';
      }
    }
    return found;
  };
  const out: Completion[] = [];
  for (const e of index) {
    const ways = e.forms.map(meets);
    if (opts.spelledOut ? !ways.some(Boolean) : !ways.includes('more') || ways.includes('done')) continue;
    out.push({ label: e.label, kind: e.kind, count: e.count });
    if (out.length >= limit) break;
  }
  return out;
}
