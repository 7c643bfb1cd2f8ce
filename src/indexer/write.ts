// Writes the site's search index through the Pagefind Node API: records built from the
// articles, not the built HTML, so only titles and bodies get in (never nav, chips or
// footers), and the indexed words are search keys (src/lib/search/keys.ts), so Arabic
// spelling variants meet. See docs/search.md.
//
// Memory: documents may stream (one article at a time), and Pagefind's service is the part
// that grows with the corpus, so a large corpus is written as several indexes (shards), one
// Pagefind service at a time; see docs/search.md "Speed and size".
import * as pagefind from 'pagefind';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import type { Actor } from '../lib/types';
import { buildContextJson, contextFromJson, splitContextJson, LABELS_FILE, type SearchShard } from '../lib/search/context';
import type { SearchVocabulary } from '../lib/search/vocabulary';
import { corpusDocs, evenShardSize, FacetLabels, scannedActors, type SourceDoc } from '../lib/search/documents';
import { CONTEXT_FILE, keyedRecordHtml, plainRecordHtml, textJson, textKey, TEXT_DIR, TEXT_EXT } from '../lib/search/record';

/** Records sent to Pagefind before we wait for the oldest. */
const IN_FLIGHT = 16;
/** Most records in one Pagefind index (shard); ~2 GB of service memory at 9,000. */
const MAX_SHARD = Number(process.env.SEARCH_SHARD_SIZE) || 10_000;

type Docs = () => Iterable<SourceDoc> | AsyncIterable<SourceDoc>;

export interface IndexStats {
  pages: number;
  shards: number;
  outputPath: string;
  /** Seconds spent reading and adding records, and writing the index files. */
  addSeconds: number;
  writeSeconds: number;
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
 * Shard sizes from the real dated/undated split (a first pass over the dates only), so the
 * shards are even and none is tiny: each extra shard costs the reader its metadata (and, for
 * date orders and some multi-word queries, one more instance of the page's Pagefind runtime).
 */
async function shardSizes(docs: Docs, only?: (slug: string) => boolean): Promise<{ dated: number; undated: number }> {
  let dated = 0;
  let undated = 0;
  for await (const d of docs()) if (!only || only(d.slug)) d.doc.date ? dated++ : undated++;
  return { dated: evenShardSize(dated, MAX_SHARD), undated: evenShardSize(undated, MAX_SHARD) };
}

/**
 * Pagefind indexes written one after another under outputPath: the first at its root, the
 * others in shard-N/. One service at a time, closed before the next opens.
 */
class ShardWriter {
  readonly shards: SearchShard[] = [];
  pagesInShard = 0;
  writeMs = 0;
  private index: pagefind.PagefindIndex | undefined;
  private inFlight: Promise<void>[] = [];

  constructor(private outputPath: string) {}

  get current(): SearchShard | undefined {
    return this.shards[this.shards.length - 1];
  }

  get isOpen(): boolean {
    return this.index !== undefined;
  }

  async open(undated: boolean): Promise<void> {
    await this.close();
    if (this.shards.length) await pagefind.close(); // a fresh service: the last one's memory goes back
    const created = await pagefind.createIndex({ forceLanguage: 'ar' });
    if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
    this.index = created.index;
    this.shards.push({ path: this.shards.length ? `shard-${this.shards.length}` : '', undated });
    this.pagesInShard = 0;
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
    if (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
    this.pagesInShard++;
  }

  async close(): Promise<void> {
    if (!this.index) return;
    await Promise.all(this.inFlight.splice(0));
    const w0 = Date.now();
    collectGarbage(); // our garbage back before Pagefind's peak
    const written = await this.index.writeFiles({ outputPath: path.join(this.outputPath, this.current!.path) });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await this.index.deleteIndex();
    this.writeMs += Date.now() - w0;
    this.index = undefined;
  }
}

/**
 * Writes a Pagefind index of the documents (keyed, or plain for the baseline) to outputPath,
 * and kb-search.json (query planning) and kb-labels.json (names of filter values) beside it. `docs` is called up to three times (to see whether the
 * linking ran, stopping at the first linked article; to size the shards; to index): it may stream.
 */
export async function writeSearchIndexFrom(opts: {
  docs: Docs;
  actors: Actor[];
  outputPath: string;
  plain?: boolean;
  /** Only index these slugs (the pages the built site really has). */
  only?: (slug: string) => boolean;
  /** About how many documents will be indexed (decides the number of shards). */
  expected?: number;
  /** Word families and concepts keyed into the index (docs/search.md); none: spelling only. */
  vocabulary?: SearchVocabulary;
}): Promise<IndexStats> {
  const ctx = contextFromJson(buildContextJson(opts.actors, opts.plain ? {} : opts.vocabulary));
  // Actor filter values: the corpus linking when it ran; otherwise (linking not wired yet)
  // the actors our alias scan finds, so the facet is never silently empty.
  const linked = await anyLinked(opts.docs);
  const facets = new FacetLabels();
  // Text files go to a side folder first: writeFiles may replace the bundle folder.
  const textDir = `${opts.outputPath}.${TEXT_DIR}.tmp`;
  await rm(textDir, { recursive: true, force: true });
  await rm(opts.outputPath, { recursive: true, force: true });
  if (!opts.plain) await mkdir(textDir, { recursive: true });
  // Shards (docs/search.md): Pagefind's writeFiles briefly needs ~4× the memory the records
  // took. The input is in site order (newest first, undated last): each dated shard is a date
  // range and undated articles get their own shard, so the browser merges sorted results by
  // concatenation (src/client/search/engine-shards.ts).
  const sharded = (opts.expected ?? 0) > MAX_SHARD;
  const size = sharded ? await shardSizes(opts.docs, opts.only) : { dated: MAX_SHARD, undated: MAX_SHARD };
  const writer = new ShardWriter(opts.outputPath);
  let lastDate = '9999-99-99';
  let pages = 0;
  const t0 = Date.now();
  for await (const d of opts.docs()) {
    if (opts.only && !opts.only(d.slug)) continue;
    const doc = d.doc;
    if (sharded) {
      const date = doc.date || '';
      if (date > lastDate) throw new Error(`search: articles out of order (${d.slug}); shards need newest first, undated last`);
      lastDate = date;
      if (!date && !writer.current?.undated) await writer.open(true);
      else if (writer.pagesInShard >= (date ? size.dated : size.undated)) await writer.open(!date);
    }
    if (!writer.isOpen) await writer.open(false);
    if (!linked) doc.filters.actor = scannedActors(doc, ctx);
    facets.add(d);
    // A sharded index keeps only the sort keys its shards use (RecordSorts, record.ts).
    const sorts = !sharded ? 'both' : doc.date ? 'date' : 'none';
    const content = opts.plain ? plainRecordHtml(doc, sorts) : keyedRecordHtml(doc, ctx, sorts);
    const text = opts.plain ? undefined : writeFile(path.join(textDir, textKey(doc) + TEXT_EXT), gzipSync(textJson(doc), { level: 9 }));
    await writer.add(d.slug, doc.url, content, text);
    pages++;
  }
  if (!writer.isOpen && !writer.shards.length) await writer.open(false); // an empty corpus still gets an index
  await writer.close();
  const t2 = Date.now();
  const t1 = t2 - writer.writeMs;
  await mkdir(opts.outputPath, { recursive: true });
  await rm(path.join(opts.outputPath, TEXT_DIR), { recursive: true, force: true });
  if (!opts.plain) await rename(textDir, path.join(opts.outputPath, TEXT_DIR));
  const json = facets.contextJson(opts.actors, opts.plain ? {} : { ...opts.vocabulary, total: pages });
  if (writer.shards.length > 1) json.shards = writer.shards;
  const { planning, labels } = splitContextJson(json);
  await writeFile(path.join(opts.outputPath, CONTEXT_FILE), JSON.stringify(planning));
  await writeFile(path.join(opts.outputPath, LABELS_FILE), JSON.stringify(labels));
  return { pages, shards: writer.shards.length, outputPath: opts.outputPath, addSeconds: (t1 - t0) / 1000, writeSeconds: (t2 - t1) / 1000 };
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
    expected: only?.size ?? opts.corpus.articles.length,
    vocabulary: opts.vocabulary,
  });
}
