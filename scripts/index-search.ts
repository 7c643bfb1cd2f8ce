// Builds the site's search index after `astro build` (the work is in src/indexer/).
// Usage: tsx scripts/index-search.ts [--site DIR] [--articles DIR] [--actors FILE] [--plain]
//   --site      built site (default: $OUT_DIR or dist); the index goes to DIR/pagefind/
//   --articles  article MDX files (default: $ARTICLES_DIR or content/articles), read only when
//               the site has no DIR/data/articles/index.json (the site's own export, preferred)
//   --actors    actor dictionary (default: content/actors.yaml)
//   --plain     plain Pagefind index of the same articles (baseline for measurements)
//   --reuse-state FILE  keep the shards of the last index whose records are unchanged: FILE
//               holds their hashes (written by the last run); SEARCH_REUSE_KEY names everything
//               else the index depends on (scripts/build.ts passes its global fingerprint). Each
//               article's record is kept beside FILE too (FILE minus .json + .records/), so a
//               shard written again only feeds Pagefind (src/indexer/recordCache.ts)
import * as pagefind from 'pagefind';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { corpusDocs, type SourceDoc } from '../src/lib/search/documents';
import { articleExportFiles, exportDocs, loadSearchCorpus, loadSourcesBeside } from '../src/indexer/read';
import { indexerCuratedFile, loadIndexerCurated } from '../src/indexer/curatedCache';
import { loadActors } from '../src/lib/data/load';
import { writeSearchIndexFrom } from '../src/indexer/write';
import { loadSearchVocabularyBeside } from '../src/lib/data/search';
import { buildContextBase } from '../src/lib/search/context';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const started = Date.now();
const site = path.resolve(arg('--site', process.env.OUT_DIR || 'dist'));
const articlesDir = path.resolve(arg('--articles', process.env.ARTICLES_DIR || 'content/articles'));
const actorsFile = path.resolve(arg('--actors', 'content/actors.yaml'));
const stateFile = arg('--reuse-state', '');
const reuse = stateFile ? { stateFile: path.resolve(stateFile), key: process.env.SEARCH_REUSE_KEY ?? '' } : undefined;
// The curated data, kept beside the index's state while the build's key holds (curatedCache.ts);
// a run without the last state (a full build) or without a key parses it.
const { data: { actors, sources, vocabulary, contextBase } } = loadIndexerCurated(
  () => {
    const actors = existsSync(actorsFile) ? loadActors(actorsFile) : [];
    const vocabulary = loadSearchVocabularyBeside(actorsFile);
    return { actors, sources: loadSourcesBeside(actorsFile), vocabulary, contextBase: buildContextBase(actors, vocabulary) };
  },
  actorsFile,
  reuse?.key ? { file: indexerCuratedFile(reuse.stateFile), codeKey: reuse.key, read: existsSync(reuse.stateFile) } : undefined,
);
const exported = articleExportFiles(site);
let docs: () => Iterable<SourceDoc> | AsyncIterable<SourceDoc>;
if (exported) {
  docs = () => exportDocs(exported, sources);
} else {
  console.warn(`search: ${path.join(site, 'data/articles/index.json')} not found; rebuilding the corpus from ${articlesDir}`);
  const { corpus } = await loadSearchCorpus({ articlesDir, actorsFile });
  docs = () => corpusDocs(corpus);
}
// Index only articles whose page exists in this build: a result must never 404.
const missing = new Set<string>();
const only = (slug: string) => existsSync(path.join(site, 'articles', slug, 'index.html')) || (missing.add(slug), false);
const stats = await writeSearchIndexFrom({ docs, actors, outputPath: path.join(site, 'pagefind'), plain: process.argv.includes('--plain'), only, vocabulary, reuse, contextBase });
await pagefind.close();
if (missing.size) console.warn(`search: ${missing.size} articles have no page in ${site}; not indexed`);
console.log(`search index: ${stats.pages} articles, ${stats.shards} shard(s), ${stats.rebuilt} written (${stats.recordsMade} records made, the others kept; ${stats.fragmentsReused} fragments copied from the last index) → ${stats.outputPath} (${((Date.now() - started) / 1000).toFixed(1)} s: add ${stats.addSeconds.toFixed(1)} s, write ${stats.writeSeconds.toFixed(1)} s)`);
console.log(`search index: time by phase: ${stats.trace}`);
