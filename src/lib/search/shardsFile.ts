// pagefind/kb-shards.json: the index's shards and each bundle's language indexes, alone — what
// Pagefind's worker on /search/ needs to ask for every bundle's files and merge every shard
// (src/pages/search/index.astro). The same fields are in kb-search.json (the key context, ~150 KB
// at 10,000 articles, ~32 KB gzipped), which the worker no longer downloads and parses for them:
// this file is a few hundred bytes.
import type { BundleLanguages, SearchContextJson, SearchShard } from './context';

export const SHARDS_FILE = 'kb-shards.json';

export interface SearchShardsJson {
  /** As kb-search.json `shards`: absent for a one-bundle index (pagefind/ alone). */
  shards?: SearchShard[];
  /** As kb-search.json `bundles`: each bundle's language indexes, in shard order. */
  bundles: BundleLanguages[];
}

/** The shard list of a context: the fields of kb-search.json the worker reads, and nothing else. */
export function shardsFileJson(json: Pick<SearchContextJson, 'shards' | 'bundles'>): SearchShardsJson {
  if (!json.bundles) throw new Error(`search: ${SHARDS_FILE} needs the bundles' language indexes (kb-search.json \`bundles\`)`);
  return json.shards ? { shards: json.shards, bundles: json.bundles } : { bundles: json.bundles };
}
