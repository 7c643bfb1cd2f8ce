// Page fingerprints for incremental builds: on the bundled corpus, a change to the corpus
// changes the fingerprint of exactly the pages that show it (the build decides from these).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticleMdx } from '../ingest/mdx';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import type { ArticleDoc } from '../types';
import type { Corpus } from '../corpus/types';
import { articleFingerprint, fingerprintOf, SharedHashes } from './fingerprint';
import { JsonCorpusCache } from '../corpus/cache';
import { actorPageView, articlePageView, articlesListView, monthPageViews, sourcePageView, topicPageView } from './pageViews';
import { changedRoutes, removedRoutes, routeFile, routePath } from './routes';

const DIR = 'content/articles';
const docs: ArticleDoc[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(`${DIR}/${f}`, 'utf8'), f);
    return { slug: f.replace(/\.mdx$/, ''), ...frontmatter, paragraphs };
  });
const data = loadCuratedData();

/** Route → fingerprint of every dynamic page, the way the getStaticPaths hooks compute them. */
function pageFingerprints(corpus: Corpus): Record<string, string> {
  const shared = new SharedHashes();
  for (const a of corpus.articles) shared.set(a, fingerprintOf({ article: a, markup: null }));
  const drawn = new Set(corpus.graph.nodes.map((n) => n.id));
  const out: Record<string, string> = {};
  const add = (route: string, props: unknown) => (out[route] = fingerprintOf({ route, props }, shared, route));
  for (const a of corpus.articles) add(`/articles/${a.slug}/`, articlePageView(a, corpus));
  for (const actor of corpus.actors.values()) add(`/actors/${actor.id}/`, actorPageView(actor, corpus, corpus.graph, drawn));
  for (const t of corpus.topics) add(`/topics/${t.id}/`, topicPageView(t, corpus));
  for (const s of corpus.sources.values()) add(`/sources/${s.id}/`, sourcePageView(s, corpus));
  for (const m of monthPageViews(corpus)) add(`/timeline/${m.month}/`, m);
  add('/articles/page/1/', articlesListView(1, corpus));
  return out;
}

describe('fingerprintOf', () => {
  it('is the same for the same data in any key order, and differs on any nested change', () => {
    const a = { title: 'لافروف', list: [{ x: 1, y: [2, 3] }], missing: undefined };
    expect(fingerprintOf(a)).toBe(fingerprintOf({ list: [{ y: [2, 3], x: 1 }], title: 'لافروف' }));
    expect(fingerprintOf(a)).not.toBe(fingerprintOf({ ...a, list: [{ x: 1, y: [2, 4] }] }));
    expect(fingerprintOf([1, undefined])).not.toBe(fingerprintOf([1]));
  });

  it('refuses what JSON would flatten to {} (a Map, a Set, a class instance), naming where', () => {
    expect(() => fingerprintOf({ view: { counts: new Map([['putin', 3]]) } })).toThrow(/props\.view\.counts is a Map/);
    expect(() => fingerprintOf({ ids: new Set(['a']) })).toThrow(/props\.ids is a Set/);
    expect(() => fingerprintOf({ f: () => 1 })).toThrow(/props\.f is a function/);
  });

  it('stands for a shared object by its registered hash', () => {
    const article = { slug: 's', paragraphs: ['نص'] };
    const one = new SharedHashes().set(article, 'h1');
    const two = new SharedHashes().set(article, 'h2');
    expect(fingerprintOf({ related: [article] }, one)).not.toBe(fingerprintOf({ related: [article] }, two));
    // The registered hash is what counts (an article is hashed once, with its file).
    const other = { slug: 'other' };
    expect(fingerprintOf({ related: [article] }, one)).toBe(fingerprintOf({ related: [other] }, new SharedHashes().set(other, 'h1')));
  });
});

describe('routes', () => {
  it('fill a pattern and name the file a route writes', () => {
    expect(routePath('/articles/[slug]/', { slug: '002-991ebc19782e432f' })).toBe('/articles/002-991ebc19782e432f/');
    expect(() => routePath('/actors/[id]/', { slug: 'x' })).toThrow(/no value for \[id\]/);
    expect(routeFile('/articles/x/')).toBe('articles/x/index.html');
    expect(routeFile('/rss.xml')).toBe('rss.xml');
    expect(routeFile('/')).toBe('index.html');
  });

  it('render what is new or changed, delete what is gone, everything on a first build', () => {
    const previous = { '/a/': '1', '/b/': '2', '/c/': '3' };
    const current = { '/a/': '1', '/b/': 'changed', '/d/': '4' };
    expect([...changedRoutes(current, previous)].sort()).toEqual(['/b/', '/d/']);
    expect(removedRoutes(current, previous)).toEqual(['/c/']);
    expect(changedRoutes(current, undefined).size).toBe(3);
  });
});

describe('page fingerprints on the bundled corpus', () => {
  const before = pageFingerprints(buildCorpus({ ...data, articles: docs }));

  it('are stable: the same corpus built twice gives the same fingerprints', () => {
    expect(pageFingerprints(buildCorpus({ ...data, articles: docs.map((d) => ({ ...d })) }))).toEqual(before);
  });

  it('a retitled article changes its page and the pages that list it, not the others', () => {
    const slug = '002-991ebc19782e432f';
    const after = pageFingerprints(buildCorpus({ ...data, articles: docs.map((d) => (d.slug === slug ? { ...d, title: `${d.title} (محدّث)` } : d)) }));
    const changed = [...changedRoutes(after, before)].sort();
    expect(changed).toContain(`/articles/${slug}/`);
    expect(changed).toContain('/articles/page/1/');
    expect(changed).toContain('/actors/mike-waltz/'); // the article names him: his page lists it
    // An article that neither links nor lists it keeps its page.
    const unrelated = Object.keys(before).filter((r) => r.startsWith('/articles/') && !changed.includes(r));
    expect(unrelated.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(Object.keys(before).length);
  });

  it('an article naming an actor\'s tie but not the actor leaves the actor\'s page as it is', () => {
    // France's ego graph and relations show Russia (tied by the bundled articles); a new article
    // names Russia and Ukraine, not France. Russia's article count, dates and topics change: what
    // France's page draws of Russia (name, place, size, the tie) does not.
    const news: ArticleDoc = {
      slug: '900-probe', title: 'روسيا تعزز دفاعاتها الجوية', raw: '900-probe.txt', tags: [], date: '2025-06-30',
      paragraphs: ['أعلنت روسيا أنها ستعزز دفاعاتها الجوية على حدودها الغربية، فيما قالت أوكرانيا إن الهجمات على موانئها تواصلت.'],
    };
    const before = buildCorpus({ ...data, articles: docs });
    const after = buildCorpus({ ...data, articles: [...docs, news] });
    expect(after.actorArticles.get('russia')).toContain('900-probe');
    expect(after.actorArticles.get('france')).not.toContain('900-probe');
    const france = (c: Corpus) => actorPageView(c.actors.get('france')!, c, c.graph, new Set());
    expect(france(before).graph.ego.nodes.map((n) => n.id)).toEqual(['france', 'russia']);
    const changed = changedRoutes(pageFingerprints(after), pageFingerprints(before));
    expect(changed).toContain('/actors/russia/');
    expect(changed).not.toContain('/actors/france/');
  });

  it('a removed article removes its route and changes its neighbours in time', () => {
    const slug = '003-2a010a7cc3af768e';
    const corpus = buildCorpus({ ...data, articles: docs.filter((d) => d.slug !== slug) });
    const after = pageFingerprints(corpus);
    expect(removedRoutes(after, before)).toContain(`/articles/${slug}/`);
    const full = buildCorpus({ ...data, articles: docs });
    const { older, newer } = articlePageView(full.bySlug.get(slug)!, full);
    for (const n of [older, newer].filter(Boolean)) expect(changedRoutes(after, before)).toContain(`/articles/${n!.slug}/`);
  });
});

describe('articleFingerprint: the text stands by the content key, mentions and topics by their result keys, every other field as it is', () => {
  const build = (input: Partial<typeof data> & { articles: ArticleDoc[] }) => buildCorpus({ ...data, ...input }, { cache: new JsonCorpusCache(), codeVersion: 'v1' });
  const corpus = build({ articles: docs });
  const article = corpus.articles.find((a) => a.mentions.length && a.topics.length && a.outlet)!;
  const keysOf = (c: Corpus, slug: string) => ({ content: c.contentKeys!.get(slug)!, results: c.resultKeys!.get(slug)! });
  const keys = keysOf(corpus, article.slug);
  const base = articleFingerprint(article, null, keys);
  const changed = (v: unknown): unknown =>
    typeof v === 'string' ? `${v}x` : typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : Array.isArray(v) ? [...v, v[0] ?? 'x'] : v && typeof v === 'object' ? { ...v, extra: 1 } : 'x';
  const byKeys = new Set(['paragraphs', 'sentences', 'mentions', 'topics']);

  it('changes when any field of the article but those the keys stand for changes (no field left out)', () => {
    const fields = Object.keys(article).filter((k) => !byKeys.has(k));
    expect(fields.length).toBeGreaterThan(10);
    for (const k of fields) {
      const other = { ...article, [k]: changed((article as unknown as Record<string, unknown>)[k]) };
      expect(articleFingerprint(other, null, keys), k).not.toBe(base);
    }
    expect(articleFingerprint(article, '<Note>x</Note>', keys)).not.toBe(base);
    expect(articleFingerprint(article, null, { ...keys, results: `${keys.results}x` })).not.toBe(base);
    expect(articleFingerprint(article, null, { ...keys, content: `${keys.content}x` })).not.toBe(base);
  });

  it('changes when the text changes: an edited paragraph changes the content key', () => {
    const edited = docs.map((d) => (d.slug === article.slug ? { ...d, paragraphs: [...d.paragraphs.slice(0, -1), `${d.paragraphs.at(-1)} وأضاف.`] } : d));
    const after = build({ articles: edited });
    const a = after.bySlug.get(article.slug)!;
    expect(after.contentKeys!.get(article.slug)).not.toBe(keys.content);
    expect(articleFingerprint(a, null, keysOf(after, article.slug))).not.toBe(base);
    // Without keys (a corpus built without the cache), the whole article is hashed.
    expect(articleFingerprint(a, null)).not.toBe(articleFingerprint(article, null));
  });

  // The keys stand for mentions and topics only if they hold everything those are found from:
  // change what linking reads (the dictionary) and what the topic rules read (the topics), and
  // every article whose mentions or topics changed must have another result key.
  it('an article whose mentions or topics change gets another result key (no input of linking or topics left out)', () => {
    const named = new Map<string, number>();
    for (const a of corpus.articles) for (const id of a.actorIds) named.set(id, (named.get(id) ?? 0) + 1);
    const [common] = [...named].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    const fewerActors = data.actors.filter((x) => x.id !== common);
    const topicOf = new Map(corpus.articles.flatMap((a) => a.topics.map((t) => [t.id, t] as const)));
    const fewerPhrases = data.topics.map((t) => (topicOf.has(t.id) && t.phrases.length > 1 ? { ...t, phrases: t.phrases.slice(1) } : t));
    for (const [what, after] of [['an actor removed', build({ articles: docs, actors: fewerActors })], ['topic phrases removed', build({ articles: docs, topics: fewerPhrases })]] as const) {
      let differ = 0;
      for (const a of corpus.articles) {
        const b = after.bySlug.get(a.slug)!;
        const same = JSON.stringify([a.mentions, a.topics]) === JSON.stringify([b.mentions, b.topics]);
        if (same) continue;
        differ++;
        expect(after.resultKeys!.get(a.slug), `${what}: ${a.slug}`).not.toBe(corpus.resultKeys!.get(a.slug));
        expect(articleFingerprint(b, null, keysOf(after, a.slug)), `${what}: ${a.slug}`).not.toBe(articleFingerprint(a, null, keysOf(corpus, a.slug)));
      }
      expect(differ, what).toBeGreaterThan(0);
    }
  });
});
