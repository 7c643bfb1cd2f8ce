// Search quality over tests/fixtures/search/queries.yaml, measured in headless Chromium
// against our keyed index AND plain Pagefind on the same articles (the baseline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBench, loadQueries, qualityCorpus, type Bench } from '../fixtures/search/harness';
import { recallAt, reciprocalRank, mean } from '../fixtures/search/metrics';

/** Kinds that are spelling variants: recall@10 must be 1.0. */
const SPELLING_KINDS = ['clitic-lam', 'clitic-wal', 'clitic-hamza', 'clitic-waw-name', 'ya-alef', 'ta-ha', 'definite', 'hamza-seat', 'name-variant', 'english-entity', 'short-name'];

const queries = loadQueries();
let bench: Bench;
const rows: Array<{ q: string; kind: string; keyed: string[]; plain: string[]; relevant: string[]; irrelevant: string[] }> = [];

beforeAll(async () => {
  const { articles, actors } = await qualityCorpus();
  bench = await openBench('/tmp/kb-search-quality', articles, actors);
  for (const q of queries) rows.push({ ...q, irrelevant: q.irrelevant ?? [], ...(await bench.run(q.q)) });
  const table = rows.map((r) => ({
    q: r.q,
    kind: r.kind,
    recall: recallAt(r.keyed, r.relevant),
    plainRecall: recallAt(r.plain, r.relevant),
    rr: reciprocalRank(r.keyed, r.relevant),
    plainRr: reciprocalRank(r.plain, r.relevant),
  }));
  console.log(
    `search quality (${rows.length} queries): recall@10 ${mean(table.map((t) => t.recall)).toFixed(3)} (plain ${mean(table.map((t) => t.plainRecall)).toFixed(3)}), ` +
      `MRR ${mean(table.map((t) => t.rr)).toFixed(3)} (plain ${mean(table.map((t) => t.plainRr)).toFixed(3)})`,
  );
  if (process.env.SEARCH_QUALITY_VERBOSE) console.table(table);
}, 120_000);

afterAll(async () => bench?.close());

describe('search quality', () => {
  it('has at least 40 queries covering every gap', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const kind of [...SPELLING_KINDS, 'phrase', 'over-stem']) expect(queries.some((q) => q.kind === kind)).toBe(true);
  });
  it('finds every relevant article for spelling variants (recall@10 = 1)', () => {
    const misses = rows.filter((r) => SPELLING_KINDS.includes(r.kind) && recallAt(r.keyed, r.relevant) < 1);
    expect(misses.map((r) => `${r.q}: got ${r.keyed.join(',')}`)).toEqual([]);
  });
  it('finds phrases and does not over-stem', () => {
    for (const r of rows.filter((r) => r.kind === 'phrase' || r.kind === 'over-stem')) {
      expect(recallAt(r.keyed, r.relevant), r.q).toBe(1);
      for (const bad of r.irrelevant) expect(r.keyed, `${r.q} must not find ${bad}`).not.toContain(bad);
    }
  });
  it('beats plain Pagefind on the same pages', () => {
    const ours = mean(rows.map((r) => recallAt(r.keyed, r.relevant)));
    const plain = mean(rows.map((r) => recallAt(r.plain, r.relevant)));
    expect(ours).toBe(1);
    expect(plain).toBeLessThan(ours);
  });
});
