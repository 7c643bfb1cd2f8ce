import { describe, expect, it } from 'vitest';
import { planShards } from './shardPlan';

/** Site order: newest first, undated last. */
const siteOrder = (dates: Array<string | undefined>) =>
  [...dates].sort((a, b) => (!a ? (b ? 1 : 0) : !b ? -1 : a < b ? 1 : a > b ? -1 : 0));
const ranges = (dates: Array<string | undefined>, max: number) => planShards(siteOrder(dates), max).map((s) => `${s.range}:${s.end - s.start}`);

describe('planShards', () => {
  it('is one index at the root up to the shard size, dated and undated together', () => {
    expect(planShards(['2025-01-02', '2024-05-01', undefined], 3)).toEqual([{ path: '', range: 'all', undated: false, start: 0, end: 3 }]);
    expect(planShards([], 3)).toEqual([{ path: '', range: 'all', undated: false, start: 0, end: 0 }]);
  });

  it('above it, joins whole years from the oldest into shards of at most the size, the undated apart; the newest at the root', () => {
    const plan = planShards(siteOrder(['2025-03-01', '2025-01-09', '2024-12-31', '2023-06-01', '2022-01-01', undefined, undefined]), 3);
    expect(plan.map((s) => [s.path, s.range, s.undated, s.start, s.end])).toEqual([
      ['', '2025', false, 0, 2],
      ['shard-2022_2024', '2022_2024', false, 2, 5],
      ['shard-undated', 'undated', true, 5, 7],
    ]);
    // As few shards as whole years allow: all the dated articles fit one.
    expect(ranges(['2025-03-01', '2024-12-31', '2023-06-01', undefined, undefined], 3)).toEqual(['2023_2025:3', 'undated:2']);
  });

  it('splits a year past the size by month, a month past it by day, a day past it in runs, and joins neighbours that fit', () => {
    const dates = ['2025-05-01', '2025-05-01', '2025-05-01', '2025-05-02', '2025-04-09', '2025-03-01', '2024-01-01'];
    expect(ranges(dates, 2)).toEqual(['2025-05-02:1', '2025-05-01-1:2', '2025-04_2025-05-01-2:2', '2024_2025-03:2']);
    expect(ranges([...dates, undefined, undefined, undefined], 2)).toEqual(['2025-05-02:1', '2025-05-01-1:2', '2025-04_2025-05-01-2:2', '2024_2025-03:2', 'undated-2:1', 'undated-1:2']);
  });

  it('keeps every older shard as it was when newer articles are added', () => {
    const base = ['2022-05-05', '2023-02-01', '2023-07-04', '2024-01-01', '2024-03-03', '2024-03-04', '2025-01-01', undefined];
    const before = planShards(siteOrder(base), 3);
    const key = (s: { range: string; end: number; start: number }) => `${s.range}:${s.end - s.start}`;
    expect(before.map(key)).toEqual(['2025:1', '2024:3', '2022_2023:3', 'undated:1']);
    for (const added of [['2025-02-01'], ['2025-02-01', '2025-02-02', '2025-06-30'], ['2025-02-01', '2026-01-01', '2026-02-01', '2026-03-01']]) {
      const after = planShards(siteOrder([...base, ...added]), 3);
      // Only the newest shards change; the older ones keep their folder, range and size.
      expect(after.slice(-3).map((s) => [s.path, key(s)])).toEqual(before.slice(-3).map((s) => [s.path, key(s)]));
      expect(after.reduce((n, s) => n + s.end - s.start, 0)).toBe(base.length + added.length);
    }
    expect(planShards(siteOrder([...base, '2025-02-01', '2025-02-02', '2025-06-30']), 3).map(key)).toEqual(['2025-06:1', '2025-01_2025-02:3', '2024:3', '2022_2023:3', 'undated:1']);
  });

  it('cuts the undated past the size in runs counted from the oldest end, so an undated article added at the newest end leaves the older runs', () => {
    // The indexer reads the undated by their host page's date, newest first (exportOrder):
    // a day's embedded copies are added at the newest end of the undated block.
    const base = ['2025-01-01', '2024-01-01', ...Array<undefined>(7).fill(undefined)];
    const before = planShards(base, 3);
    const key = (s: { path: string; range: string; end: number; start: number }) => `${s.path}:${s.end - s.start}`;
    expect(before.map(key)).toEqual([':2', 'shard-undated-3:1', 'shard-undated-2:3', 'shard-undated-1:3']);
    // A run's documents, counted from the end of the input (where nothing was added).
    const fromEnd = (plan: ReturnType<typeof planShards>, n: number) => plan.map((s) => `${s.path}:${n - s.start}-${n - s.end}`);
    expect(fromEnd(before, base.length).slice(-2)).toEqual(['shard-undated-2:6-3', 'shard-undated-1:3-0']);
    for (const added of [1, 2, 3]) {
      const input = ['2025-01-02', ...base.slice(0, 2), ...Array<undefined>(added).fill(undefined), ...base.slice(2)];
      const after = planShards(input, 3);
      expect(fromEnd(after, input.length).slice(-2)).toEqual(fromEnd(before, base.length).slice(-2));
    }
    // The added one goes into the newest run (counted from the newest end, as before, every boundary moved).
    expect(planShards(['2025-01-02', ...base.slice(0, 2), undefined, ...base.slice(2)], 3).map(key)).toEqual([':3', 'shard-undated-3:2', 'shard-undated-2:3', 'shard-undated-1:3']);
  });

  it('refuses dates out of site order', () => {
    expect(() => planShards(['2024-01-01', '2025-01-01', '2024-02-01'], 1)).toThrow(/date order/);
    expect(() => planShards([undefined, '2025-01-01'], 1)).toThrow(/undated/);
  });
});
