// Per-field accuracy of ingest on labelled pages kept OUTSIDE the repository (e.g. real pages'
// text, which is third-party and never committed): each DIR holds NAME.txt + NAME.expected.json
// in the shape of tests/fixtures/ingest-unseen (README «Expected file format»). Same scorer as
// scripts/score-ingest.ts; one row per directory, and all of them as one row.
// Usage: npx tsx scripts/score-ingest-dir.ts --dir DIR [--dir DIR2 …] [--misses] [--headline-model]
// `--headline-model`: the headline chosen by the fitted ranker (content/headline-model.json), not the rules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBoilerplate, loadHeadlineModel, loadSources } from '../src/lib/data/load';
import { rankHeadline } from '../src/lib/ingest/headline-model';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../src/lib/ingest/extract';
import { addTally, emptyTally, formatTable, scorePage, type ExpectedPage, type PageScore } from '../src/lib/ingest/score';

const ROOT = path.resolve(import.meta.dirname, '..');
const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const lex = buildLexicon(loadBoilerplate(path.join(ROOT, 'content/boilerplate.yaml')), sources);

const args = process.argv.slice(2);
const headlineModel = args.includes('--headline-model') ? loadHeadlineModel(path.join(ROOT, 'content/headline-model.json')) : undefined;
const options = headlineModel ? { rankHeadline: (choice: Parameters<typeof rankHeadline>[0], page: Parameters<typeof rankHeadline>[1]) => rankHeadline(choice, page, headlineModel) } : {};
const dirs = args.flatMap((a, i) => (a === '--dir' && args[i + 1] ? [args[i + 1]] : []));
if (!dirs.length) {
  console.error('usage: score-ingest-dir --dir DIR [--dir DIR2 …] [--misses]');
  process.exit(2);
}
const rows: { set: string; tally: ReturnType<typeof emptyTally> }[] = [];
const misses: PageScore[] = [];
for (const dir of dirs) {
  const tally = emptyTally();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(path.join(dir, name), 'utf8');
    const labelFile = path.join(dir, name.replace(/\.txt$/, '.expected.json'));
    let expected: ExpectedPage;
    try {
      expected = JSON.parse(readFileSync(labelFile, 'utf8')) as ExpectedPage;
    } catch (e) {
      console.error(`${labelFile}: no readable labels (${(e as Error).message}); page skipped`);
      continue;
    }
    // One page that throws is scored as extracting nothing and named, as ingest does (analyse.ts).
    let articles: ReturnType<typeof extractWithEvidence>['articles'] = [];
    try {
      articles = extractWithEvidence(raw, name, lex, options).articles;
    } catch (e) {
      console.error(`${path.join(dir, name)}: extraction failed (${(e as Error).message}); scored as empty`);
    }
    const score = scorePage(name, raw, expected, articles, sources, lex.sourceAffixes);
    addTally(tally, score.tally);
    if (score.misses.length) misses.push({ ...score, name: `${path.basename(dir)}/${name}` });
  }
  rows.push({ set: path.basename(dir), tally });
}
if (rows.length > 1) rows.push({ set: 'all', tally: rows.reduce((t, r) => addTally(t, r.tally), emptyTally()) });
console.log(formatTable(rows));
if (args.includes('--misses')) for (const p of misses) console.log(`\n${p.name}\n  ${p.misses.join('\n  ')}`);
