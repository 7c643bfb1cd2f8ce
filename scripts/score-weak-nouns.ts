// The wrong readings of weakNounReadings.ts's classes, measured on the corpus (issue 15, thirtieth pass, session 38):
// every word of the quality pages whose shape is a class's noun, read as if typed, and the forms of it the pages hold
// (with their page counts) — to be read by hand: a form that is another word's (تركية → تركي) is a wrong reading.
// Usage: npx tsx scripts/score-weak-nouns.ts [DIR] (default tests/fixtures/search/articles)
import { readFileSync, readdirSync } from 'node:fs';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { weakVerbForms, WEAK_NOUN_CLASSES } from '../src/lib/search/weakNounReadings';

const dir = process.argv[2] ?? 'tests/fixtures/search/articles';
/** Page counts of each word, less a conjunction and the article. */
const df = new Map<string, number>();
for (const f of readdirSync(dir)) {
  const words = readFileSync(`${dir}/${f}`, 'utf8').split(/[^\u0600-\u06FF]+/).filter(Boolean);
  for (const w of new Set(words.map((x) => normalizeArabic(x).replace(/^[وف]?(?:[بك]?ال|لل)/, '')))) df.set(w, (df.get(w) ?? 0) + 1);
}
for (const c of WEAK_NOUN_CLASSES) {
  const hits: string[] = [];
  let nouns = 0;
  for (const noun of df.keys()) {
    const forms = weakVerbForms(noun, new Set([c]));
    if (!forms.length) continue;
    nouns++;
    const found = forms.filter((f) => df.has(f));
    if (found.length) hits.push(`${noun}→${found.map((f) => `${f}:${df.get(f)}`).join(',')}`);
  }
  console.log(`${c}: ${nouns} words of the noun's shape, ${hits.length} read to a form the pages hold\n  ${hits.join('  ')}`);
}
