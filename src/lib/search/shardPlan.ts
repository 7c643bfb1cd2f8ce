// Where the search index is cut into shards (docs/search.md «Shards», docs/scale.md
// «Incremental builds»). The boundaries are a pure function of the articles' dates that new
// articles do not move: one index up to the shard size; above it a shard per year, a year
// past the size split by month, a month past it by day (a day past it in runs of the size, in
// site order); undated articles apart (in runs of the size). So a daily update touches the
// shards of the days it adds to, and an incremental build rewrites only those
// (src/indexer/shardReuse.ts); a full build cuts the same shards.
//
// Pure: dates in, a plan out. The input is in site order (newest first, undated last), and
// every shard is a contiguous run of it, so the browser merges date-sorted results by
// concatenation (src/client/search/engine-shards.ts).

export interface PlannedShard {
  /** Folder under pagefind/: '' for the first shard (the root holds the runtime), else `shard-<range>`. */
  path: string;
  /** The date range it holds (`2025`, `2025-03`, `2025-03-14`, `undated`, with `-<n>` for a run). */
  range: string;
  undated: boolean;
  /** Index of its first and one past its last document in the input. */
  start: number;
  end: number;
}

/** The calendar ranges a dated article belongs to, coarsest first. */
const RANGES = [(d: string) => d.slice(0, 4), (d: string) => d.slice(0, 7), (d: string) => d.slice(0, 10)];

/**
 * Cuts `dates` (site order: newest first, undated last; '' or undefined = undated) into
 * shards of at most `max` documents, except that a single date range is only cut in runs
 * when even its finest range (a day) is past `max`.
 */
export function planShards(dates: ReadonlyArray<string | undefined | null>, max: number): PlannedShard[] {
  const n = dates.length;
  if (n <= max) return [{ path: '', range: 'all', undated: false, start: 0, end: n }];
  const firstUndated = dates.findIndex((d) => !d);
  const datedEnd = firstUndated < 0 ? n : firstUndated;
  for (let i = datedEnd; i < n; i++) {
    if (dates[i]) throw new Error(`search shards: a dated article (${dates[i]}) after an undated one at ${i}; the input must be newest first, undated last`);
  }
  const shards: Omit<PlannedShard, 'path'>[] = [];
  cutDated(dates as string[], 0, datedEnd, 0, max, shards);
  cutRuns('undated', datedEnd, n, max, true, shards);
  // A range seen twice means the dates were not newest first.
  const ranges = new Set(shards.map((s) => s.range));
  if (ranges.size !== shards.length) throw new Error('search shards: the dated articles are not in date order (newest first)');
  return shards.map((s, i) => ({ ...s, path: i === 0 ? '' : `shard-${s.range}` }));
}

/** Splits [start, end) by the range at `level` (year, month, day); a group past `max` one level finer. */
function cutDated(dates: string[], start: number, end: number, level: number, max: number, out: Omit<PlannedShard, 'path'>[]) {
  const rangeOf = RANGES[level];
  let i = start;
  while (i < end) {
    const range = rangeOf(dates[i]);
    let j = i + 1;
    while (j < end && rangeOf(dates[j]) === range) j++;
    if (j - i <= max) out.push({ range, undated: false, start: i, end: j });
    else if (level + 1 < RANGES.length) cutDated(dates, i, j, level + 1, max, out);
    else cutRuns(range, i, j, max, false, out);
    i = j;
  }
}

/** [start, end) in runs of `max` (one shard named `range` when it fits). */
function cutRuns(range: string, start: number, end: number, max: number, undated: boolean, out: Omit<PlannedShard, 'path'>[]) {
  if (end <= start) return;
  if (end - start <= max) {
    out.push({ range, undated, start, end });
    return;
  }
  for (let i = start, k = 1; i < end; i += max, k++) out.push({ range: `${range}-${k}`, undated, start: i, end: Math.min(i + max, end) });
}
