// What the search indexer reads from disk: the site's articles.json export (streamed), and,
// for builds without it, the article MDX files and the curated data.
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadActors, loadDiscoveryLexicon, loadRelationPatterns, loadSources, loadTopics } from '../lib/data/load';
import { parseArticleMdx } from '../lib/ingest/mdx';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { ArticleExport } from '../lib/corpus/exports';
import type { Corpus, SourceRef } from '../lib/corpus/types';
import type { Source } from '../lib/data/schemas';
import type { Actor, ArticleDoc } from '../lib/types';
import { exportDoc, type SourceDoc } from '../lib/search/documents';
import { JsonArraySplitter } from '../lib/search/jsonArray';

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

/**
 * The rest of the curated data from the folder of the actor dictionary: topics and outlets
 * (none when absent), and the discovery and relation word lists (content/'s when absent).
 */
export function loadCuratedBeside(actorsFile: string) {
  const dir = path.dirname(actorsFile);
  const beside = (name: string) => (existsSync(path.join(dir, name)) ? path.join(dir, name) : undefined);
  const [topicsFile, sourcesFile, discoveryFile, patternsFile] = ['topics.yaml', 'sources.yaml', 'discovery-stopwords.yaml', 'relation-patterns.yaml'].map(beside);
  return {
    topics: topicsFile ? loadTopics(topicsFile) : [],
    sources: sourcesFile ? loadSources(sourcesFile) : [],
    discoveryLexicon: loadDiscoveryLexicon(discoveryFile),
    relationPatterns: loadRelationPatterns(patternsFile),
  };
}

/** Fallback when the site has no export: the corpus from the MDX files (slow: links everything). */
export async function loadSearchCorpus(opts: { articlesDir: string; actorsFile: string }): Promise<{ corpus: Corpus; actors: Actor[] }> {
  const [articles, actors] = await Promise.all([loadArticles(opts.articlesDir), loadActorList(opts.actorsFile)]);
  // The same curated inputs the site's getCorpus() passes, so filters match the pages.
  const corpus = buildCorpus({ articles, actors, ...loadCuratedBeside(opts.actorsFile) });
  return { corpus, actors };
}

/** Streams the elements of a JSON array file, one parsed element at a time. */
export async function* streamJsonArray<T>(file: string): AsyncGenerator<T> {
  const splitter = new JsonArraySplitter();
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    for (const text of splitter.push(chunk as string)) yield JSON.parse(text) as T;
    if (splitter.finished) return;
  }
}

/** Documents from the site's own export (DIR/data/articles.json), one article in memory at a time. */
export async function* exportDocs(file: string, sources: Source[]): AsyncGenerator<SourceDoc> {
  const refs = new Map<string, SourceRef>();
  for await (const a of streamJsonArray<ArticleExport>(file)) yield exportDoc(a, sources, refs);
}
