// The headline chosen by a model fitted on the labelled pages: a conditional logit — a softmax over
// a page's options (every candidate line the rules scored, and the title made from the lead) of a
// weighted sum of their features (headline-features.ts). The weights are data
// (content/headline-model.json), fitted by scripts/fit-headline-model.ts with `fitConditionalLogit`
// below; the chosen option's probability is the title's confidence.
import type { HeadlineModelData } from '../data/schemas';
import type { HeadlineChoice } from './headline';
import type { HeadlinePage } from './extract';
import { headlineOptions, type Features, type HeadlineOption } from './headline-features';
import { fitSparseLogit, softmax } from './conditional-logit';

export type Weights = Record<string, number>;

export function linearScore(features: Features, weights: Weights): number {
  let s = 0;
  for (const [name, value] of Object.entries(features)) s += (weights[name] ?? 0) * value;
  return s;
}

/** The softmax of the options' scores. */
export function optionProbabilities(options: readonly Features[], weights: Weights): number[] {
  return softmax(options.map((f) => linearScore(f, weights)));
}

/** The features that pushed an option up most («rule.score +1.20»), for the `why`. */
function topFeatures(features: Features, weights: Weights, n = 3): string[] {
  return Object.entries(features)
    .map(([name, value]) => [name, (weights[name] ?? 0) * value] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([name, v]) => `${name} +${v.toFixed(2)}`);
}

/** The model's pick among the rules' candidates and the made title: chosen, runner-up, confidence. */
export function rankHeadline(choice: HeadlineChoice, page: HeadlinePage, model: Pick<HeadlineModelData, 'weights'>): HeadlineChoice {
  const options: HeadlineOption[] = headlineOptions(choice, page.lines, page.end, page.ctx);
  const p = optionProbabilities(options.map((o) => o.features), model.weights);
  // Best probability; ties go to the rules' order (options come in it, the made title last).
  const order = p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);
  const [best, second] = order.map((i) => ({ option: options[i], p: p[i] }));
  const why = `model p=${best.p.toFixed(2)}: ${topFeatures(best.option.features, model.weights).join(', ')}`;
  const runnerUp = second?.option.candidate;
  if (!best.option.candidate) return { runnerUp, candidates: choice.candidates, confidence: best.p, why };
  const chosen = { ...best.option.candidate, why: [...best.option.candidate.why, why] };
  return { chosen, runnerUp, candidates: choice.candidates, confidence: best.p, why };
}

/** One page for the fit: its options' features and which option is the labelled headline. */
export interface FitPage { options: Features[]; positive: number }

export interface FitOptions { l2: number; steps: number; rate: number }

/**
 * Fits the weights by plain gradient descent on the mean negative log-likelihood plus an L2 term:
 * full batches, pages and features in a fixed order, weights from zero — the same pages give the
 * same weights, digit for digit.
 */
export function fitConditionalLogit(pages: readonly FitPage[], opts: FitOptions): Weights {
  const names = [...new Set(pages.flatMap((pg) => pg.options.flatMap((f) => Object.keys(f))))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  // Each option as its non-zero (feature index, value) pairs, in the features' own order.
  const sparse = pages.map((pg) => ({ positive: pg.positive, options: pg.options.map((f) => Object.entries(f).filter(([, v]) => v !== 0).map(([n, v]) => [at.get(n)!, v] as const)) }));
  const w = fitSparseLogit(sparse, names.length, opts);
  return Object.fromEntries(names.map((n, k) => [n, w[k]]));
}
