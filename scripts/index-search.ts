// Builds the site's search index after `astro build`, through the Pagefind Node API.
// Usage: tsx scripts/index-search.ts [--site DIR] [--articles DIR] [--actors FILE] [--plain]
//   --site      built site (default: $OUT_DIR or dist); the index goes to DIR/pagefind/
//   --articles  article MDX files (default: $ARTICLES_DIR or content/articles), read only when
//               the site has no DIR/data/articles.json (the site's own export, preferred)
//   --actors    actor dictionary (default: content/actors.yaml)
//   --plain     plain Pagefind index of the same articles (baseline for measurements)
//
// We index records built from the articles, not the built HTML: only titles and bodies get in
// (never nav, chips or footers), and the indexed words are search keys (src/lib/search/keys.ts),
// so Arabic spelling variants meet. See docs/search.md.
//
// Memory: the articles are streamed from the export one at a time (never the whole corpus,
// never buildCorpus a second time), and Pagefind's service is the part that grows with the
// corpus; see docs/search.md "Speed and size".
import * as pagefind from 'pagefind';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadActors, loadSources, loadTopics, resolveSource } from '../src/lib/data/load';
import { parseArticleMdx } from '../src/lib/ingest/mdx';
import { buildCorpus } from '../src/lib/corpus/buildCorpus';
import { makeSourceRef } from '../src/lib/corpus/sources';
import type { ArticleExport } from '../src/lib/corpus/exports';
import type { Corpus, SourceRef } from '../src/lib/corpus/types';
import type { Actor, ArticleDoc } from '../src/lib/types';
import type { Source } from '../src/lib/data/schemas';
import { articlePath } from '../src/lib/site/url';
import { buildContextJson, contextFromJson, type LabelActor, type SearchContextJson, type SearchShard } from '../src/lib/search/context';
import { indexKeys, actorKey, type KeyContext } from '../src/lib/search/keys';
import { docFromArticle, keyedRecordHtml, plainRecordHtml, textJson, textKey, TEXT_DIR, TEXT_EXT, type SearchDoc } from '../src/lib/search/record';
import { JsonArraySplitter } from '../src/lib/search/jsonArray';

export const CONTEXT_FILE = 'kb-search.json';
/** Records sent to Pagefind before we wait for the oldest. */
const IN_FLIGHT = 16;
/** Most records in one Pagefind index (shard); ~2 GB of service memory at 9,000. */
const MAX_SHARD = Number(process.env.SEARCH_SHARD_SIZE) || 10_000;

export async function loadArticles(dir: string): Promise<ArticleDoc[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
  const out: ArticleDoc[] = [];
  for (const file of files) {
    try {
      const { frontmatter, paragraphs } = parseArticleMdx(await readFile(path.join(dir, file), 'utf8'), file);
      out.push({ slug: file.replace(/\.mdx$/, ''), ...frontmatter, paragraphs });
    } catch (err) {
      console.warn(`search: skipped ${file}: ${(err as Error).message}`); // the site skips it too
    }
  }
  return out;
}

/** The actor dictionary through src/lib/data (validated); none when the file is absent. */
export async function loadActorList(file: string): Promise<Actor[]> {
  return existsSync(file) ? loadActors(file) : [];
}

function curated(actorsFile: string) {
  const dir = path.dirname(actorsFile);
  const topics = existsSync(path.join(dir, 'topics.yaml')) ? loadTopics(path.join(dir, 'topics.yaml')) : [];
  const sources = existsSync(path.join(dir, 'sources.yaml')) ? loadSources(path.join(dir, 'sources.yaml')) : [];
  return { topics, sources };
}

/** Fallback when the site has no export: the corpus from the MDX files (slow: links everything). */
export async function loadSearchCorpus(opts: { articlesDir: string; actorsFile: string }): Promise<{ corpus: Corpus; actors: Actor[] }> {
  const [articles, actors] = await Promise.all([loadArticles(opts.articlesDir), loadActorList(opts.actorsFile)]);
  // The same curated inputs the site's getCorpus() passes, so filters match the pages.
  const corpus = buildCorpus({ articles, actors, ...curated(opts.actorsFile) });
  return { corpus, actors };
}

/** One article to index, with the labels its filter values need. */
export interface SourceDoc {
  slug: string;
  doc: SearchDoc;
  /** Linked actors (the corpus's, discovered people included) with their names. */
  actors: LabelActor[];
  topics: Array<{ id: string; name: string }>;
  sourceRef?: { id: string; name: string };
}

/** Documents from a corpus (tests, benchmarks, and builds without an export). */
export function* corpusDocs(corpus: Corpus): Iterable<SourceDoc> {
  const topicNames = new Map(corpus.topics.map((t) => [t.id, t.name]));
  for (const a of corpus.articles) {
    yield {
      slug: a.slug,
      doc: docFromArticle(a),
      actors: a.actorIds.flatMap((id) => {
        const x = corpus.actors.get(id);
        return x ? [{ id, name: x.name, en: x.en, type: x.type }] : [];
      }),
      topics: a.topics.map((t) => ({ id: t.id, name: topicNames.get(t.id) ?? t.id })),
      sourceRef: a.outlet ? { id: a.outlet.id, name: a.outlet.name } : undefined,
    };
  }
}

/** Streams the elements of a JSON array file, one parsed element at a time. */
export async function* streamJsonArray<T>(file: string): AsyncGenerator<T> {
  const splitter = new JsonArraySplitter();
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    for (const text of splitter.push(chunk as string)) yield JSON.parse(text) as T;
    if (splitter.finished) return;
  }
}

/**
 * Documents from the site's own export (DIR/data/articles.json): the corpus the pages were
 * rendered from, already linked, so nothing is computed twice. The source filter value is
 * the outlet id, resolved by the same function buildCorpus uses.
 */
export async function* exportDocs(file: string, sources: Source[]): AsyncGenerator<SourceDoc> {
  const refs = new Map<string, SourceRef>();
  for await (const a of streamJsonArray<ArticleExport>(file)) {
    const outlet = a.source ? makeSourceRef(a.source, 'outlet', sources, resolveSource, refs) : undefined;
    const source = outlet?.id ?? a.source;
    yield {
      slug: a.slug,
      doc: {
        slug: a.slug,
        url: articlePath(a.slug),
        title: a.title,
        date: a.date,
        source: a.source,
        paragraphs: a.paragraphs,
        filters: {
          actor: a.actors.map((x) => x.id),
          topic: a.topics.map((t) => t.id),
          source: source ? [source] : [],
          year: a.date ? [a.date.slice(0, 4)] : [],
        },
      },
      actors: a.actors.map((x) => ({ id: x.id, name: x.name, en: x.en, type: x.type as Actor['type'] })),
      topics: a.topics,
      sourceRef: outlet ? { id: outlet.id, name: outlet.name } : undefined,
    };
  }
}

/** Actor ids our alias scan finds in a document (used only while the corpus linking is empty). */
function scannedActors(doc: SearchDoc, ctx: KeyContext): string[] {
  const keys = new Set([doc.title, ...doc.paragraphs].flatMap((t) => indexKeys(t, ctx)));
  return [...new Set([...ctx.aliases.values()].flat().map((x) => x.id))].filter((id) => keys.has(actorKey(id)));
}

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

async function anyLinked(docs: () => Iterable<SourceDoc> | AsyncIterable<SourceDoc>): Promise<boolean> {
  for await (const d of docs()) if (d.doc.filters.actor.length) return true; // stops at the first
  return false;
}

/**
 * Writes a Pagefind index of the documents (keyed, or plain for the baseline) to outputPath,
 * and kb-search.json beside it. `docs` is called twice at most (once to see whether the
 * linking ran, stopping at the first linked article): it may stream.
 */
export async function writeSearchIndexFrom(opts: {
  docs: () => Iterable<SourceDoc> | AsyncIterable<SourceDoc>;
  actors: Actor[];
  outputPath: string;
  plain?: boolean;
  /** Only index these slugs (the pages the built site really has). */
  only?: (slug: string) => boolean;
  /** About how many documents will be indexed (decides the number of shards). */
  expected?: number;
}): Promise<IndexStats> {
  const base = buildContextJson(opts.actors);
  const ctx = contextFromJson(base);
  const dictionary = new Map(opts.actors.map((a) => [a.id, a]));
  // Actor filter values: the corpus linking when it ran; otherwise (linking not wired yet)
  // the actors our alias scan finds, so the facet is never silently empty.
  const linked = await anyLinked(opts.docs);
  const counts = new Map<string, number>();
  const labels = new Map<string, LabelActor>();
  const topics: Record<string, string> = {};
  const sources: Record<string, string> = {};
  // Text files go to a side folder first: writeFiles may replace the bundle folder.
  const textDir = `${opts.outputPath}.${TEXT_DIR}.tmp`;
  await rm(textDir, { recursive: true, force: true });
  await rm(opts.outputPath, { recursive: true, force: true });
  if (!opts.plain) await mkdir(textDir, { recursive: true });
  // Shards (docs/search.md): Pagefind's writeFiles briefly needs ~4× the memory the records
  // took, so a large corpus is written as several indexes, one Pagefind service at a time.
  // The input is in site order (newest first, undated last): each dated shard is a date
  // range and undated articles get their own shard, so the browser merges sorted results by
  // concatenation.
  const sharded = (opts.expected ?? 0) > MAX_SHARD;
  // Shard sizes from the real dated/undated split (a first pass over the dates only), so the
  // shards are even and none is tiny: each extra shard costs the reader a Pagefind runtime.
  let datedSize = MAX_SHARD;
  let undatedSize = MAX_SHARD;
  if (sharded) {
    let dated = 0;
    let undated = 0;
    for await (const d of opts.docs()) if (!opts.only || opts.only(d.slug)) d.doc.date ? dated++ : undated++;
    const even = (n: number) => Math.ceil(n / Math.max(1, Math.ceil(n / MAX_SHARD)));
    datedSize = even(dated);
    undatedSize = even(undated);
  }
  const shards: SearchShard[] = [];
  let index: pagefind.PagefindIndex | undefined;
  let shardPages = 0;
  let lastDate = '9999-99-99';
  let pages = 0;
  let writeMs = 0;
  const inFlight: Promise<void>[] = [];
  const closeShard = async () => {
    if (!index) return;
    await Promise.all(inFlight.splice(0));
    const w0 = Date.now();
    collectGarbage(); // our garbage back before Pagefind's peak
    const written = await index.writeFiles({ outputPath: path.join(opts.outputPath, shards[shards.length - 1].path) });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    writeMs += Date.now() - w0;
    index = undefined;
  };
  const openShard = async (undated: boolean) => {
    await closeShard();
    if (shards.length) await pagefind.close(); // a fresh service: the last one's memory goes back
    const created = await pagefind.createIndex({ forceLanguage: 'ar' });
    if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
    index = created.index;
    shards.push({ path: shards.length ? `shard-${shards.length}` : '', undated });
    shardPages = 0;
  };
  const t0 = Date.now();
  for await (const d of opts.docs()) {
    if (opts.only && !opts.only(d.slug)) continue;
    const doc = d.doc;
    if (sharded) {
      const date = doc.date || '';
      if (date > lastDate) throw new Error(`search: articles out of order (${d.slug}); shards need newest first, undated last`);
      lastDate = date;
      if (!date && !shards[shards.length - 1]?.undated) await openShard(true);
      else if (shardPages >= (date ? datedSize : undatedSize)) await openShard(!date);
    }
    if (!index) await openShard(false);
    if (!linked) doc.filters.actor = scannedActors(doc, ctx);
    for (const id of doc.filters.actor) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const a of d.actors) if (!labels.has(a.id)) labels.set(a.id, a);
    for (const t of d.topics) topics[t.id] ??= t.name;
    if (d.sourceRef) sources[d.sourceRef.id] ??= d.sourceRef.name;
    const content = opts.plain ? plainRecordHtml(doc) : keyedRecordHtml(doc, ctx);
    if (!opts.plain) inFlight.push(writeFile(path.join(textDir, textKey(doc) + TEXT_EXT), gzipSync(textJson(doc), { level: 9 })));
    // A few records in flight: we key the next ones while Pagefind parses these (2 cores),
    // and no more than IN_FLIGHT record strings are alive at once.
    const slug = d.slug;
    inFlight.push(
      index!.addHTMLFile({ url: doc.url, content }).then((added) => {
        if (added.errors.length) throw new Error(`pagefind ${slug}: ${added.errors.join('; ')}`);
      }),
    );
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    pages++;
    shardPages++;
  }
  if (!index && !shards.length) await openShard(false); // an empty corpus still gets an index
  await closeShard();
  const t2 = Date.now();
  const t1 = t2 - writeMs;
  await mkdir(opts.outputPath, { recursive: true });
  await rm(path.join(opts.outputPath, TEXT_DIR), { recursive: true, force: true });
  if (!opts.plain) await rename(textDir, path.join(opts.outputPath, TEXT_DIR));
  // Labels of every actor that occurs: the dictionary's, and the corpus's for people the
  // build discovered (not in actors.yaml). Only actors that occur are shipped.
  for (const a of opts.actors) if (!labels.has(a.id)) labels.set(a.id, { id: a.id, name: a.name, en: a.en, type: a.type });
  const json: SearchContextJson = buildContextJson(opts.actors, { articles: counts, topics, sources, labels: [...labels.values()].map((a) => dictionary.get(a.id) ?? a) });
  json.actors = json.actors.filter((a) => a.articles > 0);
  if (shards.length > 1) json.shards = shards;
  await writeFile(path.join(opts.outputPath, CONTEXT_FILE), JSON.stringify(json));
  return { pages, shards: shards.length, outputPath: opts.outputPath, addSeconds: (t1 - t0) / 1000, writeSeconds: (t2 - t1) / 1000 };
}

/** Writes a Pagefind index of a corpus (tests and benchmarks). */
export async function writeSearchIndex(opts: { corpus: Corpus; actors: Actor[]; outputPath: string; plain?: boolean; only?: Set<string> }): Promise<IndexStats> {
  const only = opts.only;
  return writeSearchIndexFrom({
    docs: () => corpusDocs(opts.corpus),
    actors: opts.actors,
    outputPath: opts.outputPath,
    plain: opts.plain,
    only: only && ((s) => only.has(s)),
    expected: only?.size ?? opts.corpus.articles.length,
  });
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const started = Date.now();
  const site = path.resolve(arg('--site', process.env.OUT_DIR || 'dist'));
  const articlesDir = path.resolve(arg('--articles', process.env.ARTICLES_DIR || 'content/articles'));
  const actorsFile = path.resolve(arg('--actors', 'content/actors.yaml'));
  const actors = await loadActorList(actorsFile);
  const exported = path.join(site, 'data', 'articles.json');
  let docs: () => Iterable<SourceDoc> | AsyncIterable<SourceDoc>;
  if (existsSync(exported)) {
    const { sources } = curated(actorsFile);
    docs = () => exportDocs(exported, sources);
  } else {
    console.warn(`search: ${exported} not found; rebuilding the corpus from ${articlesDir}`);
    const { corpus } = await loadSearchCorpus({ articlesDir, actorsFile });
    docs = () => corpusDocs(corpus);
  }
  // Index only articles whose page exists in this build: a result must never 404.
  const missing = new Set<string>();
  const only = (slug: string) => existsSync(path.join(site, 'articles', slug, 'index.html')) || (missing.add(slug), false);
  const expected = (await readdir(path.join(site, 'articles')).catch(() => [])).length;
  const stats = await writeSearchIndexFrom({ docs, actors, outputPath: path.join(site, 'pagefind'), plain: process.argv.includes('--plain'), only, expected });
  await pagefind.close();
  if (missing.size) console.warn(`search: ${missing.size} articles have no page in ${site}; not indexed`);
  console.log(`search index: ${stats.pages} articles, ${stats.shards} shard(s) → ${stats.outputPath} (${((Date.now() - started) / 1000).toFixed(1)} s: add ${stats.addSeconds.toFixed(1)} s, write ${stats.writeSeconds.toFixed(1)} s)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
