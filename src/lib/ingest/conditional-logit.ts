// The one fit both fitted rankers use (headline-model.ts, outlet-model.ts): a conditional logit — a
// softmax over each page's options — by plain full-batch gradient descent with L2 from zero weights.
// Pages and each option's (feature index, value) pairs are summed in the order given, so the same
// input gives the same weights, digit for digit.

/** Softmax of scores, shifted by the largest (no overflow). */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** One page: each option as its non-zero (feature index, value) pairs, and the right option's index. */
export interface SparsePage { options: ReadonlyArray<ReadonlyArray<readonly [number, number]>>; positive: number }

export interface LogitFit { steps: number; rate: number; l2: number }

/** Weights over `features` feature indexes minimising the mean negative log-likelihood plus L2. */
export function fitSparseLogit(pages: readonly SparsePage[], features: number, opts: LogitFit): Float64Array {
  const w = new Float64Array(features);
  const grad = new Float64Array(features);
  for (let step = 0; step < opts.steps; step++) {
    for (let k = 0; k < features; k++) grad[k] = opts.l2 * w[k];
    for (const page of pages) {
      const p = softmax(page.options.map((pairs) => pairs.reduce((s, [k, v]) => s + w[k] * v, 0)));
      page.options.forEach((pairs, i) => {
        const g = (p[i] - (i === page.positive ? 1 : 0)) / pages.length;
        for (const [k, v] of pairs) grad[k] += g * v;
      });
    }
    for (let k = 0; k < features; k++) w[k] -= opts.rate * grad[k];
  }
  return w;
}
