// Issue 15, thirty-fifth pass (session 43, 15c): how many concept misses would a mechanism reach, estimated BEFORE
// building it, on the spent blind sets (queries and pages its author never tuned on: the honest predictor of the next
// blind set). Reads a search-quality run (scripts/search-quality.ts --json) and the quality corpus, takes every
// concept query whose relevant page is not in its first ten, and asks of each relevant page, word by word over the
// query's content words: is the word on the page as typed; by a crude three-letter root; by a first-order associate
// (learntNeighbours.ts `associates`); by a second-order substitute (`substitutes`, plain and mutual). A page is
// «reached» when every word is met (typed or by the candidate); «competing» counts the other pages of the corpus met
// that way without holding every word as typed, and «in ten» (reached, fewer than ten competing) is an upper bound:
// it ignores the pages the search lists already above them. Each word gets floor(budget / words) neighbours: the
// search's cap on extra one-key searches per query (meaningWords.ts MEANING_SEARCHES).
// Usage: npx tsx scripts/concept-reach.ts --json /tmp/run.json --sets aside26,…,aside34 [--leave-out] [--merge-suffixes]
//        [--budget 14] [--window 3] [--min-pages 3] [--verbose] [--thesaurus]
//   --thesaurus       also the shipped lists (session 44, 15p): the thesaurus's searches of the query as the real planner
//                     makes them (queryPlan.ts), with content/search-thesaurus.yaml alone and with its parts
//                     (thesaurus.ts THESAURUS_PARTS); a page is reached when it holds every key of one search, keyed as
//                     the query side keys (key, family key); «competing» as above
//   --leave-out       learn without the missed pages (their own co-occurrences do not help them)
//   --merge-suffixes  key a word by its stem less one number/gender suffix (ة ات ون ين ان ية ه ي), as a form reading would
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadFunctionWords } from '../src/lib/data/load';
import { DEFAULT_NEIGHBOUR_RULES, sentencesOf, WordContexts, type PageSentences } from '../src/lib/search/learntNeighbours';
import { MEANING_SEARCHES } from '../src/lib/search/meaningWords';
import { stemWord } from '../src/lib/search/stems';
import { thesaurusReach } from './concept-reach-thesaurus';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    sets: { type: 'string' },
    dir: { type: 'string', default: 'tests/fixtures/search/articles' },
    budget: { type: 'string', default: String(MEANING_SEARCHES) },
    window: { type: 'string', default: String(DEFAULT_NEIGHBOUR_RULES.window) },
    'min-pages': { type: 'string', default: String(DEFAULT_NEIGHBOUR_RULES.minPages) },
    'leave-out': { type: 'boolean', default: false },
    'merge-suffixes': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    thesaurus: { type: 'boolean', default: false },
  },
});
if (!values.json) throw new Error('concept-reach: --json FILE (scripts/search-quality.ts --json) is required');

interface Row { q: string; kind: string; relevant: string[]; keyed: string[] }
const run = JSON.parse(readFileSync(values.json, 'utf8')) as Record<string, { rows: Row[] }>;
const sets = values.sets ? values.sets.split(',') : Object.keys(run);
const misses = sets.flatMap((set) =>
  (run[set]?.rows ?? [])
    .filter((r) => r.kind === 'concept' && !r.relevant.some((p) => { const k = r.keyed.indexOf(p); return k >= 0 && k < 10; }))
    .map((r) => ({ set, q: r.q, page: r.relevant[0] })),
);

const functionKeys = new Set(loadFunctionWords().map((w) => stemWord(w)));
const keyOf = (w: string) => {
  const s = stemWord(w);
  return values['merge-suffixes'] && s.length >= 4 ? s.replace(/(ات|ون|ين|ان|ية|ة|ه|ي)$/, '') : s;
};
const isFunction = (k: string) => functionKeys.has(k);

const pages = new Map<string, PageSentences>();
for (const f of readdirSync(values.dir!).filter((f) => f.endsWith('.mdx'))) {
  const raw = readFileSync(path.join(values.dir!, f), 'utf8');
  const title = /^title:\s*"(.*)"/m.exec(raw)?.[1] ?? '';
  pages.set(f.slice(0, -4), sentencesOf(`${title}\n${raw.replace(/^---[\s\S]*?---/, '')}`, keyOf, isFunction));
}
const left = new Set(values['leave-out'] ? misses.map((m) => m.page) : []);
const rules = { ...DEFAULT_NEIGHBOUR_RULES, window: Number(values.window), minPages: Number(values['min-pages']) };
const plain = new WordContexts(rules);
const mutual = new WordContexts({ ...rules, mutual: true });
for (const [id, p] of pages) if (!left.has(id)) (plain.add(p), mutual.add(p));

// A crude root: the stem less a leading pattern letter or two and its long vowels (no list; an estimate only).
const rootOf = (s: string) => s.replace(/^(است|ال|م|ت|ا|ان|ي|ن)/, '').replace(/[اوي]/g, '').slice(0, 3);
const pageWords = new Map([...pages].map(([id, p]) => [id, new Set(p.flat())]));

type Candidate = (w: string, per: number) => (page: Set<string>) => boolean;
const candidates: Record<string, Candidate> = {
  root: (w) => { const r = rootOf(w); return (p) => [...p].some((v) => rootOf(v) === r); },
  associates: (w, per) => { const n = plain.associates(w, per); return (p) => n.some((v) => p.has(v)); },
  substitutes: (w, per) => { const n = plain.substitutes(w, per); return (p) => n.some((v) => p.has(v)); },
  'substitutes, mutual': (w, per) => { const n = mutual.substitutes(w, per); return (p) => n.some((v) => p.has(v)); },
};

const tally: Record<string, { reached: number; inTen: number }> = { typed: { reached: 0, inTen: 0 } };
for (const name of Object.keys(candidates)) tally[name] = { reached: 0, inTen: 0 };
for (const m of misses) {
  const words = sentencesOf(m.q, keyOf, isFunction).flat();
  const own = pageWords.get(m.page);
  if (!own || !words.length) continue;
  const per = Math.max(1, Math.floor(Number(values.budget) / words.length));
  const typed = words.map((w) => own.has(w));
  if (typed.every(Boolean)) tally.typed.reached++;
  const line: string[] = [`${m.set} «${m.q}» typed ${typed.map(Number).join('')}`];
  for (const [name, make] of Object.entries(candidates)) {
    const tests = words.map((w) => make(w, per));
    const meets = (p: Set<string>) => words.every((w, i) => p.has(w) || tests[i](p));
    if (!meets(own)) continue;
    tally[name].reached++;
    let competing = 0;
    for (const [id, p] of pageWords) if (id !== m.page && meets(p) && !words.every((w) => p.has(w))) competing++;
    if (competing < 10) tally[name].inTen++;
    line.push(`${name}: reached, ${competing} competing`);
  }
  if (values.verbose) console.log(line.join(' | '));
}
if (values.thesaurus) Object.assign(tally, await thesaurusReach(misses, values.dir!, values.verbose));
console.log(`concept misses: ${misses.length} (sets ${sets.join(',')}; budget ${values.budget}; window ${rules.window}; min pages ${rules.minPages}; leave-out ${values['leave-out']}; merge suffixes ${values['merge-suffixes']})`);
console.log('| candidate | reached (every word met) | in ten (fewer than ten competing) |\n|---|---|---|');
for (const [name, t] of Object.entries(tally)) console.log(`| ${name} | ${t.reached} | ${name === 'typed' ? '– (a miss of rank)' : t.inTen} |`);
