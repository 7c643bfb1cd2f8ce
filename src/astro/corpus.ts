// Astro side of the corpus: reads the content collection and the curated data once per
// build and hands them to the pure buildCorpus(). Pages import getCorpus() and only render.
import { getCollection } from 'astro:content';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, type CorpusReuse } from '../lib/corpus/buildCorpus';
import { JsonCorpusCache } from '../lib/corpus/cache';
import type { Corpus } from '../lib/corpus/types';
import type { ArticleDoc } from '../lib/types';
import { loadCuratedData } from '../lib/data/load';
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

// The per-article results of the last build (src/lib/corpus/cache.ts), when `npm run build`
// asks for them (scripts/build.ts sets CORPUS_CACHE_DIR and CORPUS_CODE_VERSION; a --full build
// sets CORPUS_CACHE_READ=0: it computes everything and saves it for the next build). One
// NDJSON file per stage and bucket (`<key>\t<json>` lines), so no file nears V8's string limit.
const BUCKETS = 16;
const bucketOf = (key: string) => key.charCodeAt(0) % BUCKETS;

function loadCorpusCache(dir: string): JsonCorpusCache {
  const saved: Record<string, Record<string, string>> = {};
  if (process.env.CORPUS_CACHE_READ !== '0' && existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ndjson')).sort()) {
      const stage = f.split('.')[0];
      const entries = (saved[stage] ??= {});
      for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) entries[line.slice(0, tab)] = line.slice(tab + 1);
      }
    }
  }
  return new JsonCorpusCache(saved);
}

/** Replaces the saved cache with what this build used (a removed article's results go). */
function saveCorpusCache(dir: string, cache: JsonCorpusCache) {
  const next = `${dir}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  for (const [stage, entries] of Object.entries(cache.used())) {
    const buckets: string[][] = Array.from({ length: BUCKETS }, () => []);
    for (const [key, json] of Object.entries(entries)) buckets[bucketOf(key)].push(`${key}\t${json}\n`);
    buckets.forEach((lines, i) => lines.length && writeFileSync(path.join(next, `${stage}.${i}.ndjson`), lines.join('')));
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(next, dir);
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
    const cache = cacheDir ? loadCorpusCache(cacheDir) : undefined;
    const reuse: CorpusReuse | undefined = cache && { cache, codeVersion: process.env.CORPUS_CODE_VERSION ?? '' };
    const built = buildCorpus({ articles, ...loadCuratedData() }, reuse);
    if (cacheDir && cache) {
      saveCorpusCache(cacheDir, cache);
      console.log(`corpus: ${articles.length} article files read in ${readSeconds} s; ${cache.hits} per-article results reused, ${cache.misses} computed; ${built.articles.length} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s (${cacheDir})`);
    }
    writeBuildReport(built);
    return built;
  })();
  return corpus;
}
