import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planShards } from '../lib/search/shardPlan';
import { documentHash, emptyTrash, reusableShards, shardHash, SHARD_STATE_VERSION, swapIndex, type ShardState } from './shardReuse';

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

describe('swapIndex', () => {
  it('puts the staged index in place and leaves the old one in the trash, which the next run empties', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'swap-'));
    try {
      const [index, stage, trash] = ['pagefind', 'pagefind.next', 'search.trash'].map((n) => path.join(root, n));
      mkdirSync(index);
      writeFileSync(path.join(index, 'old.txt'), 'قديم');
      mkdirSync(stage);
      writeFileSync(path.join(stage, 'new.txt'), 'جديد');
      swapIndex(stage, index, trash);
      expect(readdirSync(index)).toEqual(['new.txt']);
      expect(existsSync(stage)).toBe(false);
      const [old] = readdirSync(trash);
      expect(readFileSync(path.join(trash, old, 'old.txt'), 'utf8')).toBe('قديم');
      await emptyTrash(trash);
      expect(existsSync(trash)).toBe(false);
      // Without a trash the old index is deleted at once.
      mkdirSync(stage);
      swapIndex(stage, index);
      expect(readdirSync(index)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
