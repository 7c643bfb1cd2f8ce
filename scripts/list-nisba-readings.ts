// The nisba readings (nisbaReadings.ts, twenty-second pass) a body of Arabic text would use: each page word's town or
// adjective by rule whose key another page of the text writes itself (a reading only changes results where the other
// form occurs). Prints the distinct [word, reading] pairs with their counts, to be judged by hand: precision in use.
// The text: content/articles and the search fixture pages. Usage: npx tsx scripts/list-nisba-readings.ts
import { readdirSync, readFileSync } from 'node:fs';
import { indexCtx } from '../src/lib/search/curatedMatch.testkit';
import { keyTokens, nisbaStems } from '../src/lib/search/keys';

const dirs = ['content/articles', 'tests/fixtures/search/articles'];
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(`${d}/${f}`, 'utf8').replace(/^---[\s\S]*?---/, '')));
const stems = new Map<string, number>();
const pairs = new Map<string, number>();
for (const text of texts) {
  const toks = keyTokens(text, indexCtx);
  for (const t of toks) if (t.token.type === 'ar') stems.set(t.match, (stems.get(t.match) ?? 0) + 1);
  toks.forEach((t, i) => {
    const prev = toks[i - 1]?.token.type === 'ar' ? toks[i - 1].token.norm : undefined;
    for (const r of nisbaStems(t, prev, indexCtx)) pairs.set(`${t.token.norm} → ${r}`, (pairs.get(`${t.token.norm} → ${r}`) ?? 0) + 1);
  });
}
const used = [...pairs].filter(([p]) => stems.has(p.split(' → ')[1]));
console.log(`pages ${texts.length}; words read ${[...pairs.values()].reduce((a, b) => a + b, 0)} (${pairs.size} distinct pairs); pairs whose reading the text writes: ${used.length}`);
for (const [p, n] of used.sort((a, b) => b[1] - a[1])) console.log(`${n}\t${p}\t(${stems.get(p.split(' → ')[1])} occurrences)`);
