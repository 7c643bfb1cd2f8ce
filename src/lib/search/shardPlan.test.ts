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

  it('above it, cuts a shard per year, the undated apart; the first at the root', () => {
    const plan = planShards(siteOrder(['2025-03-01', '2025-01-09', '2024-12-31', '2023-06-01', undefined, undefined]), 4);
    expect(plan.map((s) => [s.path, s.range, s.undated, s.start, s.end])).toEqual([
      ['', '2025', false, 0, 2],
      ['shard-2024', '2024', false, 2, 3],
      ['shard-2023', '2023', false, 3, 4],
      ['shard-undated', 'undated', true, 4, 6],
    ]);
  });

  it('splits a year past the size by month, a month past it by day, a day past it in runs', () => {
    const dates = ['2025-05-01', '2025-05-01', '2025-05-01', '2025-05-02', '2025-04-09', '2025-03-01', '2024-01-01'];
    expect(ranges(dates, 2)).toEqual(['2025-05-02:1', '2025-05-01-1:2', '2025-05-01-2:1', '2025-04:1', '2025-03:1', '2024:1']);
    expect(ranges([...dates, undefined, undefined, undefined], 2)).toEqual(['2025-05-02:1', '2025-05-01-1:2', '2025-05-01-2:1', '2025-04:1', '2025-03:1', '2024:1', 'undated-1:2', 'undated-2:1']);
  });

  it('keeps every boundary of the older ranges when newer articles are added', () => {
    const base = ['2023-02-01', '2023-07-04', '2024-01-01', '2024-03-03', '2024-03-04', '2025-01-01', undefined];
    const before = planShards(siteOrder(base), 3);
    const after = planShards(siteOrder([...base, '2025-02-01', '2025-02-02', '2025-06-30']), 3);
    const key = (s: { range: string; end: number; start: number }) => `${s.range}:${s.end - s.start}`;
    // 2025 grew past the size and is now cut by month; 2024, 2023 and the undated are untouched.
    expect(before.map(key)).toEqual(['2025:1', '2024:3', '2023:2', 'undated:1']);
    expect(after.map(key)).toEqual(['2025-06:1', '2025-02:2', '2025-01:1', '2024:3', '2023:2', 'undated:1']);
    expect(after.slice(3).map((s) => s.path)).toEqual(before.slice(1).map((s) => s.path));
  });

  it('refuses dates out of site order', () => {
    expect(() => planShards(['2024-01-01', '2025-01-01', '2024-02-01'], 1)).toThrow(/date order/);
    expect(() => planShards([undefined, '2025-01-01'], 1)).toThrow(/undated/);
  });
});
