// Builds the site's search index after `astro build`, through the Pagefind Node API.
// Usage: tsx scripts/index-search.ts [--site DIR] [--articles DIR] [--actors FILE] [--plain]
//   --site      built site (default: $OUT_DIR or dist); the index goes to DIR/pagefind/
//   --articles  article MDX files (default: $ARTICLES_DIR or content/articles), the same
//               files the site was built from
//   --actors    actor dictionary (default: content/actors.yaml)
//   --plain     plain Pagefind index of the same articles (baseline for measurements)
//
// We index records built from the corpus, not the built HTML: only titles and bodies get in
// (never nav, chips or footers), and the indexed words are search keys (src/lib/search/keys.ts),
// so Arabic spelling variants meet. See docs/search.md.
import * as pagefind from 'pagefind';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadActors, loadSources, loadTopics } from '../src/lib/data/load';
import { parseArticleMdx } from '../src/lib/ingest/mdx';
import { buildCorpus } from '../src/lib/corpus/buildCorpus';
import type { Corpus, CorpusArticle } from '../src/lib/corpus/types';
import type { Actor, ArticleDoc } from '../src/lib/types';
import { buildContextJson, contextFromJson, type SearchContextJson } from '../src/lib/search/context';
import { indexKeys, actorKey } from '../src/lib/search/keys';
import { keyedRecordHtml, plainRecordHtml } from '../src/lib/search/record';

export const CONTEXT_FILE = 'kb-search.json';

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

export async function loadSearchCorpus(opts: { articlesDir: string; actorsFile: string }): Promise<{ corpus: Corpus; actors: Actor[] }> {
  const [articles, actors] = await Promise.all([loadArticles(opts.articlesDir), loadActorList(opts.actorsFile)]);
  // The same curated inputs the site's getCorpus() passes, so filters match the pages.
  const dir = path.dirname(opts.actorsFile);
  const topics = existsSync(path.join(dir, 'topics.yaml')) ? loadTopics(path.join(dir, 'topics.yaml')) : [];
  const sources = existsSync(path.join(dir, 'sources.yaml')) ? loadSources(path.join(dir, 'sources.yaml')) : [];
  const corpus = buildCorpus({ articles, actors, topics, sources });
  return { corpus, actors };
}

/**
 * Actor filter values: the corpus linking when it ran; otherwise (linking not wired yet)
 * the actors our alias scan finds, so the facet is never silently empty.
 */
function withActorFallback(corpus: Corpus, ctx: ReturnType<typeof contextFromJson>): CorpusArticle[] {
  const linked = corpus.articles.some((a) => a.actorIds.length > 0);
  if (linked) return corpus.articles;
  return corpus.articles.map((a) => {
    const keys = new Set([a.title, ...a.paragraphs].flatMap((t) => indexKeys(t, ctx)));
    const ids = [...new Set([...ctx.aliases.values()].flat().map((x) => x.id))].filter((id) => keys.has(actorKey(id)));
    return { ...a, actorIds: ids };
  });
}

export interface IndexStats {
  pages: number;
  outputPath: string;
}

/** Writes a Pagefind index of the corpus (keyed, or plain for the baseline) to outputPath. */
export async function writeSearchIndex(opts: {
  corpus: Corpus;
  actors: Actor[];
  outputPath: string;
  plain?: boolean;
  /** Only index these slugs (the pages the built site really has). */
  only?: Set<string>;
}): Promise<IndexStats> {
  const counts = new Map<string, number>();
  const base = buildContextJson(opts.actors);
  const ctx = contextFromJson(base);
  const articles = withActorFallback(opts.corpus, ctx).filter((a) => !opts.only || opts.only.has(a.slug));
  for (const a of articles) for (const id of a.actorIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const json: SearchContextJson = {
    ...buildContextJson(opts.actors, {
      articles: counts,
      topics: Object.fromEntries(opts.corpus.topics.map((t) => [t.id, t.name])),
      sources: Object.fromEntries([...opts.corpus.sources.values()].map((s) => [s.id, s.name])),
    }),
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const a of articles) {
    const content = opts.plain ? plainRecordHtml(a) : keyedRecordHtml(a, ctx);
    const added = await index.addHTMLFile({ url: a.url, content });
    if (added.errors.length) throw new Error(`pagefind ${a.slug}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: opts.outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await mkdir(opts.outputPath, { recursive: true });
  // Only the actors that occur are shipped: the browser needs their aliases, nothing more.
  json.actors = json.actors.filter((a) => a.articles > 0);
  await writeFile(path.join(opts.outputPath, CONTEXT_FILE), JSON.stringify(json));
  return { pages: articles.length, outputPath: opts.outputPath };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const site = path.resolve(arg('--site', process.env.OUT_DIR || 'dist'));
  const articlesDir = path.resolve(arg('--articles', process.env.ARTICLES_DIR || 'content/articles'));
  const actorsFile = path.resolve(arg('--actors', 'content/actors.yaml'));
  const { corpus, actors } = await loadSearchCorpus({ articlesDir, actorsFile });
  // Index only articles whose page exists in this build: a result must never 404.
  const only = new Set(corpus.articles.filter((a) => existsSync(path.join(site, 'articles', a.slug, 'index.html'))).map((a) => a.slug));
  if (only.size < corpus.articles.length) console.warn(`search: ${corpus.articles.length - only.size} articles have no page in ${site}; not indexed`);
  const stats = await writeSearchIndex({ corpus, actors, outputPath: path.join(site, 'pagefind'), plain: process.argv.includes('--plain'), only });
  await pagefind.close();
  console.log(`search index: ${stats.pages} articles → ${stats.outputPath}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
