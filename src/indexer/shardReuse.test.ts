import { describe, expect, it } from 'vitest';
import { planShards } from '../lib/search/shardPlan';
import { documentHash, reusableShards, shardHash, SHARD_STATE_VERSION, type ShardState } from './shardReuse';

const dates = ['2025-02-01', '2025-01-01', '2024-06-01', '2024-05-01', undefined];
const docs = dates.map((date, i) => ({ url: `/articles/a${i}/`, date, paragraphs: [`نص ${i}`] }));
const hashesOf = (ds: typeof docs) => {
  const plan = planShards(ds.map((d) => d.date), 2);
  const docHashes = ds.map((d, i) => documentHash(d, `a${i}`));
  return { plan, hashes: plan.map((s) => shardHash('key', s, plan.length > 1, docHashes)) };
};
const stateOf = ({ plan, hashes }: ReturnType<typeof hashesOf>): ShardState => ({
  version: SHARD_STATE_VERSION, key: 'key', maxShard: 2, shards: plan.map((s, i) => ({ path: s.path, range: s.range, hash: hashes[i] })),
});

describe('reusableShards', () => {
  it('keeps nothing without a last index, or without hashes (a run that does not reuse)', () => {
    const { plan, hashes } = hashesOf(docs);
    expect(reusableShards(plan, hashes, undefined)).toEqual(plan.map(() => false));
    expect(reusableShards(plan, [], stateOf({ plan, hashes }))).toEqual(plan.map(() => false));
    expect(reusableShards(plan, [], undefined)).toEqual(plan.map(() => false));
  });

  it('keeps the shards whose documents are unchanged and rewrites the one that changed', () => {
    const before = hashesOf(docs);
    const edited = docs.map((d, i) => (i === 2 ? { ...d, paragraphs: ['نص آخر'] } : d));
    const after = hashesOf(edited);
    expect(after.plan.map((s) => s.range)).toEqual(['2025', '2024', 'undated']);
    expect(reusableShards(after.plan, after.hashes, stateOf(before))).toEqual([true, false, true]);
  });
});
