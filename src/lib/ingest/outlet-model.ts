// The outlet chosen by a fitted model (twenty-sixth round): a conditional logit — one softmax over a
// page's candidates (outlet-features.ts), «no outlet» among them — whose weights are fitted on the
// labelled pages by scripts/fit-outlet-model.ts (content/outlet-model.json), not written by hand.
// The chooser takes candidates and gives the chosen one, the runner-up and the probability; the
// probability is the review list's confidence. The chooser is off unless a model is passed in
// (lex.outletModel); ingest passes the model as a rater instead (lex.outletRating, twenty-seventh round):
// the rules choose, and the model's probability of the rules' pick can lower the outlet's confidence.
import type { Signal } from './credits';
import type { FieldEvidence } from './evidence';
import { featureVector, FEATURE_NAMES, outletCandidates, type OutletCandidate } from './outlet-features';
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { nameProposals } from './outlet-proposals';
import { fitSparseLogit, softmax } from './conditional-logit';
import type { OutletModelData } from '../data/schemas/outlet-model';

export type OutletModel = OutletModelData;

/** Softmax probabilities of a page's candidates under the model's weights. */
export function candidateProbabilities(candidates: readonly OutletCandidate[], model: OutletModel): number[] {
  const w = new Map(model.features.map((n, i) => [n, model.weights[i]]));
  const scores = candidates.map((c) => Object.entries(c.features).reduce((sum, [n, v]) => sum + (w.get(n) ?? 0) * v, 0));
  return softmax(scores);
}

export interface OutletModelChoice {
  chosen: OutletCandidate;
  runnerUp?: OutletCandidate;
  /** The chosen candidate's probability. */
  confidence: number;
  /** «model p=0.93: kind_top, rulesPick» — the probability and the features that weighed most for it. */
  why: string;
}

/** The most probable candidate; ties go to the earlier candidate (the rules' order). */
export function chooseOutletByModel(candidates: readonly OutletCandidate[], model: OutletModel): OutletModelChoice {
  const p = candidateProbabilities(candidates, model);
  const order = candidates.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  const chosen = candidates[order[0]];
  const w = new Map(model.features.map((n, i) => [n, model.weights[i]]));
  const top = Object.entries(chosen.features).map(([n, v]) => [n, (w.get(n) ?? 0) * v] as const).filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => n);
  return { chosen, runnerUp: candidates[order[1]], confidence: round(p[order[0]]), why: `model p=${round(p[order[0]]).toFixed(2)}${top.length ? `: ${top.join(', ')}` : ''}` };
}

const round = (x: number) => Math.round(x * 100) / 100;

type Observer = (candidates: OutletCandidate[]) => void;
let observer: Observer | undefined;
/** Lets scripts/fit-outlet-model.ts see every page's candidates as ingest builds them; undefined stops it. */
export function observeOutletCandidates(fn: Observer | undefined): void {
  observer = fn;
}

/** The rules' outlet decision, as metadata.ts makes it. */
export interface RulesOutlet { chosen?: Signal; abstained: boolean; source?: string }

/** How the model rates the rules' outlet: its probability, why, and the likeliest other candidate naming a site. */
export interface OutletRating { confidence: number; why: string; alternative?: { value: string; rule: string; line?: number } }

/**
 * The model's probability of the rules' own outlet — the candidate the rules picked, or «no outlet»
 * when they named none or abstained — without changing it (twenty-seventh round). Undefined when no
 * candidate is the rules' (their pick named no outlet signal the candidates hold).
 */
export function rateRulesOutlet(candidates: readonly OutletCandidate[], model: OutletModel, rulesNamed: boolean): OutletRating | undefined {
  const at = candidates.findIndex((c) => (rulesNamed ? c.features.rulesPick === 1 && !c.features.rulesPickAbstained : !c.best));
  if (at < 0) return undefined;
  const p = candidateProbabilities(candidates, model);
  const other = candidates.map((_, i) => i).filter((i) => i !== at && candidates[i].best).sort((a, b) => p[b] - p[a] || a - b)[0];
  const alt = other === undefined ? undefined : candidates[other];
  return {
    confidence: round(p[at]),
    why: `model p=${round(p[at]).toFixed(2)}`,
    ...(alt?.best ? { alternative: { value: alt.value ?? alt.best.value, rule: `${alt.best.rule}; model p=${round(p[other]).toFixed(2)}`, ...(alt.best.line ? { line: alt.best.line } : {}) } } : {}),
  };
}

/**
 * The outlet: the rules' decision, or — with a model in `lex.outletModel` — the model's pick among the
 * same candidates. Evidence is returned only when the model decides (metadata.ts keeps its own otherwise).
 */
export function decideOutlet(signals: readonly Signal[], page: { lines: readonly ClassifiedLine[]; start: number; bodyEnd?: number; titleIndex?: number }, rules: RulesOutlet, lex: Lexicon & { outletModel?: OutletModel }, nameOf: (s: Signal) => string | undefined): { source?: string; evidence?: FieldEvidence; rating?: OutletRating } {
  if (!observer && !lex.outletModel && !lex.outletRating) return { source: rules.source };
  const proposals = nameProposals(page.lines, page.start, page.bodyEnd, page.titleIndex, lex);
  const texts = page.lines.filter((l) => l.kind !== 'blank').map((l) => l.text);
  const candidates = outletCandidates(signals, { start: page.start, bodyEnd: page.bodyEnd, rules, proposals, texts }, lex, nameOf);
  observer?.(candidates);
  if (!lex.outletModel) {
    const rating = lex.outletRating && rateRulesOutlet(candidates, lex.outletRating, rules.source !== undefined);
    return { source: rules.source, ...(rating ? { rating } : {}) };
  }
  const pick = chooseOutletByModel(candidates, lex.outletModel);
  const runner = pick.runnerUp?.best ? { value: pick.runnerUp.value ?? pick.runnerUp.best.value, rule: pick.runnerUp.best.rule, ...(pick.runnerUp.best.line ? { line: pick.runnerUp.best.line } : {}) } : undefined;
  const best = pick.chosen.best;
  return {
    source: pick.chosen.value,
    evidence: { field: 'outlet', value: pick.chosen.value ?? null, confidence: pick.confidence, rule: best ? `${pick.why} (${best.rule})` : `${pick.why} (no outlet)`, ...(best?.line ? { line: best.line } : {}), ...(runner ? { runnerUp: runner } : {}) },
  };
}

/** One page for fitting: its candidates' feature vectors and the index of the right one. */
export interface FitPage { x: number[][]; y: number }

/**
 * Conditional logit by plain full-batch gradient descent with L2 (`l2` on every weight): the same
 * pages in the same order give the same weights, byte for byte. Returns the weights in FEATURE_NAMES order.
 */
export function fitConditionalLogit(pages: readonly FitPage[], opts: { iterations: number; rate: number; l2: number }): number[] {
  // Sparse rows (most features are 0), by feature index.
  const rows = pages.map((p) => ({ positive: p.y, options: p.x.map((x) => x.flatMap((v, j) => (v ? [[j, v] as const] : []))) }));
  const w = fitSparseLogit(rows, FEATURE_NAMES.length, { steps: opts.iterations, rate: opts.rate, l2: opts.l2 });
  return Array.from(w, (x) => Math.round(x * 1e6) / 1e6);
}

/** What the fallback reads: where a name-shaped line sits and its shape — no rule's weight or kind. */
export const FALLBACK_FEATURES: ReadonlySet<string> = new Set(['none', 'bias', 'proposalOnly', 'known', 'knownAgency', 'words1', 'words2', 'words3', 'words4plus', 'latinOnly', 'digits', 'sectionLabel', 'long',
  'prop_underHeadline', 'prop_top', 'prop_afterStory', 'prop_inStory', 'prop_leadPrefix', 'prop_dashed', 'prop_repeated']);

/**
 * The fallback's view of a page: «no outlet» and the name-shaped lines (outlet-proposals.ts) only,
 * each described by FALLBACK_FEATURES alone — the question «is one of these lines the site's name?»
 * asked without the rules, so that every labelled page teaches it, not only the few the rules miss.
 */
export function fallbackView(candidates: readonly OutletCandidate[]): OutletCandidate[] {
  return candidates.filter((c) => !c.best || Object.keys(c.features).some((f) => f.startsWith('prop_')))
    .map((c) => ({ ...c, features: Object.fromEntries(Object.entries(c.features).filter(([f]) => FALLBACK_FEATURES.has(f))) }));
}

/** Feature vectors of a page's candidates, for fitting. */
export const candidateVectors = (candidates: readonly OutletCandidate[]): number[][] => candidates.map((c) => featureVector(c.features));
