// Actor route keys (routeKeys.ts) on the bundled corpus: an actor whose key did not change has
// the same view (its page is skipped by an update), and each input of the view changes the key.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticleMdx } from '../ingest/mdx';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import type { ArticleDoc } from '../types';
import type { Corpus } from '../corpus/types';
import { fingerprintOf, SharedHashes } from './fingerprint';
import { actorPageFromParts, actorPageParts, actorPageView, type ActorPageParts } from './pageViews';
import { actorRouteKey, sameTextGroupsOf } from './routeKeys';

const DIR = 'content/articles';
const docs: ArticleDoc[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const { frontmatter, paragraphs } = parseArticleMdx(readFileSync(`${DIR}/${f}`, 'utf8'), f);
    return { slug: f.replace(/\.mdx$/, ''), ...frontmatter, paragraphs };
  });
const data = loadCuratedData();
const corpusOf = (articles: ArticleDoc[]) => buildCorpus({ ...data, articles });

function hashesOf(corpus: Corpus): SharedHashes {
  const shared = new SharedHashes();
  for (const a of corpus.articles) shared.set(a, fingerprintOf({ article: a, markup: null }));
  return shared;
}

/** Per actor route: its key (what an update compares) and its whole view's fingerprint (what the page shows). */
function actorRoutes(corpus: Corpus): Map<string, { key: string; view: string }> {
  const shared = hashesOf(corpus);
  const drawn = new Set(corpus.graph.nodes.slice(0, 3).map((n) => n.id));
  const out = new Map<string, { key: string; view: string }>();
  for (const actor of corpus.actors.values()) {
    const route = `/actors/${actor.id}/`;
    const parts = actorPageParts(actor, corpus, corpus.graph, drawn);
    out.set(route, { key: actorRouteKey(route, parts, corpus.stories, shared), view: fingerprintOf({ route, props: actorPageView(actor, corpus, corpus.graph, drawn) }, shared, route) });
  }
  return out;
}

// Our own sentences, in the shape of the bundled articles (never a real page's text).
const probe: ArticleDoc = {
  slug: '900-probe', title: 'روسيا تعزز دفاعاتها الجوية', raw: '900-probe.txt', tags: [], date: '2025-06-30',
  paragraphs: ['أعلنت روسيا أنها ستعزز دفاعاتها الجوية على حدودها الغربية، فيما قالت أوكرانيا إن الهجمات على موانئها تواصلت.'],
};
const quoted: ArticleDoc = {
  slug: '901-quote', title: 'زيلينسكي يطالب بضمانات', raw: '901-quote.txt', tags: [], date: '2025-07-01',
  paragraphs: ['وقال الرئيس الأوكراني فولوديمير زيلينسكي: "لن نوقع أي اتفاق من دون ضمانات أمنية واضحة من حلفائنا".'],
};

describe('actor route keys', () => {
  const base = corpusOf(docs);
  const before = actorRoutes(base);

  it('are stable: the same corpus built twice gives the same keys', () => {
    const again = actorRoutes(corpusOf(docs.map((d) => ({ ...d }))));
    expect([...again].map(([r, v]) => [r, v.key])).toEqual([...before].map(([r, v]) => [r, v.key]));
  });

  // The guarantee an update relies on: a route skipped because its key stayed shows the same page.
  const changes: [string, ArticleDoc[]][] = [
    ['an article retitled', docs.map((d) => (d.slug === '002-991ebc19782e432f' ? { ...d, title: `${d.title} (محدّث)` } : d))],
    ['an article added that names Russia and Ukraine', [...docs, probe]],
    ['an article with a quote added', [...docs, quoted]],
    ['an article removed', docs.filter((d) => d.slug !== '003-2a010a7cc3af768e')],
    ['a same-text copy added under another outlet', [...docs, { ...docs[1], slug: '902-copy', raw: '902-copy.txt', source: 'وكالة تجريبية' }]],
  ];
  it.each(changes)('%s: every actor whose key stayed has the same view, and some keys stay', (_, articles) => {
    const after = actorRoutes(corpusOf(articles));
    let kept = 0;
    let changed = 0;
    for (const [route, now] of after) {
      const then = before.get(route);
      if (!then) continue;
      if (then.key === now.key) {
        kept++;
        expect(now.view, `${route}: key kept, view changed`).toBe(then.view);
      } else changed++;
      // The key is not coarser than the view either: a view that changed has a new key.
      if (then.view !== now.view) expect(now.key, route).not.toBe(then.key);
    }
    expect(kept, 'actor routes skipped').toBeGreaterThan(0);
    expect(changed, 'actor routes keyed again').toBeGreaterThan(0);
  });

  it('an article naming an actor\'s tie but not the actor leaves its key; the tie\'s key changes', () => {
    const after = actorRoutes(corpusOf([...docs, probe]));
    expect(base.actorArticles.get('france')).not.toContain('900-probe');
    expect(after.get('/actors/france/')!.key).toBe(before.get('/actors/france/')!.key);
    expect(after.get('/actors/russia/')!.key).not.toBe(before.get('/actors/russia/')!.key);
  });

  it('a new quote changes the speaker\'s key', () => {
    const c = corpusOf([...docs, quoted]);
    expect(c.quotes.some((q) => q.actorId === 'volodymyr-zelensky' && q.slug === '901-quote')).toBe(true);
    expect(actorRoutes(c).get('/actors/volodymyr-zelensky/')!.key).not.toBe(before.get('/actors/volodymyr-zelensky/')!.key);
  });

  it('a same-text group among an actor\'s articles is in its key and folds its list', () => {
    const copy = { ...docs[1], slug: '902-copy', raw: '902-copy.txt', source: 'وكالة تجريبية' };
    const c = corpusOf([...docs, copy]);
    const group = c.stories.groupOf.get('902-copy');
    expect(group, 'the copy forms a same-text group').toBeDefined();
    const actorId = c.bySlug.get('902-copy')!.actorIds[0];
    const parts = actorPageParts(c.actors.get(actorId)!, c, c.graph, new Set());
    const groups = sameTextGroupsOf(parts.articles, c.stories);
    expect(groups.map(([slug]) => slug).sort()).toEqual([docs[1].slug, '902-copy'].sort());
    expect(actorPageFromParts(parts, c).folded.some((f) => f.copies.length === 1)).toBe(true);
    // The same parts under another canonical article: another key.
    const shared = hashesOf(c);
    const other = { ...c.stories, groups: c.stories.groups.map((g) => (g.id === group ? { ...g, canonical: g.members[1] } : g)) };
    expect(actorRouteKey('/r/', parts, other, shared)).not.toBe(actorRouteKey('/r/', parts, c.stories, shared));
  });

  describe('each part of the view changes the key', () => {
    const shared = hashesOf(base);
    const parts = actorPageParts(base.actors.get('russia')!, base, base.graph, new Set());
    const key = (p: ActorPageParts, s = shared) => actorRouteKey('/actors/russia/', p, base.stories, s);
    const k0 = key(parts);
    it('a co-mentioned actor\'s name or count', () => {
      expect(parts.co.length).toBeGreaterThan(0);
      expect(key({ ...parts, co: parts.co.map((c, i) => (i === 0 ? { ...c, name: `${c.name}ـ` } : c)) })).not.toBe(k0);
      expect(key({ ...parts, co: parts.co.map((c, i) => (i === 0 ? { ...c, count: c.count + 1 } : c)) })).not.toBe(k0);
    });
    it('a graph edge drawn or a relation listed', () => {
      const ego = parts.graph.ego;
      expect(ego.edges.length).toBeGreaterThan(0);
      expect(key({ ...parts, graph: { ...parts.graph, ego: { ...ego, edges: ego.edges.map((e, i) => (i === 0 ? { ...e, typedWeight: e.typedWeight + 1 } : e)) } } })).not.toBe(k0);
      expect(key({ ...parts, graph: { ...parts.graph, ego: { ...ego, nodes: ego.nodes.map((n, i) => (i === 1 ? { ...n, r: n.r - 1 } : n)) } } })).not.toBe(k0);
      expect(key({ ...parts, graph: { ...parts.graph, relations: parts.graph.relations.slice(1) } })).not.toBe(k0);
    });
    it('an article of its list, by the article\'s hash', () => {
      const s2 = hashesOf(base);
      s2.set(parts.articles[0], 'another hash');
      expect(key(parts, s2)).not.toBe(k0);
      expect(key(parts, hashesOf(base))).toBe(k0);
    });
  });
});
