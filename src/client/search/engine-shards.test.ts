import { describe, expect, it } from 'vitest';
import { mergeShardResults, shardsToLeaveOut, shardsWithResults, sumCounts, SHARD_FILTER } from './engine-shards';

// Three shards as the indexer writes them: two date ranges (newest range first), then undated.
const shards = [
  { path: '', undated: false },
  { path: 'shard-1', undated: false },
  { path: 'shard-2', undated: true },
];
const hit = (id: string, score: number) => ({ id, score });
const lists = [
  [hit('2025-b', 3), hit('2025-a', 1)], // the newest range, newest first
  [hit('2023-b', 9), hit('2023-a', 2)],
  [hit('undated', 5)],
];

describe('merging the shards of one index', () => {
  it('orders relevance by score across shards', () => {
    expect(mergeShardResults(lists, shards, 'relevance').map((h) => h.id)).toEqual(['2023-b', 'undated', '2025-b', '2023-a', '2025-a']);
  });

  it('keeps each shard’s date order and puts the ranges in order, undated last', () => {
    expect(mergeShardResults(lists, shards, 'date').map((h) => h.id)).toEqual(['2025-b', '2025-a', '2023-b', '2023-a', 'undated']);
    const oldest = [[hit('2025-a', 0), hit('2025-b', -1)], [hit('2023-a', 0), hit('2023-b', -1)], [hit('undated', 0)]];
    expect(mergeShardResults(oldest, shards, 'oldest').map((h) => h.id)).toEqual(['2023-a', '2023-b', '2025-a', '2025-b', 'undated']);
  });

  it('leaves out a shard that lacks a query word another shard holds, never for a word no shard holds', () => {
    // Words: [putin, rare, typo]. Shard 1 lacks «rare», which shard 0 holds; nobody holds the typo.
    expect(shardsToLeaveOut([[true, true, false], [true, false, false], [true, true, false]])).toEqual([false, true, false]);
    expect(shardsToLeaveOut([[true, false], [true, false]])).toEqual([false, false]);
  });

  it('sums facet counts of the shards', () => {
    expect(sumCounts([{ actor: { a: 1, b: 2 } }, { actor: { a: 3 }, year: { '2024': 1 } }])).toEqual({ actor: { a: 4, b: 2 }, year: { '2024': 1 } });
  });

  it('reads which shards hold a word from the shard filter’s counts (a shard with no count holds none)', () => {
    expect(shardsWithResults({ [SHARD_FILTER]: { '0': 2, '1': 0, '3': 5 }, actor: { a: 1 } }, 4)).toEqual([true, false, false, true]);
    expect(shardsWithResults({}, 2)).toEqual([false, false]);
    expect(shardsWithResults(undefined, 1)).toEqual([false]);
  });
});
