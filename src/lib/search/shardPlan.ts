// Where the search index is cut into shards (docs/search.md «Shards», docs/scale.md
// «Incremental builds»). The boundaries are a pure function of the articles' dates that new
// articles do not move: one index up to the shard size; above it the dated articles are cut
// into calendar ranges (a year; a year past the size by month, a month past it by day, a day
// past it in runs of the size, in site order), and neighbouring ranges are then joined, from
// the OLDEST, into shards of at most the size; undated articles apart (in runs of the size,
// counted from the oldest end: the indexer reads them by their host page's date, newest first,
// `exportOrder` in src/lib/corpus/exports.ts, so a day's embedded copies enter the newest run).
// Joining from the oldest keeps every older shard as it was when newer articles arrive, so a
// daily update touches the newest shard only and an incremental build rewrites that one
// (src/indexer/shardReuse.ts); a full build cuts the same shards. Joining keeps the shards as
// few as plain calendar ranges allow: every shard costs a reader its metadata, entry and a
// word-index chunk per query (a shard per year at 16,900 articles: 408 KB to /search/'s first
// results against 287 KB with two shards).
//
// Pure: dates in, a plan out. The input is in site order (newest first, undated last), and
// every shard is a contiguous run of it, so the browser merges date-sorted results by
// concatenation (src/client/search/engine-shards.ts).

export interface PlannedShard {
  /** Folder under pagefind/: '' for the first shard (the root holds the runtime), else `shard-<range>`. */
  path: string;
  /** The date range it holds (`2025`, `2025-03`, `2025-03-14`, `undated`, with `-<n>` for a run; `<oldest>_<newest>` when joined). */
  range: string;
  undated: boolean;
  /** The small shard of the newest month split off the newest shard (src/indexer/shardLayout.ts). */
  newest?: boolean;
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
  const ranges: Omit<PlannedShard, 'path'>[] = [];
  cutDated(dates as string[], 0, datedEnd, 0, max, ranges);
  // A range seen twice means the dates were not newest first.
  if (new Set(ranges.map((s) => s.range)).size !== ranges.length) throw new Error('search shards: the dated articles are not in date order (newest first)');
  const shards = joinFromOldest(ranges, max);
  cutRunsFromOldest('undated', datedEnd, n, max, true, shards);
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

/**
 * [start, end) in runs of `max` counted from its oldest (last) end, `<range>-1` the oldest: every
 * run but the newest is full, so what is added at the newest end leaves the older runs as they
 * were (their documents, folders and names). The undated arrive by their host page's date
 * (`exportOrder`), so a daily update's new undated articles (copies embedded in the day's pages)
 * are at that end; counted from the newest end, every run's boundary moved with each of them.
 */
function cutRunsFromOldest(range: string, start: number, end: number, max: number, undated: boolean, out: Omit<PlannedShard, 'path'>[]) {
  if (end - start <= max) return cutRuns(range, start, end, max, undated, out);
  const runs = Math.ceil((end - start) / max);
  const first = (end - start) % max || max;
  for (let i = start, k = runs; i < end; i = i === start ? start + first : i + max, k--) {
    out.push({ range: `${range}-${k}`, undated, start: i, end: i === start ? i + first : i + max });
  }
}

/**
 * Joins neighbouring ranges (site order, newest first) into shards of at most `max`, starting
 * from the oldest, so that what is added at the newest end never moves an older boundary.
 */
function joinFromOldest(ranges: Omit<PlannedShard, 'path'>[], max: number): Omit<PlannedShard, 'path'>[] {
  const joined: Omit<PlannedShard, 'path'>[] = [];
  let group: Omit<PlannedShard, 'path'>[] = [];
  const close = () => {
    if (!group.length) return;
    const newest = group[group.length - 1];
    const oldest = group[0];
    const range = group.length === 1 ? oldest.range : `${oldest.range}_${newest.range}`;
    joined.unshift({ range, undated: false, start: newest.start, end: oldest.end });
    group = [];
  };
  for (let i = ranges.length - 1; i >= 0; i--) {
    const r = ranges[i];
    const size = group.length ? group[0].end - group[group.length - 1].start : 0;
    if (group.length && size + (r.end - r.start) > max) close();
    group.push(r);
  }
  close();
  return joined;
}
