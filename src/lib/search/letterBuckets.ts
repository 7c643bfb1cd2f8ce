// The word-data files (pagefind/kb-words/, wordBuckets.ts) a query's first plan will read, named from the query's
// letters alone, by a rule small enough to run in the /search/ page's HTML (src/pages/search/index.astro inlines
// this function's source): the page asks for them with kb-search.json, not once the search script has loaded,
// run and planned (engine.ts prefetchWordIndex names the plan's own, one round trip later). Each Arabic word is
// folded as normalizeArabic folds it, then its article and clitic letters are taken off one at a time as
// stems.ts stemSteps may (no stem is known here, so every step), and each step's first two letters name a bucket.
// A bucket named here that the plan does not read costs a small request; one the plan reads that this misses is
// fetched by the engine as before. Self-contained (no import, no outer name): its source is what the page runs.

/** The kb-words/ file names (as wordBuckets.ts bucketFile names them) of the buckets a query's words start. */
export function letterBuckets(query: string): string[] {
  const MIN_STEM = 3;
  const MAX = 16;
  const folded = query
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/[أإآٱٲٳ]/g, 'ا')
    .replace(/[ىیېۍ]/g, 'ي')
    .replace(/[ئؤ]/g, 'ء')
    .replace(/[ةۀہھ]/g, 'ه')
    .replace(/[کڪگ]/g, 'ك');
  const out: string[] = [];
  const add = (bucket: string) => {
    const file = `kb-words/${bucket.split('').map((c) => c.charCodeAt(0).toString(16)).join('-')}.json`;
    if (out.length < MAX && !out.includes(file)) out.push(file);
  };
  for (const word of folded.split(/[^\u0621-\u064A]+/)) {
    let w = word;
    while (w) {
      // An article with a stem after it goes before any lookup (stemSteps): the step is never read.
      if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) {
        w = w.slice(2);
        continue;
      }
      add(w.slice(0, 2));
      if ('وفبكل'.includes(w[0]) && w.length - 1 >= MIN_STEM) w = w.slice(1);
      else break;
    }
  }
  return out;
}
