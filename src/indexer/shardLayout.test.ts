import { describe, expect, it } from 'vitest';
import { planShards } from '../lib/search/shardPlan';
import { planIndexShards } from './shardLayout';

/** Site order: newest first, undated last. */
const siteOrder = (ds: Array<string | undefined>) => [...ds].sort((a, b) => (!a ? 1 : !b ? -1 : a < b ? 1 : a > b ? -1 : 0));
/** A corpus of `perMonth` articles in every month of 2023–2025, and `undated` without a date. */
function corpus(perMonth: number, undated: number): Array<string | undefined> {
  const ds: Array<string | undefined> = [];
  for (const y of [2023, 2024, 2025]) for (let m = 1; m <= 12; m++) for (let k = 0; k < perMonth; k++) ds.push(`${y}-${String(m).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`);
  for (let k = 0; k < undated; k++) ds.push(undefined);
  return siteOrder(ds);
}
/** Each shard's documents, by identity: the i-th dated article of a date stays itself when others are added. */
const members = (ds: Array<string | undefined>, plan: { path: string; range: string; start: number; end: number }[]) => {
  const seen = new Map<string, number>();
  const ids = ds.map((d) => { const k = d ?? 'u'; const n = seen.get(k) ?? 0; seen.set(k, n + 1); return `${k}#${n}`; });
  return new Map(plan.map((s) => [`${s.path}|${s.range}`, ids.slice(s.start, s.end).sort().join(',')]));
};
const changed = (before: Map<string, string>, after: Map<string, string>) => [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k);

describe('planIndexShards', () => {
  it('is the plan itself below the shard size (one index)', () => {
    const ds = corpus(2, 5);
    expect(planIndexShards(ds, 1000, true)).toEqual(planShards(ds, 1000));
  });

  it('splits the newest month off the newest shard: contiguous, every document once, the root first', () => {
    const ds = corpus(20, 100); // 720 dated, 100 undated
    const plan = planIndexShards(ds, 300, true);
    expect(plan[0]).toMatchObject({ path: '', range: '2025-12-newest', start: 0, end: 20 });
    expect(plan[1].path).toBe(`shard-${planShards(ds, 300)[0].range}`);
    plan.forEach((s, i) => expect(s.start).toBe(i ? plan[i - 1].end : 0));
    expect(plan.at(-1)!.end).toBe(ds.length);
    expect(new Set(plan.map((s) => s.path)).size).toBe(plan.length);
    expect(plan.every((s) => s.end - s.start <= 300)).toBe(true);
  });

  it('a daily update (the newest day) rewrites only the small newest shard; the plan alone rewrote the whole newest shard', () => {
    const ds = corpus(20, 100);
    const grown = siteOrder([...ds, ...Array(10).fill('2025-12-28')]);
    const rewritten = (plan: (d: typeof ds, max: number) => ReturnType<typeof planShards>) => changed(members(ds, plan(ds, 300)), members(grown, plan(grown, 300)));
    expect(rewritten((d, m) => planIndexShards(d, m, true))).toEqual(['|2025-12-newest']);
    const alone = planShards(grown, 300);
    expect(rewritten(planShards)).toEqual([`|${alone[0].range}`]);
    expect(alone[0].end - alone[0].start).toBeGreaterThan(200); // what a daily update rewrote before
  });

  it('a new month moves the last one into the older part: that part is rewritten once, then the daily ones are small again', () => {
    const ds = corpus(20, 100);
    const january = siteOrder([...ds, '2026-01-02']);
    const plan = planIndexShards(january, 300, true);
    expect(plan[0]).toMatchObject({ range: '2026-01-newest', start: 0, end: 1 });
    const next = siteOrder([...january, '2026-01-03', '2026-01-03']);
    expect(changed(members(january, plan), members(next, planIndexShards(next, 300, true)))).toEqual(['|2026-01-newest']);
  });

  it('splits the newest day off when the newest month is the whole newest shard', () => {
    const ds = siteOrder([...corpus(20, 0), ...Array(250).fill(0).map((_, k) => `2026-02-${String(1 + (k % 20)).padStart(2, '0')}`)]);
    const alone = planShards(ds, 300);
    expect(alone[0].range).toBe('2026'); // the month alone fills its year's shard
    const plan = planIndexShards(ds, 300, true);
    expect(plan[0].range).toBe('2026-02-20-newest');
    expect(plan[0].end - plan[0].start).toBeLessThan(20);
  });
});
