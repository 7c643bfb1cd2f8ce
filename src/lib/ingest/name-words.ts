// A Latin name's words when a domain glues them (thirty-fourth round): «arabesdesantiago» = «arabes de santiago»,
// «noticiasdemendoza» = «noticias de mendoza», «ramthanews» = «ramtha news». The label is cut into the words
// names are made of (the transliteration table's words and its linking words) and at most two pieces of
// three letters or more between them (the name's own words, matched by their skeletons); of the cuts
// with fewest such pieces the one with most known words wins (linking words count: «arabes»+«de»+«santiago», not «arab»+«esdesantiago»). A label holding no table word is left whole.
// Linear in the label's length times the table's size (a label is short): no pass over the page.

/** Latin letters without their accents, lower case, letters and digits only («Dengê» → «denge», «Écho» → «echo»). */
export function plainLatin(word: string): string {
  return word.normalize('NFD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface Cut { unknown: number; known: number; words: string[] }

/**
 * The words a glued domain label is made of, or the label alone when no cut holds a table word (`words`);
 * linking words (`links`) are kept in the result for the caller to drop.
 */
export function cutGluedLabel(label: string, words: ReadonlySet<string>, links: ReadonlySet<string>): string[] {
  const s = plainLatin(label);
  if (s.length < 6 || !words.size) return [label];
  const vocabulary = [...words, ...links].filter((w) => w.length >= 2);
  const known = new Set(vocabulary);
  // best[i]: the best cut of s from i to its end; an unknown piece runs from i to a known word's start or the end.
  const best: (Cut | undefined)[] = new Array(s.length + 1);
  best[s.length] = { unknown: 0, known: 0, words: [] };
  const better = (a: Cut | undefined, b: Cut) => !a || b.unknown < a.unknown || (b.unknown === a.unknown && b.known > a.known);
  for (let i = s.length - 1; i >= 0; i--) {
    let here: Cut | undefined;
    for (const w of vocabulary) {
      const next = best[i + w.length];
      if (next && s.startsWith(w, i)) {
        const cut = { unknown: next.unknown, known: next.known + 1, words: [w, ...next.words] };
        if (better(here, cut)) here = cut;
      }
    }
    for (let j = i + 3; j <= s.length; j++) {
      const next = best[j];
      if (!next || next.unknown >= 2) continue;
      // An unknown piece ends where a known word starts or at the end (never two unknown pieces side by side).
      if (next.words.length && !known.has(next.words[0])) continue;
      const cut = { unknown: next.unknown + 1, known: next.known, words: [s.slice(i, j), ...next.words] };
      if (better(here, cut)) here = cut;
    }
    best[i] = here;
  }
  const whole = best[0];
  return whole && whole.words.length >= 2 && whole.words.some((w) => words.has(w)) ? whole.words : [label];
}
