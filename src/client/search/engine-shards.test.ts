import { describe, expect, it } from 'vitest';
import { mergeShardResults, openShardedIndex, relevanceSearches, shardsToLeaveOut, shardsWithResults, sumCounts, SHARD_FILTER, type PagefindInstance } from './engine-shards';

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

describe('the first searches Pagefind’s worker runs before the page asks (relevanceSearches)', () => {
  // The /search/ page's worker answers a search message from the reply of a search it ran first
  // when the term and options are the same (JSON, as the worker compares them): what
  // relevanceSearches lists must be exactly what the index's relevance search sends.
  const sent = async (term: string, shardList: typeof shards) => {
    const calls: string[] = [];
    const instance: PagefindInstance = {
      init: async () => undefined,
      mergeIndex: async () => undefined,
      filters: async () => ({}),
      search: async (t, options) => {
        calls.push(JSON.stringify([t, options ?? {}]));
        return { results: [], totalFilters: { [SHARD_FILTER]: { '0': 1, '1': 1, '2': 1 } } };
      },
    };
    const index = await openShardedIndex({ moduleUrl: '', baseUrl: '/', shards: shardList, bundlePath: (s) => `/pagefind/${s.path}`, opened: Promise.resolve(instance) });
    await index.search(term, { filters: undefined, sort: 'relevance' });
    return calls;
  };
  const listed = (term: string, sharded: boolean) => relevanceSearches(term, sharded).map((a) => JSON.stringify(a));

  it.each(['0zelenskyy9', '0vqf9 0itlaq9 0nar9', ''])('lists the messages of «%s» on a sharded index and on one bundle', async (term) => {
    expect((await sent(term, shards)).sort()).toEqual(listed(term, true).sort());
    expect(await sent(term, shards.slice(0, 1))).toEqual(listed(term, false));
  });

  it('counts each word alone on a sharded index only, for two words or more', () => {
    expect(relevanceSearches('a b', true)).toEqual([['a b', {}], ['a', { filters: { [SHARD_FILTER]: { any: ['none'] } } }], ['b', { filters: { [SHARD_FILTER]: { any: ['none'] } } }]]);
    expect(relevanceSearches('a b', false)).toEqual([['a b', {}]]);
    expect(relevanceSearches('a', true)).toEqual([['a', {}]]);
  });
});
