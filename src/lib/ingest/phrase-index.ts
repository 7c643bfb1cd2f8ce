// «Does this key hold any of the lexicon's phrases?» for every line of every page (classify.ts):
// the phrases are indexed by their first two characters once per list, and a key is scanned once,
// instead of one `includes` per phrase per line. The same answer as `phrases.some((p) => key.includes(p))`.

interface PhraseIndex {
  /** Phrases of two characters or more, by their first two UTF-16 units. */
  byPair: Map<number, string[]>;
  /** Phrases shorter than two units (none in the data today): tested as they are. */
  short: string[];
}

const indexes = new WeakMap<readonly string[], PhraseIndex>();

function indexOf(phrases: readonly string[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (!index) {
    const byPair = new Map<number, string[]>();
    const short: string[] = [];
    for (const p of phrases) {
      if (p.length < 2) { short.push(p); continue; }
      const pair = p.charCodeAt(0) * 0x10000 + p.charCodeAt(1);
      const list = byPair.get(pair);
      if (list) list.push(p); else byPair.set(pair, [p]);
    }
    indexes.set(phrases, index = { byPair, short });
  }
  return index;
}

/** True when `text` contains one of `phrases` (the list is indexed on first use and must not change after). */
export function containsAnyPhrase(text: string, phrases: readonly string[]): boolean {
  const { byPair, short } = indexOf(phrases);
  for (const p of short) if (text.includes(p)) return true;
  if (!byPair.size) return false;
  for (let i = 0; i + 1 < text.length; i++) {
    const list = byPair.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
    if (list) for (const p of list) if (text.startsWith(p, i)) return true;
  }
  return false;
}
