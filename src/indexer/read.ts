// What the search indexer reads from disk: the site's articles export (its compressed parts,
// streamed), and, for builds without it, the article MDX files and the curated data.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, createBrotliDecompress, createGunzip, gunzipSync } from 'node:zlib';
import { loadActors, loadDiscoveryLexicon, loadRelationPatterns, loadSources, loadTopicModel, loadTopics, loadWordForms } from '../lib/data/load';
import type { ArticleExport, ArticlePartsIndex } from '../lib/corpus/exports';
import type { Corpus, SourceRef } from '../lib/corpus/types';
import type { Source } from '../lib/data/schemas';
import type { Actor, ArticleDoc } from '../lib/types';
import { exportDoc, type SourceDoc } from '../lib/search/documents';
import { JsonArraySplitter } from '../lib/search/jsonArray';

// The MDX reader and the corpus pipeline are imported only by the fallback that needs them: their
// modules were ~1 s of CPU of every indexer run, which reads the site's export instead.
export async function loadArticles(dir: string): Promise<ArticleDoc[]> {
  const { readArticleFiles } = await import('../astro/articleFiles');
  const out: ArticleDoc[] = [];
  for (const f of await readArticleFiles(dir)) {
    if (f.parsed) out.push({ slug: f.id, ...f.parsed.frontmatter, paragraphs: f.parsed.paragraphs });
    else console.warn(`search: skipped ${f.file}: ${f.error}`); // the site skips it too
  }
  return out;
}

/** The actor dictionary through src/lib/data (validated); none when the file is absent. */
export async function loadActorList(file: string): Promise<Actor[]> {
  return existsSync(file) ? loadActors(file) : [];
}

/** The outlets (sources.yaml) from the folder of the actor dictionary; none when absent. */
export function loadSourcesBeside(actorsFile: string): Source[] {
  const file = path.join(path.dirname(actorsFile), 'sources.yaml');
  return existsSync(file) ? loadSources(file) : [];
}

/**
 * The rest of the curated data from the folder of the actor dictionary: topics and outlets
 * (none when absent), and the discovery and relation word lists (content/'s when absent). With
 * topics come their word forms and the learnt reader (beside, else content/'s), so this path
 * gives the same topics as the site's loadCuratedData().
 */
export function loadCuratedBeside(actorsFile: string) {
  const dir = path.dirname(actorsFile);
  const beside = (name: string) => (existsSync(path.join(dir, name)) ? path.join(dir, name) : undefined);
  const [topicsFile, sourcesFile, discoveryFile, patternsFile, formsFile, modelFile] = ['topics.yaml', 'sources.yaml', 'discovery-stopwords.yaml', 'relation-patterns.yaml', 'word-forms.yaml', 'topic-model.yaml'].map(beside);
  return {
    topics: topicsFile ? loadTopics(topicsFile) : [],
    sources: sourcesFile ? loadSources(sourcesFile) : [],
    discoveryLexicon: loadDiscoveryLexicon(discoveryFile),
    relationPatterns: loadRelationPatterns(patternsFile),
    ...(topicsFile ? { wordForms: loadWordForms(formsFile), topicModel: loadTopicModel(modelFile) } : {}),
  };
}

/** Fallback when the site has no export: the corpus from the MDX files (slow: links everything). */
export async function loadSearchCorpus(opts: { articlesDir: string; actorsFile: string }): Promise<{ corpus: Corpus; actors: Actor[] }> {
  const [articles, actors, { buildCorpus }] = await Promise.all([loadArticles(opts.articlesDir), loadActorList(opts.actorsFile), import('../lib/corpus/buildCorpus')]);
  // The same curated inputs the site's getCorpus() passes, so filters match the pages.
  const corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(opts.actorsFile) });
  return { corpus, actors };
}

/**
 * The files of a built site's articles export, in site order: DIR/data/articles/index.json
 * lists its compressed parts (Brotli, .br; gzip, .gz, in sites built before issue 18's seventh
 * round). Undefined when the site has no export; an error naming the file
 * when the index is unreadable or a part it lists is missing.
 */
export function articleExportFiles(site: string): string[] | undefined {
  const index = path.join(site, 'data', 'articles', 'index.json');
  if (!existsSync(index)) return undefined;
  let parsed: ArticlePartsIndex;
  try {
    parsed = JSON.parse(readFileSync(index, 'utf8')) as ArticlePartsIndex;
  } catch (err) {
    throw new Error(`${index}: not the articles export's index (${(err as Error).message})`);
  }
  if (!Array.isArray(parsed.parts)) throw new Error(`${index}: no "parts" list`);
  return parsed.parts.map((p) => {
    const file = path.join(path.dirname(index), p.json);
    if (!existsSync(file)) throw new Error(`${index}: lists ${p.json}, which is missing`);
    return file;
  });
}

/** Every row of a built site's articles export, in site order (tests and benchmarks; the indexer streams them instead). */
export function readArticleExport(site: string): ArticleExport[] {
  const files = articleExportFiles(site);
  if (!files) throw new Error(`${path.join(site, 'data/articles/index.json')}: not found (is ${site} a built site?)`);
  return files.flatMap((f) => JSON.parse(decompressed(f, readFileSync(f)).toString('utf8')) as ArticleExport[]);
}

/** A file's bytes decompressed by its name's ending: .br (Brotli), .gz (gzip), else as they are. */
function decompressed(file: string, bytes: Buffer): Buffer {
  return file.endsWith('.br') ? brotliDecompressSync(bytes) : file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** Streams the elements of a JSON array file (compressed when its name ends in .br or .gz), one parsed element at a time. */
export async function* streamJsonArray<T>(file: string): AsyncGenerator<T> {
  const splitter = new JsonArraySplitter();
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  const text = file.endsWith('.br') ? raw.pipe(createBrotliDecompress()) : file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  text.setEncoding('utf8');
  for await (const chunk of text) {
    for (const item of splitter.push(chunk as string)) yield JSON.parse(item) as T;
    if (splitter.finished) { raw.destroy(); return; }
  }
}

/** Documents from the site's own export (the parts of DIR/data/articles/), one article in memory at a time. */
export async function* exportDocs(files: readonly string[], sources: Source[]): AsyncGenerator<SourceDoc> {
  const refs = new Map<string, SourceRef>();
  for (const file of files) for await (const a of streamJsonArray<ArticleExport>(file)) yield exportDoc(a, sources, refs);
}
