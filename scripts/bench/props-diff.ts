// Which pages an update re-renders, and why: the corpus of two article folders (before and
// after an update) built in one Node process (the second from the first's corpus cache, as an
// incremental build does), then the props of every routed page kind that lists articles or
// actors, fingerprinted as the getStaticPaths hooks do (src/astro/routeFilter.ts). Prints the
// pages whose props changed by kind, for actor pages which part of the props changed, and with
// --show the leaves that differ in a few actor pages (docs/scale.md «Incremental builds»).
// Run it from a folder that has content/*.yaml (the repository or a benchmark workdir).
//
//   npx tsx scripts/bench/props-diff.ts --before <articles dir> --after <articles dir> [--show 3] [--actor id]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleDocs, readArticleFiles } from '../../src/astro/articleFiles';
import { loadCuratedData } from '../../src/lib/data/load';
import { buildCorpus, EVIDENCE_BUDGET } from '../../src/lib/corpus/buildCorpus';
import { JsonCorpusCache } from '../../src/lib/corpus/cache';
import type { Corpus } from '../../src/lib/corpus/types';
import { articleFingerprint, fingerprintOf, SharedHashes } from '../../src/lib/site/fingerprint';
import { actorPageView, articlePageView, monthPageViews, sourcePageView, topicPageView } from '../../src/lib/site/pageViews';
import { buildGraphView } from '../../src/lib/relations/view';
import { drawnEdgeEvidence, evidenceBySource } from '../../src/lib/relations/payload';

const { values: opt } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    show: { type: 'string', default: '2' },
    actor: { type: 'string', multiple: true, default: [] },
  },
});
if (!opt.before || !opt.after) throw new Error('usage: props-diff.ts --before <articles dir> --after <articles dir> [--show N] [--actor id]');

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

type Views = Map<string, Map<string, { props: unknown; hash: string }>>;

/** Every routed page's props and fingerprint, by kind then route (the hooks' patterns). */
function pageViews(corpus: Corpus): Views {
  const hashes = new SharedHashes();
  for (const a of corpus.articles) hashes.set(a, articleFingerprint(a, null, { content: corpus.contentKeys?.get(a.slug), results: corpus.resultKeys?.get(a.slug) }));
  const view = buildGraphView(corpus.graph);
  const drawn = new Set(view.nodes.map((n) => n.id));
  const out: Views = new Map();
  const add = (kind: string, route: string, props: unknown) => {
    if (!out.has(kind)) out.set(kind, new Map());
    out.get(kind)!.set(route, { props, hash: fingerprintOf({ route, props }, hashes, route) });
  };
  for (const a of corpus.articles) add('article', a.slug, articlePageView(a, corpus));
  for (const a of corpus.actors.values()) add('actor', a.id, actorPageView(a, corpus, corpus.graph, drawn));
  for (const t of corpus.topics) add('topic', t.id, topicPageView(t, corpus));
  for (const s of corpus.sources.values()) add('source', s.id, sourcePageView(s, corpus));
  for (const m of monthPageViews(corpus)) add('month', m.month, m);
  for (const [source, edges] of evidenceBySource(drawnEdgeEvidence(corpus.graph, view))) add('graph evidence', source, { edges });
  (out as Views & { hashes?: SharedHashes }).hashes = hashes;
  return out;
}

async function corpusOf(dir: string, cache: JsonCorpusCache) {
  const docs = articleDocs(await readArticleFiles(path.resolve(dir)), new Set());
  const c0 = cpu();
  const corpus = buildCorpus({ articles: docs, ...loadCuratedData() }, { cache, codeVersion: 'props-diff' });
  return { corpus, seconds: cpu() - c0 };
}

/** The paths of the leaves that differ (at most `limit`), for reading one page's change. */
function leafDiff(a: unknown, b: unknown, where: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (a === b) return;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    out.push(`${where}: ${JSON.stringify(a)?.slice(0, 120)} → ${JSON.stringify(b)?.slice(0, 120)}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) leafDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`, out, limit);
}

const cache = new JsonCorpusCache();
const before = await corpusOf(opt.before, cache);
console.log(`before: ${before.corpus.articles.length} articles, ${before.corpus.actors.size} actors; corpus ${before.seconds.toFixed(1)} s CPU`);
const saved = cache.used();
const cacheAfter = new JsonCorpusCache(saved);
const after = await corpusOf(opt.after, cacheAfter);
console.log(`after: ${after.corpus.articles.length} articles, ${after.corpus.actors.size} actors; ${cacheAfter.hits} results reused, ${cacheAfter.misses} computed; corpus ${after.seconds.toFixed(1)} s CPU`);

const vb = pageViews(before.corpus);
const va = pageViews(after.corpus);
for (const [kind, routes] of va) {
  const old = vb.get(kind) ?? new Map();
  const changed = [...routes].filter(([r, v]) => old.get(r)?.hash !== v.hash);
  console.log(`${kind} pages with other props: ${changed.length} of ${routes.size} (${changed.filter(([r]) => !old.has(r)).length} new)`);
}

const hb = (vb as Views & { hashes: SharedHashes }).hashes;
const ha = (va as Views & { hashes: SharedHashes }).hashes;

// Old article pages: which part of the props changed, and for an article itself, which fields.
{
  const parts = new Map<string, number>();
  for (const [slug, v] of va.get('article')!) {
    const old = vb.get('article')!.get(slug);
    if (!old || old.hash === v.hash) continue;
    const p0 = old.props as Record<string, unknown>;
    const p1 = v.props as Record<string, unknown>;
    for (const k of new Set([...Object.keys(p0), ...Object.keys(p1)])) {
      if (fingerprintOf(p0[k] ?? null, hb) === fingerprintOf(p1[k] ?? null, ha)) continue;
      parts.set(k, (parts.get(k) ?? 0) + 1);
      if (k !== 'article') continue;
      const a0 = p0.article as Record<string, unknown>;
      const a1 = p1.article as Record<string, unknown>;
      for (const f of new Set([...Object.keys(a0), ...Object.keys(a1)])) {
        if (JSON.stringify(a0[f]) !== JSON.stringify(a1[f])) parts.set(`article.${f}`, (parts.get(`article.${f}`) ?? 0) + 1);
      }
    }
  }
  console.log(`old article pages changed, by part of the props: ${[...parts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
}

// Actor pages: which part of the props changed (each top-level key, and the graph part's pieces).
const actorsBefore = vb.get('actor')!;
const parts = new Map<string, number>();
/** Actor pages that changed while their own article list did not: what moved them. */
const notOwn: string[] = [];
const changedActors: string[] = [];
for (const [id, v] of va.get('actor')!) {
  const old = actorsBefore.get(id);
  if (!old || old.hash === v.hash) continue;
  changedActors.push(id);
  const p0 = old.props as Record<string, unknown>;
  const p1 = v.props as Record<string, unknown>;
  const keys = new Set([...Object.keys(p0), ...Object.keys(p1)]);
  for (const k of keys) {
    const sub = (x: Record<string, unknown>) => (k === 'graph' && x[k] ? Object.entries(x[k] as Record<string, unknown>) : [[k, x[k]]]) as [string, unknown][];
    const s0 = new Map(sub(p0));
    for (const [name, val] of sub(p1)) {
      const key = k === 'graph' ? `graph.${name}` : name;
      if (fingerprintOf(s0.get(name) ?? null, hb) !== fingerprintOf(val ?? null, ha)) parts.set(key, (parts.get(key) ?? 0) + 1);
    }
  }
  if (fingerprintOf(p0.articles, hb) === fingerprintOf(p1.articles, ha)) {
    notOwn.push(id);
  }
}
const budgetUse = (c: Corpus) => c.graph.edges.reduce((n, e) => n + e.evidence.length, 0);
console.log(`graph: ${after.corpus.graph.edges.length} edges, evidence sentences kept ${budgetUse(before.corpus)} → ${budgetUse(after.corpus)} (budget ${EVIDENCE_BUDGET})`);
console.log(`actor pages changed, by part of the props: ${[...parts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
console.log(`actor pages changed while their articles did not: ${notOwn.length}${notOwn.length ? ` (${notOwn.slice(0, 20).join(', ')})` : ''}`);
// The pages asked for, then those that changed without their articles (the suspects), then others.
const show = [...new Set([...opt.actor!, ...[...new Set([...notOwn, ...changedActors])].filter((id) => !opt.actor!.includes(id)).slice(0, Number(opt.show))])];
for (const id of show) {
  const p0 = actorsBefore.get(id)?.props as Record<string, unknown> | undefined;
  const p1 = va.get('actor')!.get(id)?.props as Record<string, unknown> | undefined;
  if (!p0 || !p1) continue;
  const out: string[] = [];
  // The article lists stand for their articles' hashes, as in the fingerprint.
  leafDiff(JSON.parse(JSON.stringify({ ...p0, articles: undefined, folded: undefined })), JSON.parse(JSON.stringify({ ...p1, articles: undefined, folded: undefined })), id, out, 25);
  console.log(`\n${id}: ${out.length ? '' : '(only its article lists)'}\n  ${out.join('\n  ')}`);
}
