// Fits the outlet chooser (src/lib/ingest/outlet-model.ts) on the labelled pages and writes its
// weights to content/outlet-model.json. For every page of every set but the held-out one
// (scripts/ingest-sets.ts), ingest runs as usual; the main article's outlet candidates are
// captured (outlet-features.ts) and the one the label names (compared as score.ts compares
// outlets) is the positive. A page whose expected outlet is among no candidate is a recall limit
// of the signals: counted and reported apart, not fitted.
// Usage: npx tsx scripts/fit-outlet-model.ts [--cv] [--calibration] [--dir DIR …] [--no-write]
//   --cv           leave-one-set-out: fit without each set, score it; beside it, the rules' figure
//   --folds N      with --cv: N folds of whole sets dealt round-robin, instead of one fold per set (quicker)
//   --calibration  the probability's buckets against accuracy, over the CV folds (needs --cv)
//   --dir DIR      also score pages kept outside the repository (NAME.txt + NAME.expected.json)
//   --drop F,G     fit without those features (an experiment: the model without the rules' own weight)
//   --review       the review list's order, over the CV folds (with --cv) and each --dir: of the pages whose outlet
//                  the rules get wrong, how many the first 5 % / 10 % of the list (least sure first) hold — ranked by
//                  the rules' own confidence, by the model's probability of the rules' pick (outlet-model.ts
//                  `rateRulesOutlet`; the fold's model in CV, the fitted one on --dir pages), and by the lower of the two
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBoilerplate, loadSources } from '../src/lib/data/load';
import { buildLexicon } from '../src/lib/ingest/boilerplate';
import { extractWithEvidence } from '../src/lib/ingest/extract';
import { sourceIdentity, type ExpectedPage } from '../src/lib/ingest/score';
import { FEATURE_NAMES, type OutletCandidate } from '../src/lib/ingest/outlet-features';
import { candidateProbabilities, candidateVectors, fallbackView, fitConditionalLogit, observeOutletCandidates, rateRulesOutlet, type FitPage, type OutletModel } from '../src/lib/ingest/outlet-model';
import { reviewCatch } from '../src/lib/ingest/review-order';
import { HELD_OUT, ROOT, SETS } from './ingest-sets';

const FIT = { iterations: 1500, rate: 0.5, l2: 0.001 };
const MODEL_PATH = path.join(ROOT, 'content/outlet-model.json');

const sources = loadSources(path.join(ROOT, 'content/sources.yaml'));
const lex = buildLexicon(loadBoilerplate(path.join(ROOT, 'content/boilerplate.yaml')), sources);
const args = process.argv.slice(2);
const dirs = args.flatMap((a, i) => (a === '--dir' && args[i + 1] ? [args[i + 1]] : []));

interface Page { set: string; name: string; candidates: OutletCandidate[]; y: number; rulesRight: boolean; rulesNone: boolean; fallback: OutletCandidate[]; fy: number; rulesConfidence: number }
const same = (a: string | null | undefined, b: string | null | undefined) => sourceIdentity(a ?? null, sources, lex.sourceAffixes) === sourceIdentity(b ?? null, sources, lex.sourceAffixes);

/** The main article's candidates (the first ingest builds on the page), the positive's index (-1: none fits) and the rules' verdict. */
function readPage(set: string, name: string, raw: string, expected: ExpectedPage): Page | undefined {
  const exp = expected.articles[0];
  if (!exp) return undefined;
  let first: OutletCandidate[] | undefined;
  observeOutletCandidates((c) => { first ??= c; });
  let got: string | undefined;
  let rulesConfidence = 0;
  try {
    const x = extractWithEvidence(raw, name, lex);
    got = x.articles[0]?.source;
    rulesConfidence = x.evidence[0]?.fields.find((f) => f.field === 'outlet')?.confidence ?? 0;
  } catch (e) {
    console.error(`${set}/${name}: extraction failed (${(e as Error).message}); skipped`);
    return undefined;
  } finally {
    observeOutletCandidates(undefined);
  }
  const candidates = first ?? [];
  const y = candidates.findIndex((c) => same(exp.outlet, c.value));
  // The fallback's positive: the line naming the expected outlet, else «no outlet» (no line names it).
  const fallback = fallbackView(candidates);
  const fy = Math.max(fallback.findIndex((c) => same(exp.outlet, c.value)), fallback.findIndex((c) => !c.best));
  const named = fallback.findIndex((c) => c.best && same(exp.outlet, c.value));
  return { set, name, candidates, y, rulesRight: same(exp.outlet, got), rulesNone: !got, fallback, fy: named >= 0 ? named : fy, rulesConfidence };
}

// The aside third of this round's dev pages (tests/fixtures/ingest-unseen/README.md, `dev-aside-29n`):
// never fitted on, scored apart.
const DEV_ASIDE = /^u20(?:11|14|17|20)-/;
const pages: Page[] = [];
const devAside: Page[] = [];
for (const [set, load] of Object.entries(SETS)) {
  if (HELD_OUT.has(set)) continue;
  for (const p of load()) {
    const page = readPage(set, p.name, p.raw, p.expected);
    if (page) (set === 'dev' && DEV_ASIDE.test(p.name) ? devAside : pages).push(page);
  }
}
// --drop f1,f2: fit without those features (their weights stay 0) — to see what the model learns without the rules' own weight.
const dropped = new Set((args.find((_, i) => args[i - 1] === '--drop') ?? '').split(',').filter(Boolean));
const keep = FEATURE_NAMES.map((n) => !dropped.has(n));
const fitPages = (from: Page[]): FitPage[] => from.filter((p) => p.y >= 0).map((p) => ({ x: candidateVectors(p.candidates).map((x) => x.map((v, j) => (keep[j] ? v : 0))), y: p.y }));
const modelOf = (weights: number[], sets: string[], n: number, fallbackWeights: number[] = weights.map(() => 0)): OutletModel => ({ fit: { sets, pages: n, ...FIT }, features: [...FEATURE_NAMES], weights, fallbackWeights });
/** Right under the model: its most probable candidate is the labelled one (ties: the earlier). */
function modelRight(p: Page, model: OutletModel): { right: boolean; p: number } {
  if (!p.candidates.length) return { right: false, p: 0 };
  const prob = candidateProbabilities(p.candidates, model);
  const best = prob.reduce((b, x, i) => (x > prob[b] ? i : b), 0);
  return { right: best === p.y, p: prob[best] };
}

/** One page's outlet for the review list: wrong or not, the rules' confidence and the model's rating of the rules' pick. */
interface ReviewRow { wrong: boolean; rules: number; model: number; key: string }
const reviewRow = (p: Page, m: OutletModel): ReviewRow => ({ wrong: !p.rulesRight, rules: p.rulesConfidence, model: rateRulesOutlet(p.candidates, m, !p.rulesNone)?.confidence ?? p.rulesConfidence, key: `${p.set}/${p.name}` });
function printReview(where: string, rows: ReviewRow[]): void {
  console.log(`\nthe review list's order over ${where}: ${rows.filter((r) => r.wrong).length} of ${rows.length} pages have a wrong or missing outlet`);
  console.log('| confidence | first 5 % | first 10 % | listed (< 0.7) | wrong among listed |\n|---|---|---|---|---|');
  const sides: [string, (r: ReviewRow) => number][] = [['the rules\'', (r) => r.rules], ['the model\'s rating', (r) => r.model], ['the lower of the two', (r) => Math.min(r.rules, r.model)]];
  for (const [name, conf] of sides) {
    const c = reviewCatch(rows.map((r) => ({ wrong: r.wrong, confidence: conf(r), key: r.key })));
    console.log(`| ${name} | ${c.at5} | ${c.at10} | ${c.listed} | ${c.listedWrong} |`);
  }
}

const fallbackPages = (from: Page[]): FitPage[] => from.filter((p) => p.fallback.length).map((p) => ({ x: candidateVectors(p.fallback), y: p.fy }));
/** Rules first; where they name no outlet, the fallback's line when its probability reaches FALLBACK_P. */
const FALLBACK_P = 0.5;
function withFallbackRight(p: Page, weights: number[]): boolean {
  if (!p.rulesNone || !p.fallback.length) return p.rulesRight;
  const prob = candidateProbabilities(p.fallback, { ...modelOf(weights, [], 0) });
  const best = prob.reduce((b, x, i) => (x > prob[b] ? i : b), 0);
  const pick = p.fallback[best].best && prob[best] >= FALLBACK_P ? best : p.fallback.findIndex((c) => !c.best);
  return pick === p.fy && (p.fallback[pick].best ? true : p.rulesRight);
}

const limit = pages.filter((p) => p.y < 0);
console.log(`pages: ${pages.length}; expected outlet among no candidate (recall limit of the signals): ${limit.length}`);
for (const p of limit) console.log(`  ${p.set}/${p.name}`);

const setNames = [...new Set(pages.map((p) => p.set))];
const full = fitPages(pages);
const model = modelOf(fitConditionalLogit(full, FIT), setNames, full.length);
const pct = (a: number, n: number) => (n ? (a / n).toFixed(3) : '—');
const fallbackWeights = fitConditionalLogit(fallbackPages(pages), FIT);
const all = { rules: pages.filter((p) => p.rulesRight).length, model: pages.filter((p) => modelRight(p, model).right).length, fallback: pages.filter((p) => withFallbackRight(p, fallbackWeights)).length };
console.log(`in-sample, all ${pages.length} pages: rules ${pct(all.rules, pages.length)} (${all.rules}), model ${pct(all.model, pages.length)} (${all.model}), rules + fallback ${pct(all.fallback, pages.length)} (${all.fallback})`);

{
  const r = devAside.filter((p) => p.rulesRight).length;
  const m = devAside.filter((p) => modelRight(p, model).right).length;
  console.log(`dev-aside-29n (never fitted on): ${devAside.length} pages — rules ${r}, model ${m}`);
}

if (args.includes('--cv')) {
  const buckets = [0.5, 0.7, 0.9, 0.97, 1.01].map((hi) => ({ hi, n: 0, right: 0 }));
  // --folds N: the sets dealt round-robin into N folds (fewer fits than one per set: a quicker CV, still by whole sets).
  const nFolds = Number(args.find((_, i) => args[i - 1] === '--folds') ?? 0);
  const folds = nFolds > 0 ? Array.from({ length: nFolds }, (_, k) => setNames.filter((_, i) => i % nFolds === k)) : setNames.map((s) => [s]);
  console.log(`\n${nFolds > 0 ? `${nFolds} folds of whole sets` : 'leave-one-set-out'} (the rules were tuned on every set: only the model column is out of sample)`);
  console.log('| left out | pages | rules | model | recall limit |\n|---|---|---|---|---|');
  const tot = { n: 0, rules: 0, model: 0 };
  // Per page, over the folds: is the rules' outlet wrong, its confidence before (the rules') and after (the fold model's rating).
  const review: ReviewRow[] = [];
  for (const fold of folds) {
    const set = fold.join('+');
    const test = pages.filter((p) => fold.includes(p.set));
    const train = fitPages(pages.filter((p) => !fold.includes(p.set)));
    const m = modelOf(fitConditionalLogit(train, FIT), setNames.filter((s) => !fold.includes(s)), train.length);
    const r = test.filter((p) => p.rulesRight).length;
    let right = 0;
    for (const p of test) {
      review.push(reviewRow(p, m));
      const v = modelRight(p, m);
      if (v.right) right++;
      const b = buckets.find((x) => v.p < x.hi)!;
      b.n++;
      if (v.right) b.right++;
    }
    tot.n += test.length; tot.rules += r; tot.model += right;
    console.log(`| ${set} | ${test.length} | ${pct(r, test.length)} | ${pct(right, test.length)} | ${test.filter((p) => p.y < 0).length} |`);
  }
  console.log(`| all | ${tot.n} | ${pct(tot.rules, tot.n)} (${tot.rules}) | ${pct(tot.model, tot.n)} (${tot.model}) | ${limit.length} |`);
  if (args.includes('--review')) printReview('the CV folds', review);
  if (args.includes('--calibration')) {
    console.log('\ncalibration over the CV folds (the model\'s probability of its pick → how often it is right)\n| p below | pages | right |\n|---|---|---|');
    for (const b of buckets) console.log(`| ${b.hi > 1 ? '1.00' : b.hi.toFixed(2)} | ${b.n} | ${pct(b.right, b.n)} |`);
  }
}

const dirRows: ReviewRow[] = [];
for (const dir of dirs) {
  const probe: Page[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const expected = JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedPage;
    const page = readPage(path.basename(dir), name, readFileSync(path.join(dir, name), 'utf8'), expected);
    if (page) probe.push(page);
  }
  const r = probe.filter((p) => p.rulesRight).length;
  const m = probe.filter((p) => modelRight(p, model).right).length;
  const f = probe.filter((p) => withFallbackRight(p, fallbackWeights)).length;
  console.log(`\n${dir}: ${probe.length} pages — rules ${pct(r, probe.length)} (${r}), model ${pct(m, probe.length)} (${m}), rules + fallback ${pct(f, probe.length)} (${f}); recall limit ${probe.filter((p) => p.y < 0).length}`);
  if (args.includes('--review')) {
    dirRows.push(...probe.map((p) => reviewRow(p, model)));
    printReview(dir, probe.map((p) => reviewRow(p, model)));
  }
  if (args.includes('--fallback-detail')) for (const p of probe.filter((x) => x.rulesNone && x.fallback.length > 1)) {
    const prob = candidateProbabilities(p.fallback, modelOf(fallbackWeights, [], 0));
    console.log(`  ${p.name}: ${p.fallback.map((c, i) => `${c.value ?? '∅'} ${prob[i].toFixed(2)}${i === p.fy ? '*' : ''}`).join(' | ')}`);
  }
  if (args.includes('--misses')) for (const p of probe) {
    const v = modelRight(p, model);
    if (v.right !== p.rulesRight || !v.right) console.log(`  ${p.name}: rules ${p.rulesRight ? 'right' : 'wrong'}, model ${v.right ? 'right' : 'wrong'} (p=${v.p.toFixed(2)}; ${p.candidates.length - 1} candidates${p.y < 0 ? ', none right' : ''})`);
  }
}

if (args.includes('--review') && dirs.length > 1) printReview(`all ${dirs.length} --dir folders`, dirRows);

if (!args.includes('--no-write')) {
  const note = 'Generated by scripts/fit-outlet-model.ts (conditional logit over a page\'s outlet candidates, plain gradient descent with L2); do not edit by hand.';
  writeFileSync(MODEL_PATH, `${JSON.stringify({ note, ...model, fallbackWeights }, null, 1)}\n`);
  console.log(`\nwrote ${path.relative(ROOT, MODEL_PATH)}`);
}
