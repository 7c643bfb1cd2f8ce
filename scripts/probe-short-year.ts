// The two-digit-year reader (src/lib/ingest/short-year.ts) over every printed line of every labelled page:
// how many lines it reads, how many of those agree with the page's labelled date (right), name another day
// (a false date, were it chosen), or sit on a page labelled with no date; and its cost per line.
// Usage: npx tsx scripts/probe-short-year.ts
import { performance } from 'node:perf_hooks';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { loadBoilerplate, loadSources } from '../src/lib/data/load';
import { SETS } from './ingest-sets';

const lex = buildLexicon(loadBoilerplate(), loadSources());
let lines = 0, read = 0, right = 0, other = 0, undated = 0, ms = 0;
const shown: string[] = [];
for (const [set, pages] of Object.entries(SETS)) {
  for (const page of pages()) {
    const label = page.expected.articles[0]?.date ?? null;
    for (const line of page.raw.split(/\r?\n/)) {
      if (!line.trim()) continue;
      lines++;
      const t0 = performance.now();
      const iso = lex.dates.shortYear(line);
      ms += performance.now() - t0;
      if (!iso) continue;
      read++;
      if (iso === label) right++;
      else if (label === null) undated++;
      else other++;
      if (iso !== label) shown.push(`${set}/${page.name}: «${line.trim()}» → ${iso} (label ${label})`);
    }
  }
}
console.log(`${lines} lines, ${read} read with a two-digit year: ${right} the page's date, ${other} another day, ${undated} on a page labelled undated`);
console.log(`cost: ${(ms * 1000 / lines).toFixed(2)} µs a line (${ms.toFixed(0)} ms in all)`);
for (const s of shown) console.log(s);
