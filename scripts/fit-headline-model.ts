// Fits the headline ranker (src/lib/ingest/headline-model.ts) on the labelled ingest pages and writes
// its weights to content/headline-model.json; rerunning it writes the same bytes.
// For every page of every set (scripts/ingest-sets.ts; the round's held-out set never) the rules'
// candidates and the made title are the options, the one whose title equals the labelled one (as
// score.ts compares it) the positive; pages where no option is right teach nothing and are counted.
//   npx tsx scripts/fit-headline-model.ts            fit on every set, write the file
//   npx tsx scripts/fit-headline-model.ts --cv       leave one set out in turn: the model's title accuracy
//                                                    on it beside the rules' (tuned on every set: in-sample)
//                                                    and the calibration of the held-out probabilities
//   npx tsx scripts/fit-headline-model.ts --eval DIR [--eval DIR2 …]
//                                                    the written model against the rules on labelled pages
//                                                    kept outside the repository (NAME.txt + NAME.expected.json)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBoilerplate, loadHeadlineModel, loadSources } from '../src/lib/data/load';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../src/lib/ingest/extract';
import { headlineOptions } from '../src/lib/ingest/headline-features';
import { fitConditionalLogit, optionProbabilities, type FitPage, type Weights } from '../src/lib/ingest/headline-model';
import { limitTitle } from '../src/lib/ingest/text';
import type { ExpectedPage } from '../src/lib/ingest/score';
import { HELD_OUT, ROOT, SETS, type Labelled } from './ingest-sets';

const FIT = { l2: 0.01, steps: 1500, rate: 2 };
// `--l2 X` (experiments): another penalty; the written file keeps the default.
if (process.argv.includes('--l2')) FIT.l2 = Number(process.argv[process.argv.indexOf('--l2') + 1]);
const OUT = path.join(ROOT, 'content/headline-model.json');
const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const lex = buildLexicon(loadBoilerplate(path.join(ROOT, 'content/boilerplate.yaml')), sources);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A page's options with which of them are right, and the rules' pick. */
interface PageOptions extends FitPage { set: string; name: string; right: boolean[]; rules: number; rulesConfidence: number }

function optionsOf(page: Labelled, set: string): PageOptions | undefined {
  const expected = page.expected.articles[0];
  if (!expected) return undefined;
  let seen: PageOptions | undefined;
  extractWithEvidence(page.raw, page.name, lex, {
    rankHeadline: (choice, p) => {
      const options = headlineOptions(choice, p.lines, p.end, p.ctx);
      const right = options.map((o) => (o.candidate
        ? expected.title !== null && squash(limitTitle(o.candidate.text ?? o.candidate.line.text)) === squash(expected.title)
        : expected.title === null));
      const rules = choice.chosen ? options.findIndex((o) => o.candidate?.line.index === choice.chosen!.line.index) : options.length - 1;
      // The rules' own confidence for their pick (extract.ts titleEvidence), for the calibration table.
      const margin = choice.chosen && choice.runnerUp ? choice.chosen.score - choice.runnerUp.score : 1;
      const rulesConfidence = choice.chosen ? Math.min(0.99, 0.45 + choice.chosen.score / 2) - (margin < 0.15 ? 0.2 : 0) : 0.4;
      seen = { set, name: page.name, options: options.map((o) => o.features), positive: right.indexOf(true), right, rules, rulesConfidence };
      return choice;
    },
  });
  return seen;
}

function readDir(dir: string): Labelled[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({
    name,
    raw: readFileSync(path.join(dir, name), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedPage,
  }));
}

// `--drop rule.chosen,why.` (experiments): features whose names start so are left out of the fit.
const argv = process.argv.slice(2);
const DROP = argv.includes('--drop') ? argv[argv.indexOf('--drop') + 1].split(',') : [];
const kept = (pages: readonly PageOptions[]) => (DROP.length
  ? pages.map((p) => ({ ...p, options: p.options.map((f) => Object.fromEntries(Object.entries(f).filter(([n]) => !DROP.some((d) => n.startsWith(d))))) }))
  : pages);
const fitOn = (pages: readonly PageOptions[]) => fitConditionalLogit(kept(pages).filter((p) => p.positive >= 0), FIT);
const argmax = (p: number[]) => p.reduce((best, x, i) => (x > p[best] ? i : best), 0);
const pct = (k: number, n: number) => (n ? `${(k / n).toFixed(3)} (${k}/${n})` : '—');

/** Title accuracy of the rules, the model, and the model only where its probability reaches `t`. */
function accuracy(pages: readonly PageOptions[], w: Weights, thresholds: number[]) {
  let rules = 0, model = 0;
  const hybrid = thresholds.map(() => 0);
  const predictions: { p: number; right: boolean }[] = [];
  const rulePredictions: { p: number; right: boolean }[] = [];
  for (const pg of pages) {
    rulePredictions.push({ p: pg.rulesConfidence, right: pg.right[pg.rules] });
    const p = optionProbabilities(pg.options, w);
    const m = argmax(p);
    if (pg.right[pg.rules]) rules++;
    if (pg.right[m]) model++;
    thresholds.forEach((t, k) => { if (pg.right[p[m] >= t ? m : pg.rules]) hybrid[k]++; });
    predictions.push({ p: p[m], right: pg.right[m] });
  }
  return { n: pages.length, rules, model, hybrid, predictions, rulePredictions };
}

// `--cache FILE` (experiments): the pages' options are read from FILE when it exists, else written to it.
function collect(): PageOptions[] {
  const cache = argv.includes('--cache') ? argv[argv.indexOf('--cache') + 1] : undefined;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as PageOptions[];
  const out = collectPages();
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

function collectPages(): PageOptions[] {
  const out: PageOptions[] = [];
  for (const set of Object.keys(SETS)) {
    if (HELD_OUT.has(set)) continue;
    for (const page of SETS[set]()) {
      const o = optionsOf(page, set);
      if (o) out.push(o);
    }
  }
  return out;
}

const args = process.argv.slice(2);
const THRESHOLDS = [0.5, 0.7, 0.9];
if (args.includes('--eval')) {
  const model = DROP.length ? { weights: fitOn(collect()) } : loadHeadlineModel(OUT);
  console.log(`| dir | pages | rules | model | ${THRESHOLDS.map((t) => `model if p ≥ ${t}`).join(' | ')} |`);
  console.log(`|---|---|---|---|${THRESHOLDS.map(() => '---|').join('')}`);
  args.forEach((a, i) => {
    if (a !== '--eval') return;
    const dir = args[i + 1];
    const pages = readDir(dir).flatMap((p) => optionsOf(p, dir) ?? []);
    const r = accuracy(pages, model.weights, THRESHOLDS);
    console.log(`| ${dir} | ${r.n} | ${pct(r.rules, r.n)} | ${pct(r.model, r.n)} | ${r.hybrid.map((h) => pct(h, r.n)).join(' | ')} |`);
    for (const pg of pages) {
      const m = argmax(optionProbabilities(pg.options, model.weights));
      if (pg.right[m] !== pg.right[pg.rules]) console.log(`  ${pg.name}: rules ${pg.right[pg.rules] ? 'right' : 'wrong'}, model ${pg.right[m] ? 'right' : 'wrong'}`);
    }
  });
} else if (args.includes('--cv')) {
  const all = collect();
  const sets = [...new Set(all.map((p) => p.set))];
  console.log(`| left-out set | pages | rules (in-sample) | model (out-of-sample) | ${THRESHOLDS.map((t) => `model if p ≥ ${t}`).join(' | ')} |`);
  console.log(`|---|---|---|---|${THRESHOLDS.map(() => '---|').join('')}`);
  const total = { n: 0, rules: 0, model: 0, hybrid: THRESHOLDS.map(() => 0) };
  const predictions: { p: number; right: boolean }[] = [];
  const rulePredictions: { p: number; right: boolean }[] = [];
  for (const set of sets) {
    const w = fitOn(all.filter((p) => p.set !== set));
    const r = accuracy(all.filter((p) => p.set === set), w, THRESHOLDS);
    console.log(`| ${set} | ${r.n} | ${pct(r.rules, r.n)} | ${pct(r.model, r.n)} | ${r.hybrid.map((h) => pct(h, r.n)).join(' | ')} |`);
    total.n += r.n; total.rules += r.rules; total.model += r.model;
    r.hybrid.forEach((h, k) => (total.hybrid[k] += h));
    predictions.push(...r.predictions);
    rulePredictions.push(...r.rulePredictions);
  }
  console.log(`| all | ${total.n} | ${pct(total.rules, total.n)} | ${pct(total.model, total.n)} | ${total.hybrid.map((h) => pct(h, total.n)).join(' | ')} |`);
  console.log(`\nPages no option gets right (neither can): ${all.filter((p) => p.positive < 0).length}`);
  console.log('\nCalibration on the left-out sets: the model\'s probability for its pick, the rules\' confidence for theirs:\n\n| confidence | model: pages | model: right | rules: pages | rules: right |\n|---|---|---|---|---|');
  for (const [lo, hi] of [[0, 0.5], [0.5, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 0.95], [0.95, 0.99], [0.99, 1.01]]) {
    const cells = [predictions, rulePredictions].map((list) => {
      const inBucket = list.filter((x) => x.p >= lo && x.p < hi);
      return `${inBucket.length} | ${pct(inBucket.filter((x) => x.right).length, inBucket.length)}`;
    });
    console.log(`| ${lo.toFixed(2)}–${Math.min(hi, 1).toFixed(2)} | ${cells.join(' | ')} |`);
  }
} else {
  const all = collect();
  const used = all.filter((p) => p.positive >= 0);
  const w = fitOn(all);
  const sets = [...new Set(all.map((p) => p.set))];
  const weights = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 10000) / 10000]));
  const model = {
    about: 'GENERATED by `npx tsx scripts/fit-headline-model.ts` (src/lib/ingest/headline-model.ts): a conditional logit over a page\'s headline options; do not edit by hand — change the labels or the features and fit again. docs/ingest.md «Twenty-sixth round».',
    sets,
    pages: used.length,
    l2: FIT.l2,
    steps: FIT.steps,
    weights,
  };
  writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
  const r = accuracy(all, w, []);
  console.log(`${OUT}: ${used.length} pages of ${all.length} (${all.length - used.length} with no right option), ${sets.length} sets; in-sample title: rules ${pct(r.rules, r.n)}, model ${pct(r.model, r.n)}`);
}
