// Retrieval metrics for the search-quality set (tests/fixtures/search/queries.yaml).

/** Share of the relevant slugs found in the first k results. */
export function recallAt(results: string[], relevant: string[], k = 10): number {
  if (!relevant.length) return 1;
  const top = new Set(results.slice(0, k));
  return relevant.filter((s) => top.has(s)).length / relevant.length;
}

/** 1 / rank of the first relevant result (0 when none is found). */
export function reciprocalRank(results: string[], relevant: string[]): number {
  const i = results.findIndex((s) => relevant.includes(s));
  return i < 0 ? 0 : 1 / (i + 1);
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
