// The news vocabulary's word forms the search data does not join yet (issue 15, thirty-ninth pass, session 47, 15b): for
// candidate pairs written by field — [singular, broken plural] and [verbal noun, verb form] — whether a query of one
// form meets a one-sentence page writing only the other, as the site decides it (curatedMatch.testkit: the real data
// and the indexer's pattern readings; the pages as scripts/score-plural-reach.ts and score-nisba-reach.ts write them),
// and how many pages of the search corpus write each form. A pair missed in either direction is an inventory line:
// the misses are what a pass may add, and a random third of them is put aside first (plurals-aside39b.yaml).
// Sound plurals and duals (ات ين ون ان) are skipped: the suffix patterns read those.
// «line» says a line of content/*.yaml holds both words (a pair the query side may join with the query's other
// words, search-common-plurals.yaml, which these one-word pages do not measure).
// Usage: npx tsx scripts/list-missed-forms.ts CANDIDATES.yaml [--all] > inventory.tsv
//   CANDIDATES.yaml: { plurals: { field: [[s, p] …] } | [[s, p] …], derivations: [[noun, verb] …] }
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readAs } from '../src/lib/search/curatedMatch.testkit';
import { normalizeArabic } from '../src/lib/arabic/normalize';
import { tokenize } from '../src/lib/arabic/tokenize';
import { stemWord } from '../src/lib/search/stems';

type Pair = [string, string];
const ARTICLE = (w: string) => `وتحدث التقرير عن ال${w.replace(/^ال/, '')} في المنطقة`;
const BARE = (w: string) => `وقال المراسل إننا شاهدنا ${w} في المنطقة`;
const VERB_PAGE = (w: string) => `وذكر التقرير أن اللجنة ${w} الخطة أمس`;
const meets = (q: string, text: string) => { const r = readAs(q, text); return r.full || r.low; };
const SOUND = /(?:ات|ين|ون|ان)$/;

const file = process.argv[2];
const all = process.argv.includes('--all');
const data = parse(readFileSync(file, 'utf8')) as { plurals?: Record<string, Pair[]> | Pair[]; derivations?: Pair[] };
const plurals: Array<[string, Pair]> = Array.isArray(data.plurals)
  ? data.plurals.map((p) => ['-', p])
  : Object.entries(data.plurals ?? {}).flatMap(([field, ps]) => ps.map((p) => [field, p] as [string, Pair]));

// Document frequency of a form: pages of the search corpus whose words (clitics and article off) hold its stem.
const dirs = ['content/articles', 'tests/fixtures/search/articles'];
const pageStems: Array<Set<string>> = [];
for (const dir of dirs) for (const name of readdirSync(dir)) {
  if (!name.endsWith('.mdx')) continue;
  const text = readFileSync(path.join(dir, name), 'utf8').replace(/^---[\s\S]*?---/, '');
  pageStems.push(new Set(tokenize(text).filter((t) => t.type === 'ar').map((t) => stemWord(t.text))));
}
const df = (w: string) => { const s = stemWord(w); return pageStems.filter((p) => p.has(s)).length; };

// A line of the curated data holding both words.
const lines: Array<Set<string>> = [];
for (const name of readdirSync('content')) {
  if (!name.endsWith('.yaml')) continue;
  for (const line of readFileSync(path.join('content', name), 'utf8').split('\n')) lines.push(new Set(line.split(/[^\u0600-\u06FF]+/).filter(Boolean).map((w) => normalizeArabic(w))));
}
const onLine = ([a, b]: Pair) => lines.some((l) => l.has(normalizeArabic(a)) && l.has(normalizeArabic(b)));
const mark = (b: boolean) => (b ? '+' : '-');

console.log(['kind', 'field', 'a', 'b', 'a→b article', 'a→b bare', 'b→a article', 'b→a bare', 'df a', 'df b', 'line', 'missed'].join('\t'));
let missed = 0;
let total = 0;
for (const [field, [s, p]] of plurals) {
  if (SOUND.test(p)) continue;
  total++;
  const r = [meets(s, ARTICLE(p)), meets(s, BARE(p)), meets(p, ARTICLE(s)), meets(p, BARE(s))];
  const miss = r.some((x) => !x);
  if (miss) missed++;
  if (miss || all) console.log(['plural', field, s, p, ...r.map(mark), df(s), df(p), mark(onLine([s, p])), mark(miss)].join('\t'));
}
for (const [noun, verb] of data.derivations ?? []) {
  total++;
  const r = [meets(noun, VERB_PAGE(verb)), meets(noun, VERB_PAGE(verb)), meets(verb, ARTICLE(noun)), meets(verb, ARTICLE(noun))];
  const miss = r.some((x) => !x);
  if (miss) missed++;
  if (miss || all) console.log(['derivation', '-', noun, verb, ...r.map(mark), df(noun), df(verb), mark(onLine([noun, verb])), mark(miss)].join('\t'));
}
console.error(`${missed} of ${total} pairs missed in some direction`);
