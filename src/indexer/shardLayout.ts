// The shards the indexer writes: the date-range plan of src/lib/search/shardPlan.ts, with the
// newest month of its newest shard split off into a small shard of its own (the root bundle).
// A daily update adds articles of the newest dates: with the plan alone it rewrites the whole
// newest shard (up to SEARCH_SHARD_SIZE records: 8,900 at 10k pages), now only the newest
// month's (~190 at 10k). The older part of that shard is rewritten when a new month begins
// (the last month joins it) or when an update reaches an older date. When the newest month is
// the whole shard (a month past the size, or a shard of one month), the newest day is split off
// instead, the same way. A pure function of the dates, as the plan is: a full build cuts the
// same shards as an incremental one. Every shard costs a reader its metadata, entry and the
// word-index chunks a query reads: Pagefind writes a small bundle's whole word list as one chunk
// (26 KB at 10k, docs/scale.md «session 12»), so the newest shard's chunks are cut small
// (chunkSplit.ts) and it is on by default (SEARCH_NEWEST_SHARD=0 turns it off; docs/scale.md
// «The search shards of an update (issue 18, helper 18s)»). Below the shard size the one index
// is never split: Pagefind scores each bundle with its own term statistics, and a month of a few
// dozen articles would rank its pages apart (docs/scale.md «session 17»).
import { planShards, type PlannedShard } from '../lib/search/shardPlan';

/** The end (exclusive) of the run of `dates` from `start` that share `prefix` characters. */
function runEnd(dates: ReadonlyArray<string | undefined | null>, start: number, end: number, prefix: number): number {
  const range = dates[start]!.slice(0, prefix);
  let i = start + 1;
  while (i < end && dates[i]?.slice(0, prefix) === range) i++;
  return i;
}

/** `newestApart`: split the newest month off (the default; SEARCH_NEWEST_SHARD=0: the plan as it is). */
export function planIndexShards(dates: ReadonlyArray<string | undefined | null>, max: number, newestApart = true): PlannedShard[] {
  const plan = planShards(dates, max);
  if (!newestApart) return plan;
  const first = plan[0];
  if (plan.length < 2 || first.undated || first.end - first.start < 2 || !dates[first.start]) return plan;
  // The newest month of the newest shard; a day when that month is the whole shard.
  for (const prefix of [7, 10]) {
    const end = runEnd(dates, first.start, first.end, prefix);
    if (end === first.end) continue;
    const hot: PlannedShard = { path: '', range: `${dates[first.start]!.slice(0, prefix)}-newest`, undated: false, newest: true, start: first.start, end };
    const rest: PlannedShard = { ...first, path: `shard-${first.range}`, start: end };
    return [hot, rest, ...plan.slice(1)];
  }
  return plan;
}
