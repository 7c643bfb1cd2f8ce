// Writes the site's search index through the Pagefind Node API: records built from the
// articles, not the built HTML, so only titles and bodies get in (never nav, chips or
// footers), and the indexed words are search keys (src/lib/search/keys.ts), so Arabic
// spelling variants meet. See docs/search.md.
//
// Memory: documents may stream (one article at a time), and Pagefind's service is the part
// that grows with the corpus, so a large corpus is written as several indexes (shards), one
// Pagefind service at a time; see docs/search.md "Speed and size".
import * as pagefind from 'pagefind';
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import type { Actor } from '../lib/types';
import { buildContextJson, contextFromJson, splitContextJson, LABELS_FILE } from '../lib/search/context';
import type { SearchVocabulary } from '../lib/search/vocabulary';
import { corpusDocs, FacetLabels, scannedActors, type SourceDoc } from '../lib/search/documents';
import { planShards } from '../lib/search/shardPlan';
import { documentHash, hasTextFile, moveKeptShards, readShardState, reusableShards, shardHash, SHARD_STATE_VERSION, swapIndex, writeShardState } from './shardReuse';
import { IndexTrace } from './trace';
import { CONTEXT_FILE, keyedRecordHtml, type RecordSorts, plainRecordHtml, textJson, textKey, TEXT_DIR, TEXT_EXT } from '../lib/search/record';

/** Records sent to Pagefind before we wait for the oldest. */
const IN_FLIGHT = 16;
/** Most records in one Pagefind index (shard); ~2 GB of service memory at 9,000. */
const MAX_SHARD = Number(process.env.SEARCH_SHARD_SIZE) || 10_000;

type Docs = () => Iterable<SourceDoc> | AsyncIterable<SourceDoc>;

export interface IndexStats {
  pages: number;
  shards: number;
  /** Shards written in this run (the others were moved from the last index). */
  rebuilt: number;
  outputPath: string;
  /** Seconds spent reading and adding records, and writing the index files. */
  addSeconds: number;
  writeSeconds: number;
  /** Where the time went (IndexTrace.summary). */
  trace: string;
}

/** A full GC when the flag can be set at run time (it can in Node 20); else nothing. */
function collectGarbage() {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    /* not fatal: only the peak is higher */
  }
}

async function anyLinked(docs: Docs): Promise<boolean> {
  for await (const d of docs()) if (d.doc.filters.actor.length) return true; // stops at the first
  return false;
}

/**
 * Pagefind indexes written one after another, each in its planned folder under outputPath
 * (the first at its root). One service at a time, closed before the next opens.
 */
class ShardWriter {
  writeMs = 0;
  opened = 0;
  private index: pagefind.PagefindIndex | undefined;
  private folder = '';
  private inFlight: Promise<void>[] = [];

  constructor(private outputPath: string, private trace: IndexTrace) {}

  async open(folder: string): Promise<void> {
    await this.close();
    if (this.opened++) await pagefind.close(); // a fresh service: the last one's memory goes back
    const created = await this.trace.timeAsync('pagefind open', () => pagefind.createIndex({ forceLanguage: 'ar' }));
    if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
    this.index = created.index;
    this.folder = folder;
  }

  /**
   * A few records in flight: we key the next ones while Pagefind parses these (2 cores), and
   * no more than IN_FLIGHT record strings are alive at once. `also` is written alongside.
   */
  async add(slug: string, url: string, content: string, also?: Promise<void>): Promise<void> {
    if (also) this.inFlight.push(also);
    this.inFlight.push(
      this.index!.addHTMLFile({ url, content }).then((added) => {
        if (added.errors.length) throw new Error(`pagefind ${slug}: ${added.errors.join('; ')}`);
      }),
    );
    if (this.inFlight.length >= IN_FLIGHT) await this.trace.timeAsync('pagefind wait', () => this.inFlight.shift()!);
  }

  async close(): Promise<void> {
    if (!this.index) return;
    await this.trace.timeAsync('pagefind wait', () => Promise.all(this.inFlight.splice(0)));
    const w0 = Date.now();
    this.trace.time('gc', collectGarbage); // our garbage back before Pagefind's peak
    const written = await this.index.writeFiles({ outputPath: path.join(this.outputPath, this.folder) });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await this.index.deleteIndex();
    this.writeMs += Date.now() - w0;
    this.trace.add('pagefind write', Date.now() - w0);
    this.index = undefined;
  }
}

/**
 * Writes a Pagefind index of the documents (keyed, or plain for the baseline) to outputPath,
 * and kb-search.json (query planning) and kb-labels.json (names of filter values) beside it.
 * `docs` is called up to four times (to see whether the linking ran, stopping at the first
 * linked article; to plan the shards; to hash them when an earlier index may be reused; to
 * index): it may stream.
 *
 * Shards (docs/search.md): above MAX_SHARD documents the index is cut by date ranges that new
 * articles do not move (planShards); with `reuse`, a shard whose records are unchanged since
 * the last run is moved from the old index instead of written again (shardReuse.ts).
 */
export async function writeSearchIndexFrom(opts: {
  docs: Docs;
  actors: Actor[];
  outputPath: string;
  plain?: boolean;
  /** Only index these slugs (the pages the built site really has). */
  only?: (slug: string) => boolean;
  /** Word families and concepts keyed into the index (docs/search.md); none: spelling only. */
  vocabulary?: SearchVocabulary;
  /** Reuse the unchanged shards of the last index: its state file, and the key of everything but the records. */
  reuse?: { stateFile: string; key: string };
}): Promise<IndexStats> {
  const trace = new IndexTrace();
  const tStart = performance.now();
  const ctx = contextFromJson(buildContextJson(opts.actors, opts.plain ? {} : opts.vocabulary));
  // Actor filter values: the corpus linking when it ran; otherwise (linking not wired yet)
  // the actors our alias scan finds, so the facet is never silently empty.
  const linked = await trace.timeAsync('linked check', () => anyLinked(opts.docs));
  const indexed = (d: SourceDoc) => !opts.only || opts.only(d.slug);
  /** Our scan fills the actor facet when the linking did not run (before hashing or indexing a document). */
  const scanActors = (d: SourceDoc) => {
    if (!linked) d.doc.filters.actor = trace.time('actor scan', () => scannedActors(d.doc, ctx));
  };
  // The input is in site order (newest first, undated last): each dated shard is a date range
  // and undated articles get their own, so the browser merges sorted results by concatenation
  // (src/client/search/engine-shards.ts). One pass gives the dates (the plan) and, when shards
  // may be reused, a hash of each document (the shards' hashes, shardReuse.ts).
  const reuseKey = opts.reuse?.key ?? '';
  const reuse = opts.reuse && !opts.plain ? opts.reuse : undefined;
  const previous = reuse ? readShardState(reuse.stateFile, reuseKey, MAX_SHARD, opts.outputPath) : undefined;
  if (reuse) rmSync(reuse.stateFile, { force: true }); // until this index is whole
  const dates: Array<string | undefined> = [];
  const docHashes: string[] = [];
  const textMissing: number[] = [];
  for await (const d of trace.iterate('read (plan pass)', opts.docs())) {
    if (!indexed(d)) continue;
    dates.push(d.doc.date || undefined);
    if (!reuse) continue;
    scanActors(d);
    const name = textKey(d.doc);
    docHashes.push(trace.time('hash', () => documentHash(d.doc, name)));
    if (previous?.shards.length && trace.time('text file check', () => !hasTextFile(opts.outputPath, name))) textMissing.push(dates.length - 1);
  }
  const plan = planShards(dates, MAX_SHARD);
  const sharded = plan.length > 1;
  const hashes = reuse ? plan.map((s) => shardHash(reuseKey, s, sharded, docHashes)) : [];
  // A kept shard must also still have every excerpt file in the old index.
  const keep = reusableShards(plan, hashes, previous).map((same, j) => same && !textMissing.some((k) => k >= plan[j].start && k < plan[j].end));
  const shardAt = (k: number, from: number) => {
    let i = from;
    while (plan[i].end <= k) i++;
    return i;
  };

  // The new index is staged beside the old one; text files in a side folder of their own
  // (writeFiles may replace a bundle's folder).
  const stageDir = `${opts.outputPath}.next`;
  const textDir = `${stageDir}.${TEXT_DIR}.tmp`;
  await rm(stageDir, { recursive: true, force: true });
  await rm(textDir, { recursive: true, force: true });
  await mkdir(stageDir, { recursive: true });
  if (!opts.plain) await mkdir(textDir, { recursive: true });
  const facets = new FacetLabels();
  const writer = new ShardWriter(stageDir, trace);
  const keptTexts: string[] = [];
  let lastDate = '9999-99-99';
  let pages = 0;
  let i = 0;
  let openShard = -1;
  const t0 = Date.now();
  for await (const d of trace.iterate('read (index pass)', opts.docs())) {
    if (!indexed(d)) continue;
    const doc = d.doc;
    const date = doc.date || '';
    if (sharded && date > lastDate) throw new Error(`search: articles out of order (${d.slug}); shards need newest first, undated last`);
    lastDate = date;
    i = shardAt(pages++, i);
    scanActors(d); // docs() makes its documents anew on each call
    trace.time('facets', () => facets.add(d));
    const textName = opts.plain ? undefined : textKey(doc);
    if (keep[i]) {
      if (textName) keptTexts.push(textName);
      continue;
    }
    if (openShard !== i) await writer.open(plan[(openShard = i)].path);
    // A sharded index keeps only the sort keys its shards use (RecordSorts, record.ts).
    const sorts: RecordSorts = !sharded ? 'both' : doc.date ? 'date' : 'none';
    const content = trace.time('records', () => (opts.plain ? plainRecordHtml(doc, sorts) : keyedRecordHtml(doc, ctx, sorts)));
    const text = textName ? trace.time('text files', () => writeFile(path.join(textDir, textName + TEXT_EXT), gzipSync(textJson(doc), { level: 9 }))) : undefined;
    await writer.add(d.slug, doc.url, content, text);
  }
  // A shard with no records (an empty corpus) still gets an index.
  for (const [j, s] of plan.entries()) if (s.start === s.end && !keep[j]) await writer.open(s.path);
  await writer.close();
  const t2 = Date.now();
  const t1 = t2 - writer.writeMs;
  const kept = plan.filter((_s, j) => keep[j]);
  trace.time('move kept shards', () => moveKeptShards(opts.outputPath, stageDir, textDir, kept, keptTexts));
  if (!opts.plain) await rename(textDir, path.join(stageDir, TEXT_DIR));
  const json = facets.contextJson(opts.actors, opts.plain ? {} : { ...opts.vocabulary, total: pages });
  if (sharded) json.shards = plan.map((s) => ({ path: s.path, undated: s.undated }));
  const { planning, labels } = splitContextJson(json);
  await writeFile(path.join(stageDir, CONTEXT_FILE), JSON.stringify(planning));
  await writeFile(path.join(stageDir, LABELS_FILE), JSON.stringify(labels));
  trace.time('swap', () => swapIndex(stageDir, opts.outputPath));
  if (reuse) writeShardState(reuse.stateFile, { version: SHARD_STATE_VERSION, key: reuseKey, maxShard: MAX_SHARD, shards: plan.map((s, j) => ({ path: s.path, range: s.range, hash: hashes[j] })) });
  return { pages, shards: plan.length, rebuilt: plan.length - kept.length, outputPath: opts.outputPath, addSeconds: (t1 - t0) / 1000, writeSeconds: (t2 - t1) / 1000, trace: traceSummary(trace, tStart) };
}

function traceSummary(trace: IndexTrace, tStart: number): string {
  const counted = [...trace.ms.values()].reduce((a, b) => a + b, 0);
  trace.add('other', performance.now() - tStart - counted);
  return trace.summary();
}

/** Writes a Pagefind index of a corpus (tests and benchmarks). */
export async function writeSearchIndex(opts: { corpus: Corpus; actors: Actor[]; outputPath: string; plain?: boolean; only?: Set<string>; vocabulary?: SearchVocabulary }): Promise<IndexStats> {
  const only = opts.only;
  return writeSearchIndexFrom({
    docs: () => corpusDocs(opts.corpus),
    actors: opts.actors,
    outputPath: opts.outputPath,
    plain: opts.plain,
    only: only && ((s) => only.has(s)),
    vocabulary: opts.vocabulary,
  });
}
