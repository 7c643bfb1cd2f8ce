// What a search shard plan costs an update: for each shard size, the shards of a built site's
// articles (as the indexer cuts them: src/indexer/shardLayout.ts) and how many records an index written after
// +N articles must feed Pagefind again (every record of each shard whose articles changed), for
// N articles of random dates (the benchmark's update: some undated, as many as in the site) and
// for N articles of the newest date (a daily update). Seeded, so a run is repeatable.
// Usage: tsx scripts/bench/shard-plans.ts --site DIR [--added 10] [--sizes 10000,5000,2500] [--runs 20]
// The reader's side of a plan (bytes to /search/'s first results grow with the shards) is
// measured by the benchmark's browser stage (docs/search.md «Shards»), not here.
import { parseArgs } from 'node:util';
import { readArticleExport } from '../../src/indexer/read';
import type { PlannedShard } from '../../src/lib/search/shardPlan';
import { planIndexShards } from '../../src/indexer/shardLayout';

/** As the indexer cuts them with SEARCH_NEWEST_SHARD=1 (the newest month apart). */
const planShards = (dates: Array<string | undefined>, size: number) => planIndexShards(dates, size, true);
import { Rng } from './prng';

const { values } = parseArgs({ options: { site: { type: 'string' }, added: { type: 'string', default: '10' }, sizes: { type: 'string', default: '10000,5000,2500,1000' }, runs: { type: 'string', default: '20' } } });
if (!values.site) throw new Error('usage: tsx scripts/bench/shard-plans.ts --site DIR [--added 10] [--sizes 10000,5000] [--runs 20]');
const dates = readArticleExport(values.site).map((a) => a.date ?? undefined);
const added = Number(values.added);
const runs = Number(values.runs);
const undatedShare = dates.filter((d) => !d).length / dates.length;
const dated = dates.filter((d): d is string => !!d);

/** The site's dates with `extra` inserted in site order (newest first, undated last). */
function withAdded(extra: Array<string | undefined>): Array<string | undefined> {
  const out = [...dates];
  for (const d of extra) {
    let at = d ? out.findIndex((x) => !x || x < d) : out.length;
    if (at < 0) at = out.length;
    out.splice(at, 0, d);
  }
  return out;
}

/** Records in the shards of `after` that are not, with the same range and size, in `before` (a shard's records changed). */
function rewritten(before: PlannedShard[], after: PlannedShard[]): { shards: number; records: number } {
  const old = new Set(before.map((s) => `${s.path}\0${s.range}\0${s.end - s.start}`));
  const changed = after.filter((s) => !old.has(`${s.path}\0${s.range}\0${s.end - s.start}`));
  return { shards: changed.length, records: changed.reduce((n, s) => n + s.end - s.start, 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${dates.length} articles (${dated.length} dated), +${added} articles, ${runs} seeded runs of random dates`);
console.log('| shard size | shards | +N random dates: shards / records written (median) | +N of the newest date: shards / records written |');
console.log('|---:|---:|---:|---:|');
for (const size of values.sizes!.split(',').map(Number)) {
  const before = planShards(dates, size);
  const random = [...Array(runs)].map((_, r) => {
    const rng = new Rng(`shard-plans-${r}`);
    const rnd = () => rng.next();
    const extra = [...Array(added)].map(() => (rnd() < undatedShare ? undefined : dated[Math.floor(rnd() * dated.length)]));
    return rewritten(before, planShards(withAdded(extra), size));
  });
  const newest = rewritten(before, planShards(withAdded(Array(added).fill(dated[0])), size));
  console.log(`| ${size} | ${before.length} | ${median(random.map((x) => x.shards))} / ${median(random.map((x) => x.records))} | ${newest.shards} / ${newest.records} |`);
}
