// The corpus-side work of a +N incremental build, in one plain Node process (no Astro): the
// corpus from a cache holding every article but N, then what the getStaticPaths hooks compute
// (every article's hash, the graph view, every article's and actor's view and its hash). Prints
// the CPU time of each phase, so a change to the corpus or the views can be measured without a
// site build (docs/scale.md «Incremental builds»). Run it from a folder that has content/*.yaml
// (a benchmark workdir), with `node --cpu-prof --import tsx` for a profile.
//
//   npx tsx scripts/bench/corpus-update.ts --articles <dir> [--add 10] [--seed 1] [--rounds 1]
//     [--cache-file <file>]   keep the warmed cache (all but the N articles) for the next run
//     [--refresh-cache]       with --cache-file: first add what this code's cache lacks (untimed)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleDocs, readArticleFiles } from '../../src/astro/articleFiles';
import { loadCuratedData } from '../../src/lib/data/load';
import { buildCorpus } from '../../src/lib/corpus/buildCorpus';
import { JsonCorpusCache } from '../../src/lib/corpus/cache';
import { articleFingerprint, fingerprintOf, SharedHashes } from '../../src/lib/site/fingerprint';
import { actorPageFromParts, actorPageParts, actorPageView, articlePageView } from '../../src/lib/site/pageViews';
import { actorRouteKey } from '../../src/lib/site/routeKeys';
import { buildGraphView } from '../../src/lib/relations/view';
import { Rng } from './prng';

const { values: opt } = parseArgs({
  options: {
    articles: { type: 'string' },
    add: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '1' },
    'cache-file': { type: 'string' },
    // The kept cache updated by this code first (a stage it adds is computed there, not timed).
    'refresh-cache': { type: 'boolean', default: false },
    // After the timed phases: a hash of the whole corpus object (every article's mentions read),
    // what two codes must give alike for the same input.
    'digest-all': { type: 'boolean', default: false },
  },
});
if (!opt.articles) throw new Error('usage: corpus-update.ts --articles <dir> [--add N] [--seed S] [--rounds R] [--cache-file F]');

const CODE = 'corpus-update-bench';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
function phase<T>(name: string, f: () => T, out: Record<string, number>): T {
  const c0 = cpu();
  const v = f();
  out[name] = (out[name] ?? 0) + cpu() - c0;
  return v;
}

const files = await readArticleFiles(path.resolve(opt.articles));
const all = articleDocs(files, new Set());
const curated = loadCuratedData();
// The N «new» articles: a seeded draw, so every run and every code measures the same update.
const rng = new Rng(`corpus-update:${opt.seed}`);
const added = new Set<string>();
while (added.size < Math.min(Number(opt.add), all.length)) added.add(all[Math.floor(rng.next() * all.length)].slug);
console.log(`${all.length} articles, ${added.size} added: ${[...added].slice(0, 5).join(', ')}…`);

let saved: Record<string, Record<string, string>>;
if (opt['cache-file'] && existsSync(opt['cache-file'])) {
  saved = JSON.parse(readFileSync(opt['cache-file'], 'utf8'));
  if (opt['refresh-cache']) {
    const warm = new JsonCorpusCache(saved);
    buildCorpus({ articles: all.filter((a) => !added.has(a.slug)), ...curated }, { cache: warm, codeVersion: CODE });
    console.log(`cache refreshed: ${warm.misses} results computed`);
    saved = warm.used();
    writeFileSync(opt['cache-file'], JSON.stringify(saved));
  }
} else {
  const warm = new JsonCorpusCache();
  const c0 = cpu();
  buildCorpus({ articles: all.filter((a) => !added.has(a.slug)), ...curated }, { cache: warm, codeVersion: CODE });
  console.log(`base corpus (cache warmed): ${(cpu() - c0).toFixed(1)} s CPU`);
  saved = warm.used();
  if (opt['cache-file']) writeFileSync(opt['cache-file'], JSON.stringify(saved));
}

for (let round = 1; round <= Number(opt.rounds); round++) {
  const t: Record<string, number> = {};
  const w0 = performance.now();
  const cache = new JsonCorpusCache(structuredClone(saved));
  const corpus = phase('corpus from the cache', () => buildCorpus({ articles: all, ...curated }, { cache, codeVersion: CODE }), t);
  const hashes = phase('article hashes', () => {
    const h = new SharedHashes();
    for (const a of corpus.articles) h.set(a, articleFingerprint(a, null, { content: corpus.contentKeys?.get(a.slug), results: corpus.resultKeys?.get(a.slug) }));
    return h;
  }, t);
  const view = phase('graph view', () => buildGraphView(corpus.graph), t);
  const articleViews = phase('article views', () => corpus.articles.map((a) => articlePageView(a, corpus)), t);
  phase('article view hashes', () => articleViews.forEach((v, i) => fingerprintOf({ route: corpus.articles[i].url, props: v }, hashes)), t);
  const drawn = new Set(view.nodes.map((n) => n.id));
  const actorViews = phase('actor views', () => [...corpus.actors.values()].map((a) => actorPageView(a, corpus, corpus.graph, drawn)), t);
  phase('actor view hashes', () => actorViews.forEach((v) => fingerprintOf({ route: v.actor.id, props: v }, hashes)), t);
  // What an update does instead (src/lib/site/routeKeys.ts): the parts and their key for every
  // actor; the full view only for the routes whose key changed (not counted here).
  const parts = phase('actor parts (keyed)', () => [...corpus.actors.values()].map((a) => actorPageParts(a, corpus, corpus.graph, drawn)), t);
  phase('actor keys (keyed)', () => parts.forEach((p) => actorRouteKey(p.actor.id, p, corpus.stories, hashes)), t);
  phase('actor rest of view (keyed)', () => parts.forEach((p) => actorPageFromParts(p, corpus)), t);
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  // What two codes must agree on: the same hashes for the same articles.
  const digest = (v: unknown) => createHash('sha1').update(JSON.stringify(v, (_k, x) => (x instanceof Map ? [...x] : x instanceof Set ? [...x] : x))).digest('hex').slice(0, 12);
  console.log(`graph ${digest(corpus.graph)}, stories ${digest(corpus.stories)}, articles ${digest(corpus.articles)}, page views ${digest([articleViews.map((v, i) => fingerprintOf(v, hashes, corpus.articles[i].slug)), actorViews.map((v) => fingerprintOf(v, hashes))])}`);
  if (opt['digest-all']) console.log(`whole corpus ${digest(corpus)}`);
  console.log(`round ${round}: ${cache.hits} results reused, ${cache.misses} computed; ${((performance.now() - w0) / 1000).toFixed(1)} s wall, ${total.toFixed(2)} s CPU`);
  for (const [k, v] of Object.entries(t)) console.log(`  ${k.padEnd(24)} ${v.toFixed(2)} s CPU`);
}
