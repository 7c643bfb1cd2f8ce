// Per-field accuracy of ingest on the labelled sets: the seeds (content/raw against the
// generated content/articles), the fixtures (tests/fixtures/raw, f01–f21), and the unseen-page
// sets (tests/fixtures/ingest-unseen/dev, aside … aside25; read by scripts/ingest-sets.ts), and all of them but the seeds as one row.
// Prints one Markdown table; `--misses` also lists every miss per page — except on the set held
// out this round (HELD_OUT), whose misses stay hidden until `--show-held-out` is given at the end.
// Usage: npm run score:ingest [-- --misses] [-- --set dev,aside2] [-- --pages u902,u905] [-- --show-held-out] [-- --abstain 0.6]
import path from 'node:path';
import { loadSources } from '../src/lib/data/load';
import { loadBoilerplate } from '../src/lib/data/load';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../src/lib/ingest/extract';
import type { ExtractedArticle } from '../src/lib/types';
import { addTally, emptyTally, formatTable, scorePage, type PageScore } from '../src/lib/ingest/score';
import { HELD_OUT, ROOT, SETS, type Labelled } from './ingest-sets';

const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const lex = buildLexicon(loadBoilerplate(path.join(ROOT, 'content/boilerplate.yaml')), sources);


const args = process.argv.slice(2);
const only = args.includes('--set') ? args[args.indexOf('--set') + 1].split(',') : Object.keys(SETS);
// `--abstain 0.6`: an outlet chosen with a confidence under 0.6 is dropped (measures abstaining on weak evidence).
const abstain = args.includes('--abstain') ? Number(args[args.indexOf('--abstain') + 1]) : 0;
// `--pages u902,u905`: only these pages of the sets (a part of a set put aside, e.g. dev-aside-13d).
const pages = args.includes('--pages') ? args[args.indexOf('--pages') + 1].split(',') : undefined;
function extracted(page: Labelled): ExtractedArticle[] {
  const { articles, evidence } = extractWithEvidence(page.raw, page.name, lex);
  if (!abstain) return articles;
  return articles.map((a, i) => {
    const outlet = evidence[i]?.fields.find((f) => f.field === 'outlet');
    return outlet && outlet.confidence < abstain ? { ...a, source: undefined } : a;
  });
}
const rows: { set: string; tally: ReturnType<typeof emptyTally> }[] = [];
const allMisses: PageScore[] = [];
for (const set of only) {
  const tally = emptyTally();
  for (const page of SETS[set]().filter((p) => !pages || pages.some((id) => p.name.startsWith(`${id}-`)))) {
    const score = scorePage(page.name, page.raw, page.expected, extracted(page), sources, lex.sourceAffixes);
    addTally(tally, score.tally);
    if (score.misses.length && (!HELD_OUT.has(set) || args.includes('--show-held-out'))) allMisses.push({ ...score, name: `${set}/${page.name}` });
  }
  rows.push({ set, tally });
}
// Every labelled page but the seeds (their labels are ingest's own output), as one row.
const labelled = rows.filter((r) => r.set !== 'seeds');
if (labelled.length > 1) rows.push({ set: `all but seeds (${labelled.map((r) => r.set).join('+')})`, tally: labelled.reduce((t, r) => addTally(t, r.tally), emptyTally()) });
console.log(formatTable(rows));
if (args.includes('--misses')) {
  for (const p of allMisses) console.log(`\n${p.name}\n  ${p.misses.join('\n  ')}`);
}
