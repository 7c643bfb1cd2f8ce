// The corpus step of a daily update as a build runs it, in one plain Node process: the corpus
// cache read from its files (src/astro/corpusCacheFiles.ts), buildCorpus over every article,
// what getStaticPaths reads of every article (its hash, every story's view) and the save. Prints
// the CPU time of each phase and digests two codes must agree on (docs/scale.md «The corpus read
// lazily»). Run from a benchmark workdir (content/*.yaml); `node --cpu-prof --import tsx` for a profile.
//
//   tsx scripts/bench/corpus-replay.ts --articles <dir> --cache <dir> [--add 10] [--seed 1] --prepare
//     builds the cache of every article but the N drawn ones (untimed)
//   tsx scripts/bench/corpus-replay.ts --articles <dir> --cache <dir> [--add 10] [--seed 1]
//     a copy of that cache, then the update over all articles (timed)
import { createHash } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleDocs, readArticleFiles } from '../../src/astro/articleFiles';
import { loadCorpusCache, saveCorpusCache } from '../../src/astro/corpusCacheFiles';
import { loadCuratedData } from '../../src/lib/data/load';
import { buildCorpus } from '../../src/lib/corpus/buildCorpus';
import { articleFingerprint } from '../../src/lib/site/fingerprint';
import { storyPageView } from '../../src/lib/site/pageViews';
import { Rng } from './prng';

const { values: opt } = parseArgs({
  options: {
    articles: { type: 'string' },
    cache: { type: 'string' },
    add: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    prepare: { type: 'boolean', default: false },
  },
});
if (!opt.articles || !opt.cache) throw new Error('usage: corpus-replay.ts --articles <dir> --cache <dir> [--add N] [--seed S] [--prepare]');
const CODE = 'corpus-replay-bench';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const t: Record<string, number> = {};
function phase<T>(name: string, f: () => T): T {
  const c0 = cpu();
  const v = f();
  t[name] = (t[name] ?? 0) + cpu() - c0;
  return v;
}

const all = articleDocs(await readArticleFiles(path.resolve(opt.articles)), new Set());
const curated = loadCuratedData();
const rng = new Rng(`corpus-update:${opt.seed}`);
const added = new Set<string>();
while (added.size < Math.min(Number(opt.add), all.length)) added.add(all[Math.floor(rng.next() * all.length)].slug);

if (opt.prepare) {
  rmSync(opt.cache, { recursive: true, force: true });
  const { cache, files } = loadCorpusCache(opt.cache);
  buildCorpus({ articles: all.filter((a) => !added.has(a.slug)), ...curated }, { cache, codeVersion: CODE });
  const saved = saveCorpusCache(opt.cache, cache, files);
  console.log(`cache of ${all.length - added.size} articles: ${saved.written} files`);
} else {
  const run = `${opt.cache}.run`;
  rmSync(run, { recursive: true, force: true });
  cpSync(opt.cache, run, { recursive: true });
  const w0 = performance.now();
  const { cache, files } = phase('cache read', () => loadCorpusCache(run));
  const corpus = phase('buildCorpus', () => buildCorpus({ articles: all, ...curated }, { cache, codeVersion: CODE }));
  phase('article hashes', () => corpus.articles.map((a) => articleFingerprint(a, null, { content: corpus.contentKeys?.get(a.slug), results: corpus.resultKeys?.get(a.slug) })));
  const stories = phase('story views', () => corpus.stories.stories.map((s) => storyPageView(s, corpus)));
  const saved = phase('cache save', () => saveCorpusCache(run, cache, files));
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  const wall = (performance.now() - w0) / 1000;
  const digest = (v: unknown) => createHash('sha1').update(JSON.stringify(v, (_k, x) => (x instanceof Map ? [...x] : x instanceof Set ? [...x] : x))).digest('hex').slice(0, 12);
  const { sentenceLeads: _l, contentKeys: _c, resultKeys: _r, articles, graph, stories: index, ...rest } = corpus;
  console.log(`${all.length} articles (${added.size} added): ${cache.hits} reused, ${cache.misses} computed; ${saved.written} files written, ${saved.kept} kept`);
  console.log(`digests: articles ${digest(articles)} graph ${digest(graph)} stories ${digest(index)} story views ${digest(stories)} rest ${digest(rest)}`);
  console.log(`${wall.toFixed(1)} s wall, ${total.toFixed(2)} s CPU: ${Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(' / ')}`);
  rmSync(run, { recursive: true, force: true });
}
