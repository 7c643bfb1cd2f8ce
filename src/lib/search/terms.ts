// Index terms (keys.ts): an Arabic stem's ASCII key, an actor's and a concept's token, a Latin word.

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

/**
 * Index term of an Arabic stem. `open` leaves the end marker off (prefix match while typing).
 * Pagefind (1.6) also indexes the runs of digits and of letters inside a word («02hyh9» →
 * «02», «hyh»), and a query term that no index word extends matches the pages of the longest
 * index word that is a prefix of it. So «02wmei9» (صومعة, on no page) found every page saying
 * «صحيح» (02hyh9). A stem whose first letter is coded by a digit (ذ ص ض ظ) takes `u`, a letter
 * no Arabic letter uses, after the marker: no run Pagefind cuts from a key starts with «0».
 */
export function arabicKey(stem: string, open = false): string {
  const ascii = transliterateStem(stem);
  return `0${/^[0-9]/.test(ascii) ? 'u' : ''}${ascii}${open ? '' : '9'}`;
}

/** Index term of an actor: one token however the actor is spelled. */
export function actorKey(id: string): string {
  return `zz${id.toLowerCase().replace(/[^a-z0-9]/g, '')}zz`;
}

/**
 * Index term of a concept: one token for every phrasing of it. Marked with `uu`, a pair no index
 * word holds (no Arabic letter is written `u`, a hex run has only a–f): a concept on no page (or no
 * shard) would otherwise find, by Pagefind's longest-prefix answer (arabicKey), the pages of an
 * index word prefixing its token — «cc», a run of a record's hex slug, when it was `cc<id>cc`.
 */
export function conceptKey(id: string): string {
  return `uu${id.toLowerCase().replace(/[^a-z0-9]/g, '')}uu`;
}

/**
 * Latin words and numbers are indexed as themselves, ASCII-folded (Hürriyet → hurriyet). One
 * that starts with «0» not followed by a digit («0», «0x») would be a prefix of Arabic keys
 * (arabicKey: Pagefind would match it for any Arabic word no page holds), so it takes one more.
 */
export function latinKey(text: string): string {
  const key = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return /^0(?![0-9])/.test(key) ? `0${key}` : key;
}
