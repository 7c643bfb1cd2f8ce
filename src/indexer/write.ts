// Writes the site's search index through the Pagefind Node API: records built from the
// articles, not the built HTML, so only titles and bodies get in (never nav, chips or
// footers), and the indexed words are search keys (src/lib/search/keys.ts), so Arabic
// spelling variants meet. See docs/search.md.
//
// Memory: documents may stream (one article at a time), and Pagefind's service is the part
// that grows with the corpus, so a large corpus is written as several indexes (shards), each by
// a Pagefind service of its own, SEARCH_SHARD_JOBS (2) at a time (shardWorkers.ts); see
// docs/search.md "Speed and size".
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import type { Actor } from '../lib/types';
import { buildContextBase, bundleLanguages, contextFromJson, contextWithCorpus, splitContextJson, LABELS_FILE, type BundleLanguages, type SearchContextBase } from '../lib/search/context';
import { readChunkTable, type ChunkTable } from '../lib/search/chunks';
import type { SearchVocabulary } from '../lib/search/vocabulary';
import { patternReader } from '../lib/search/patternReadings';
import { confirmedPlurals, countPageWords, CorpusVocabulary, type CorpusPluralRules, type CorpusReading } from '../lib/search/corpusPlurals';
import { confirmedDerivations, mergeReadings } from '../lib/search/corpusDerivations';
import { confirmedNisbas, PlaceEvidence, queryPlaces } from '../lib/search/corpusNisbas';
import { corpusSpellings, vocabularySteps } from '../lib/search/nameSkeleton';
import type { KeyContext } from '../lib/search/keyContext';
import { topicConceptIndex } from '../lib/search/topicConcepts';
import { corpusDocs, FacetLabels, scannedActors, type SourceDoc } from '../lib/search/documents';
import { planIndexShards } from './shardLayout';
import { documentHash, emptyTrash, moveKeptShards, readShardState, reusableShards, shardHash, SHARD_STATE_VERSION, swapIndex, writeShardState } from './shardReuse';
import { IndexTrace } from './trace';
import { ShardPool, shardJobs } from './shardWorkers';
import { ALL_WORDS_FILE, allWords, bucketFile, bucketWords, WORDS_DIR } from '../lib/search/wordBuckets';
import { CONTEXT_FILE, keyedRecordBody, keyedRecordHtml, type ArticleTextFile, type RecordSorts, plainRecordBody, plainRecordHtml, type SearchDoc, textJson, textKey } from '../lib/search/record';
import { RecordCache } from './recordCache';
import { PageWordsCache, pageWordsFile } from './pageWordsCache';
import { moveSortsOut, sortOrdersIn } from './sortFiles';
import { splitBundleChunks } from './chunkSplit';
import { SHARDS_FILE, shardsFileJson } from '../lib/search/shardsFile';
import type { ArticleTextOf } from '../lib/search/fragment';
import { slimFragmentsIn, type FragmentMap } from './fragmentReuse';
import { checkPlaced, placeFragments } from './fragmentPrime';
import { PassDocs, recordDocHash, type PassEntry } from './passDocs';

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
  /** Records made in this run (the others came from the record cache). */
  recordsMade: number;
  /** Fragment files copied from the last index instead of slimmed again (fragmentReuse.ts). */
  fragmentsReused: number;
  /** Where the time went (IndexTrace.summary). */
  trace: string;
  /** Whether the records' pass read the articles again (false: fed from the first pass, passDocs.ts). */
  reread: boolean;
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
 * Writes a Pagefind index of the documents (keyed, or plain for the baseline) to outputPath,
 * and kb-search.json (query planning) and kb-labels.json (names of filter values) beside it.
 * `docs` is read once (after a look at its first articles: did the linking run?), and may
 * stream: each document's record is made then (or taken from the record cache), and the
 * shards are fed from the records.
 *
 * Shards (docs/search.md): above MAX_SHARD documents the index is cut by date ranges that new
 * articles do not move (planIndexShards, shardLayout.ts); with `reuse`, a shard whose records are unchanged since
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
  /** buildContextBase(actors, vocabulary) when the caller kept it (src/indexer/curatedCache.ts); else made here. */
  contextBase?: SearchContextBase;
  /** Documents the first pass may keep whole for the records' pass (passDocs.ts; tests set 0 to read again). */
  keepWhole?: number;
}): Promise<IndexStats> {
  const trace = new IndexTrace();
  const tStart = performance.now();
  // The context's curated part, made once for both of its uses (the keys here, kb-search.json at the end).
  const ctxBase = trace.time('context base', () => (opts.plain ? buildContextBase(opts.actors, {}) : (opts.contextBase ?? buildContextBase(opts.actors, opts.vocabulary))));
  const ctxJson = contextWithCorpus(ctxBase, opts.actors);
  // The pattern readings are index-side keys (low weight): their data is not in kb-search.json.
  const patterns = opts.plain || !opts.vocabulary?.patterns ? undefined : opts.vocabulary.patterns;
  const baseCtx = { ...contextFromJson(ctxJson), ...(patterns ? { patterns: patternReader(patterns) } : {}) };
  const indexed = (d: SourceDoc) => !opts.only || opts.only(d.slug);
  // Concepts carried by the articles' assigned topics (src/lib/search/topicConcepts.ts).
  const topicConcepts = opts.plain ? undefined : topicConceptIndex(opts.vocabulary?.concepts ?? []);
  // Actor filter values: the corpus linking when it ran; otherwise (linking not wired yet)
  // the actors our alias scan finds, so the facet is never silently empty.
  const linked = await trace.timeAsync('linked check', () => anyLinked(opts.docs));
  // Everything but the documents that shapes the records: the caller's key (the build's global
  // fingerprint: code, packages, curated data), the kind of record and the keying context itself.
  const reuseKey = createHash('sha1').update(`${opts.plain ? 'plain' : 'keyed'}\0${opts.reuse?.key ?? ''}\0${JSON.stringify(ctxJson)}\0${JSON.stringify([...(topicConcepts ?? [])])}\0${JSON.stringify(patterns ?? null)}`).digest('hex');
  const reuse = opts.reuse && !opts.plain ? opts.reuse : undefined;
  const previous = reuse ? readShardState(reuse.stateFile, reuseKey, MAX_SHARD, opts.outputPath) : undefined;
  if (reuse) rmSync(reuse.stateFile, { force: true }); // until this index is whole
  // The old index the last run replaced is deleted now, while the documents are read (swapIndex).
  const trashDir = reuse ? `${reuse.stateFile.replace(/\.json$/, '')}.trash` : undefined;
  const trashEmptied = trashDir ? emptyTrash(trashDir) : Promise.resolve();
  // Records are kept between runs beside the state (recordCache.ts), and read when the last
  // run's state is there: a full build (which deletes it) makes every record anew, as it reads no
  // corpus cache either.
  const records = trace.time('record cache load', () => new RecordCache(reuse ? recordCacheDir(reuse.stateFile) : undefined, reuseKey, previous !== undefined));
  // The sound-root plurals and collectives the corpus confirms (corpusPlurals.ts): a first pass counts the words of
  // every article, before any record (each article's count kept from the last run while its text is the same:
  // pageWordsCache.ts). A record depends on the corpus only through the readings its own words take: its cache key
  // holds those (confirmed.digests), so a new article re-makes only the records whose readings it changed.
  // With the linking's actors (filters fixed before any record), the first pass also keeps what the records' pass needs.
  const passDocs = linked && !opts.plain ? new PassDocs(opts.keepWhole) : undefined;
  const confirmed = patterns?.corpusPlurals
    ? await confirmCorpusPlurals(opts.docs, indexed, patterns.corpusPlurals!, baseCtx, new PageWordsCache(reuse ? pageWordsFile(reuse.stateFile) : undefined, reuseKey, previous !== undefined), trace, passDocs)
    : undefined;
  const corpusPlurals = confirmed?.map;
  const ctx = { ...baseCtx, ...(corpusPlurals?.size ? { corpusPlurals } : {}) };

  // ONE pass over the documents (in site order: newest first, undated last): the dates (the
  // shard plan), the facet labels, a hash of each document (the shards' hashes, shardReuse.ts)
  // and its record, made only when the record cache does not hold it. What the index pass needs
  // besides the record is kept in `rows` (a document without its paragraphs). Fed from the first
  // pass's entries when they hold every record to make (passDocs.ts), else the export read again.
  const fromFirstPass = confirmed && passDocs ? passDocs.usable((e, k) => recordDocHash(e.base, confirmed.digests[k]), (h) => records.has(h)) : undefined;
  const facets = fromFirstPass ? passDocs!.facets : new FacetLabels();
  const rows: Array<{ meta: SearchDoc; record: string }> = [];
  /** The record (cache key) holding each article's text, by text key: what goes into its fragment. */
  const textRecords = new Map<string, string>();
  const dates: Array<string | undefined> = [];
  const docHashes: string[] = [];
  let outOfOrder: string | undefined;
  let lastDate = '9999-99-99';
  const makeRecord = (doc: SearchDoc) => () => (opts.plain
    ? { body: plainRecordBody(doc) }
    // The text is kept for the fragment, gzipped again there: a quick gzip here.
    : { body: keyedRecordBody(doc, ctx, topicConcepts), text: gzipSync(textJson(doc), { level: 1 }) });
  const addRow = (meta: SearchDoc, textName: string, docHash: string, make: () => { body: string; text?: Buffer }) => {
    if ((meta.date || '') > lastDate) outOfOrder ??= meta.slug;
    lastDate = meta.date || '';
    dates.push(meta.date || undefined);
    docHashes.push(docHash);
    const { key } = trace.time('records', () => records.ensure(docHash, make));
    rows.push({ meta, record: key });
    if (!opts.plain) textRecords.set(textName, key);
  };
  // The first pass's entries: every record the cache lacks is of a document it kept whole.
  for (const [k, e] of (fromFirstPass ?? []).entries()) addRow(e.meta, e.textName, recordDocHash(e.base, confirmed!.digests[k]), e.whole ? makeRecord(e.whole.doc) : noRecord(e));
  if (!fromFirstPass) for await (const d of trace.iterate('read', opts.docs())) {
    if (!indexed(d)) continue;
    const doc = d.doc;
    if (!linked) doc.filters.actor = trace.time('actor scan', () => scannedActors(doc, ctx));
    trace.time('facets', () => facets.add(d));
    const textName = textKey(doc);
    const docHash = trace.time('hash', () => recordDocHash(documentHash(doc, textName), confirmed?.digests[docHashes.length]));
    addRow({ ...doc, paragraphs: [] }, textName, docHash, makeRecord(doc));
  }
  const plan = planIndexShards(dates, MAX_SHARD, process.env.SEARCH_NEWEST_SHARD !== '0');
  const sharded = plan.length > 1;
  if (sharded && outOfOrder) throw new Error(`search: articles out of order (${outOfOrder}); shards need newest first, undated last`);
  const hashes = reuse ? plan.map((s) => shardHash(reuseKey, s, sharded, docHashes)) : [];
  // A kept shard's fragments hold its articles' texts: its hash covers their paragraphs.
  const keep = reusableShards(plan, hashes, previous);

  // The new index is staged beside the old one.
  const stageDir = `${opts.outputPath}.next`;
  await rm(stageDir, { recursive: true, force: true });
  await mkdir(stageDir, { recursive: true });
  const textOf: ArticleTextOf = (name) => {
    const record = textRecords.get(name);
    const text = record === undefined ? undefined : records.text(record);
    return text && (JSON.parse(gunzipSync(text).toString('utf8')) as ArticleTextFile).p;
  };
  // Each written shard's fragments, slimmed or copied from the last index's (fragmentReuse.ts).
  // A kept shard keeps its map; a written one is slimmed against the last map of its folder.
  const lastFragments = new Map((previous?.shards ?? []).map((p) => [p.path, p.fragments]));
  const fragments: Array<FragmentMap | undefined> = plan.map((s, j) => (keep[j] ? lastFragments.get(s.path) : undefined));
  let fragmentsReused = 0;
  const t0 = Date.now();
  trace.time('gc', collectGarbage); // our garbage back before Pagefind's peak
  // The index pass: only the shards that are not kept, fed from the records, side by side
  // (shardWorkers.ts: one Pagefind service per shard, SEARCH_SHARD_JOBS at once).
  const pool = new ShardPool(trace, shardJobs());
  await Promise.all(plan.map(async (shard, j) => {
    if (keep[j]) return;
    const folder = path.join(stageDir, shard.path);
    const lastDir = path.join(opts.outputPath, shard.path, 'fragment');
    const last = lastFragments.get(shard.path);
    // The last index's fragments of unchanged articles go in first: Pagefind skips them
    // (fragmentPrime.ts). Written again without them in the rare case a name was taken by another page.
    for (let place = !opts.plain; ; place = false) {
      const placed = place ? trace.time('fragments placed', () => placeFragments(path.join(folder, 'fragment'), last && { dir: lastDir, files: last }, (k) => textRecords.get(k))) : {};
      let misplaced = false;
      // A shard with no records (an empty corpus) still gets an index.
      await pool.write(folder, async (add) => {
        for (let k = shard.start; k < shard.end; k++) {
          const { meta, record } = rows[k];
          // A sharded index keeps only the sort keys its shards use (RecordSorts, record.ts).
          const sorts: RecordSorts = !sharded ? 'both' : meta.date ? 'date' : 'none';
          const content = trace.time('records', () => (opts.plain ? plainRecordHtml(meta, sorts, records.body(record)) : keyedRecordHtml(meta, ctx, sorts, records.body(record))));
          await add(meta.slug, meta.url, content);
        }
      // Once a bundle is written, empty its fragments' fields the site never reads and put each
      // article's paragraphs in its fragment's meta (src/lib/search/fragment.ts).
      }, opts.plain ? undefined : () => trace.time('fragments: text in, keys out', () => {
        const pageKeys = rows.slice(shard.start, shard.end).map((r) => textKey(r.meta));
        if (checkPlaced(folder, placed, pageKeys).misplaced.length) return void (misplaced = true);
        const slimmed = slimFragmentsIn(path.join(folder, 'fragment'), textOf, (k) => textRecords.get(k), last && { dir: lastDir, files: last }, placed);
        fragments[j] = slimmed.files;
        fragmentsReused += slimmed.reused;
      }));
      if (!misplaced) break;
      console.warn(`search: shard ${shard.path || '(one)'} written again: a placed fragment's name was another page's`);
      await rm(folder, { recursive: true, force: true });
    }
    // A sharded keyed index's date order goes into a file of its own (sortFiles.ts).
    if (sharded && !opts.plain) await trace.timeAsync('sorts out of the metadata', () => moveSortsOut(folder));
    // The newest shard's one chunk of its whole word list, cut small: a query fetches its words' pieces (chunkSplit.ts).
    if (shard.newest && !opts.plain) await trace.timeAsync('newest shard\'s chunks split', () => splitBundleChunks(folder));
  }));
  const t2 = Date.now();
  const writeMs = trace.ms.get('pagefind write') ?? 0;
  const t1 = t2 - writeMs;
  const kept = plan.filter((_s, j) => keep[j]);
  trace.time('move kept shards', () => moveKeptShards(opts.outputPath, stageDir, kept));
  const json = facets.contextJson(opts.actors, opts.plain ? {} : { ...opts.vocabulary, total: rows.length }, ctxBase);
  // The query side's reading of a form the corpus lacks (queryForms.ts, twenty-ninth pass), switched by data.
  const queryRules = patterns?.corpusPlurals;
  if (!opts.plain && (queryRules?.queryNisbas || queryRules?.queryDerivations || queryRules?.queryWeakDerivations?.length)) {
    const endings = queryRules.queryNisbas && confirmed?.places ? baseCtx.patterns?.nisbas?.endings : undefined;
    const weak = queryRules.queryWeakDerivations?.length ? { weak: queryRules.queryWeakDerivations } : {};
    const patterns = { ...(queryRules.queryPlurals?.length ? { plurals: queryRules.queryPlurals } : {}), ...(queryRules.queryVerbs ? { verbs: true } : {}) };
    const rare = endings && queryRules.queryRareForms ? { rare: queryRules.queryRareForms, ...(queryRules.queryRareCollectives ? { collective: true } : {}), ...patterns } : {};
    const common = queryRules.queryCommonPlurals?.length ? { common: queryRules.queryCommonPlurals } : {};
    const spelled = 'rare' in rare && queryRules.querySpellings && confirmed?.spellings ? { spellings: queryRules.querySpellings } : {};
    json.queryForms = { ...(endings ? { endings } : {}), ...(queryRules.queryDerivations ? { derivations: true } : {}), ...weak, ...rare, ...common, ...spelled };
    if (endings && confirmed?.places?.length) json.places = confirmed.places;
    if (spelled.spellings && confirmed?.spellings?.length) json.spellings = confirmed.spellings;
  }
  if (sharded) json.shards = plan.map((s) => ({ path: s.path, undated: s.undated }));
  // Every bundle's metadata file by name: the /search/ page asks for them all at once.
  json.bundles = await Promise.all(plan.map(async (s) => {
    const entry = path.join(stageDir, s.path, 'pagefind-entry.json');
    return bundleLanguages(await readFile(entry, 'utf8'), entry);
  }));
  // And each one's word-index chunk table: the page names the query's chunk files before the index is open.
  json.wordChunks = await wordChunkTables(stageDir, plan, json.bundles);
  const sortOrders = (await Promise.all(plan.map((s) => sortOrdersIn(path.join(stageDir, s.path))))).flat();
  if (sortOrders.length) json.sortOrders = sortOrders;
  const { planning, labels } = splitContextJson(json);
  // The word tables in buckets (wordBuckets.ts): the first results wait for the ones their words read.
  const { main, buckets } = bucketWords(planning);
  await rm(path.join(stageDir, WORDS_DIR), { recursive: true, force: true });
  await mkdir(path.join(stageDir, WORDS_DIR), { recursive: true });
  await Promise.all([...buckets].map(([bucket, words]) => writeFile(path.join(stageDir, bucketFile(bucket)), JSON.stringify(words))));
  await writeFile(path.join(stageDir, ALL_WORDS_FILE), JSON.stringify(allWords(planning)));
  await writeFile(path.join(stageDir, CONTEXT_FILE), JSON.stringify(main));
  await writeFile(path.join(stageDir, LABELS_FILE), JSON.stringify(labels));
  // The shard list alone, for Pagefind's worker on /search/ (shardsFile.ts).
  await writeFile(path.join(stageDir, SHARDS_FILE), JSON.stringify(shardsFileJson(json)));
  await trace.timeAsync('last run\'s old index deleted', () => trashEmptied);
  trace.time('swap', () => swapIndex(stageDir, opts.outputPath, trashDir));
  trace.time('record cache save', () => records.save());
  if (reuse) writeShardState(reuse.stateFile, { version: SHARD_STATE_VERSION, key: reuseKey, maxShard: MAX_SHARD, shards: plan.map((s, j) => ({ path: s.path, range: s.range, hash: hashes[j], ...(fragments[j] && { fragments: fragments[j] }) })) });
  return {
    pages: rows.length, shards: plan.length, rebuilt: plan.length - kept.length, outputPath: opts.outputPath,
    addSeconds: Math.max(0, t1 - t0) / 1000, writeSeconds: (t2 - Math.max(t0, t1)) / 1000,
    recordsMade: records.misses, fragmentsReused, trace: traceSummary(trace, tStart), reread: !fromFirstPass,
  };
}

/** Each language index's chunk table by its metadata hash (kb-search.json `wordChunks`, src/lib/search/chunks.ts). */
async function wordChunkTables(stageDir: string, plan: Array<{ path: string }>, bundles: BundleLanguages[]): Promise<Record<string, ChunkTable>> {
  const out: Record<string, ChunkTable> = {};
  for (const [j, langs] of bundles.entries()) {
    for (const { hash } of Object.values(langs)) {
      const file = path.join(stageDir, plan[j].path, `pagefind.${hash}.pf_meta`);
      const bytes = await readFile(file);
      out[hash] = readChunkTable(bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes, file);
    }
  }
  return out;
}

/**
 * The first pass of the indexer (corpusPlurals.ts): the vocabulary of the indexed articles, then the pairs it confirms —
 * broken plurals, and in the same pass verbal nouns and their verbs (corpusDerivations.ts), towns and their adjectives
 * (corpusNisbas.ts, the towns' contexts counted with each page's words and kept with them).
 */
async function confirmCorpusPlurals(docs: Docs, indexed: (d: SourceDoc) => boolean, rules: CorpusPluralRules, ctx: KeyContext, words: PageWordsCache, trace: IndexTrace, passDocs?: PassDocs): Promise<{ map: Map<string, CorpusReading[]>; digests: string[]; places?: string[]; spellings?: Array<[string, string[]]> }> {
  const vocab = new CorpusVocabulary(ctx.known);
  const reader = ctx.patterns?.nisbas;
  const places = reader && new PlaceEvidence();
  const plurals = await trace.timeAsync('corpus plurals', async () => {
    for await (const d of docs()) {
      if (!indexed(d)) continue;
      let countedHere = false;
      const counted = words.get(d.doc.title, d.doc.paragraphs, () => ((countedHere = true), countPageWords([d.doc.title, ...d.doc.paragraphs], ctx.known, reader)));
      passDocs?.add(d, countedHere);
      vocab.addCounted(counted);
      if (places && counted.places) places.addPage(counted.places);
    }
    words.save();
    vocab.seal();
    return confirmedPlurals(vocab, rules, ctx);
  });
  const map = trace.time('corpus derivations and nisbas', () => mergeReadings(plurals, rules.derivations !== false ? confirmedDerivations(vocab, rules, ctx) : undefined, places && rules.nisbas !== false ? confirmedNisbas(vocab, places, rules, ctx) : undefined));
  // The names a typed adjective reads back to on the query side (queryForms.ts), shipped in the word buckets.
  const names = places && rules.queryNisbas ? queryPlaces(vocab, places, ctx) : undefined;
  // A foreign name's other spellings (nameSkeleton.ts, forty-first pass): the vocabulary by skeleton, shipped in the word
  // buckets; no record changes. A word of the curated data is the data's (its family, its name's aliases).
  const curated = (s: string) => ctx.families.has(s) || ctx.known.has(s) || !!ctx.ownPlurals?.has(s) || !!ctx.unmarked?.has(s) || ctx.conceptPhrases.has(s) || !!ctx.patterns?.singularPlurals?.has(s);
  const spellings = rules.querySpellings && rules.queryRareForms ? trace.time('spellings', () => corpusSpellings(vocabularySteps(vocab, ctx.known), rules.querySpellings!, rules.queryRareForms!, curated)) : undefined;
  return { map, digests: vocab.pageDigests(map), ...(names ? { places: names } : {}), ...(spellings ? { spellings } : {}) };
}

/** A kept entry's record, never made: PassDocs.usable found it in the cache. */
function noRecord(e: PassEntry): () => never {
  return () => { throw new Error(`search: no kept record for ${e.meta.slug}`); };
}

/** Where the records of an index with this state file are kept: beside it. */
export function recordCacheDir(stateFile: string): string {
  return `${stateFile.replace(/\.json$/, '')}.records`;
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
