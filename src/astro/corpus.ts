// Astro side of the corpus: reads the content collection and the curated data once per
// build and hands them to the pure buildCorpus(). Pages import getCorpus() and only render.
import { getCollection } from 'astro:content';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, type CorpusReuse } from '../lib/corpus/buildCorpus';
import { loadCorpusCache, saveCorpusCache } from './corpusCacheFiles';
import type { Corpus } from '../lib/corpus/types';
import type { ArticleDoc } from '../lib/types';
import { loadCuratedData } from '../lib/data/load';
import { buildCuratedDataCache, loadCuratedDataCached } from './curatedDataCache';
import { ARTICLES_DIR, articleDocs, buildParseCache, readArticleFiles } from './articleFiles';
import { overrideProblemMessage } from '../lib/entities/overrides';

let corpus: Promise<Corpus> | undefined;

// The discovered people are candidates for the actor dictionary: list them for the editor.
function writeBuildReport(c: Corpus) {
  const report = {
    articles: c.articles.length,
    actors: c.actors.size,
    discovered: c.candidates.filter((x) => x.strong).length,
    candidates: c.candidates,
    overrideProblems: c.overrideProblems.map((p) => ({ ...p, file: path.join(ARTICLES_DIR, p.file) })),
    // Names read as a new spelling of a dictionary person: confirm, or add as an alias.
    spellingMerges: c.spellingMerges,
  };
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/build-report.json', JSON.stringify(report, null, 1));
  // An unknown id in an article's overrides is an error in the log, naming file, field and id.
  for (const p of c.overrideProblems) console.error(`error: ${overrideProblemMessage({ ...p, file: path.join(ARTICLES_DIR, p.file) })}`);
  const strong = c.candidates.filter((x) => x.strong).map((x) => x.name);
  if (strong.length) {
    console.log(`discovered people not in content/actors.yaml (${strong.length}): ${strong.slice(0, 20).join('، ')} — see .cache/build-report.json`);
  }
  if (c.spellingMerges.length) {
    console.log(`new spellings joined to known people (${c.spellingMerges.length}): ${c.spellingMerges.slice(0, 10).map((m) => `${m.name} → ${m.actorId}`).join('، ')} — confirm in .cache/build-report.json`);
  }
}

export function getCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    // The files themselves (not a content collection: src/astro/articleFiles.ts says why);
    // a person's MDX edit that compiles is rendered from the articleMarkup collection.
    const markupIds = new Set((await getCollection('articleMarkup')).map((e) => e.id));
    const read0 = Date.now();
    // Usually the parse the content sync made moments ago (src/astro/articleFiles.ts).
    const articles: ArticleDoc[] = articleDocs(await readArticleFiles(undefined, { parseCache: buildParseCache() }), markupIds);
    const readSeconds = ((Date.now() - read0) / 1000).toFixed(1);
    const cacheDir = process.env.CORPUS_CACHE_DIR;
    const t0 = Date.now();
    const loaded = cacheDir ? loadCorpusCache(cacheDir) : undefined;
    const cache = loaded?.cache;
    const reuse: CorpusReuse | undefined = cache && { cache, codeVersion: process.env.CORPUS_CODE_VERSION ?? '' };
    // The curated files parsed once per change of them (src/astro/curatedDataCache.ts).
    const curatedCache = buildCuratedDataCache();
    const curated = curatedCache ? loadCuratedDataCached(curatedCache).data : loadCuratedData();
    const built = buildCorpus({ articles, ...curated }, reuse);
    if (cacheDir && loaded && cache) {
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      const t1 = Date.now();
      const files = saveCorpusCache(cacheDir, cache, loaded.files);
      console.log(`corpus: ${articles.length} article files read in ${readSeconds} s; ${cache.hits} per-article results reused, ${cache.misses} computed; ${built.articles.length} articles in ${seconds} s; cache saved in ${((Date.now() - t1) / 1000).toFixed(1)} s (${files.written} files written, ${files.kept} kept) (${cacheDir})`);
    }
    writeBuildReport(built);
    return built;
  })();
  return corpus;
}
