// The curated data the search indexer reads on every run (the actors, the outlets, the
// search vocabulary built from content/search-*.yaml and the search context's part made of
// the actors and the vocabulary alone), kept between the runs of a build. Parsing
// and checking the YAML and building the vocabulary took ~2 s of CPU on every update, the same
// files every time (docs/scale.md «The update, session 38»). Kept beside the index's state as
// V8's serialisation, as src/astro/curatedDataCache.ts keeps the Astro step's.
//
// The key is every file directly in the curated folder (names and bytes), the caller's key of
// the code (scripts/build.ts's global fingerprint: src/, the packages, content/*.yaml) and
// Node's version. Read only while the last index's state is there: a full build (which deletes
// it) parses the files again and saves them for the next build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../lib/data/schemas';
import type { SearchContextBase } from '../lib/search/context';
import type { SearchVocabulary } from '../lib/search/vocabulary';
import type { Actor } from '../lib/types';
import { curatedDataKey, keptOrLoaded } from '../astro/curatedDataCache';

export interface IndexerCurated {
  actors: Actor[];
  sources: Source[];
  vocabulary: SearchVocabulary;
  /** buildContextBase(actors, vocabulary): ~0.3–0.4 s of CPU a run made once (docs/scale.md «The update, session 39»). */
  contextBase?: SearchContextBase;
}

/** Where the curated data of an index with this state file is kept: beside it. */
export function indexerCuratedFile(stateFile: string): string {
  return `${stateFile.replace(/\.json$/, '')}.curated.v8`;
}

/**
 * `load()`, from the cache when there is one (`cache`) and its key holds (`hit`); else loaded,
 * and saved when there is a cache. `read`: false parses anew (a full build), still saving.
 */
export function loadIndexerCurated(load: () => IndexerCurated, actorsFile: string, cache?: { file: string; codeKey: string; read: boolean }): { data: IndexerCurated; hit: boolean } {
  if (!cache || !existsSync(path.dirname(actorsFile))) return { data: load(), hit: false };
  return keptOrLoaded(cache.file, curatedDataKey(path.dirname(actorsFile), `indexer\0${cache.codeKey}`), cache.read, load);
}
