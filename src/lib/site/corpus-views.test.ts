import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from '../corpus/types';
import type { Actor } from '../types';
import { actorsIn, coMentionedActors, MAX_CANDIDATES, MAX_POSTING, neighbours, relatedArticles } from './related';
import { bucketsByYear, monthBuckets } from './timeline';
import { monthBarChart, monthSparkline } from './charts';
import { actorJsonLd, newsArticleJsonLd } from './jsonld';
import { rssItems } from './feeds';

function art(slug: string, date: string | undefined, actorIds: string[], topics: string[] = [], extra: Partial<CorpusArticle> = {}): CorpusArticle {
  return {
    slug, date, title: `t-${slug}`, raw: `${slug}.txt`, tags: [], paragraphs: ['فقرة أولى'], url: `/articles/${slug}/`,
    sentences: [], mentions: [], actorIds, topics: topics.map((id) => ({ id: id as never, score: 1 })), embedded: [], words: 2, ...extra, overrides: extra.overrides ?? {},
  };
}

const articles = [
  art('d', '2024-05-02', ['putin', 'zelensky'], ['peace-talks']),
  art('c', '2024-03-10', ['putin'], ['sanctions']),
  art('b', '2024-01-01', ['zelensky'], ['peace-talks']),
  art('a', undefined, ['putin', 'zelensky'], ['peace-talks']),
];

describe('relatedArticles', () => {
  it('ranks shared actors above shared topics and excludes itself', () => {
    const r = relatedArticles(articles[0], articles);
    expect(r.map((x) => x.article.slug)).toEqual(['a', 'b', 'c']);
    expect(r[0].sharedActors).toEqual(['putin', 'zelensky']);
  });
  it('leaves out the host and embedded articles', () => {
    const host = art('h', '2024-01-01', ['putin'], [], { embedded: ['e'] });
    const emb = art('e', '2024-01-01', ['putin'], [], { via: 'h' });
    expect(relatedArticles(host, [host, emb, articles[1]]).map((x) => x.article.slug)).toEqual(['c']);
  });
});

describe('neighbours', () => {
  it('gives the older and newer dated article', () => {
    expect(neighbours(articles[1], articles)).toMatchObject({ older: { slug: 'b' }, newer: { slug: 'd' } });
    expect(neighbours(articles[3], articles)).toEqual({});
  });
});

describe('actor counts', () => {
  const actors = new Map<string, Actor>(['putin', 'zelensky'].map((id) => [id, { id, type: 'person', name: id, en: id, aliases: [] }]));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  it('counts each actor once per article, most present first', () => {
    expect(actorsIn(['a', 'b', 'c', 'd'], { bySlug, actors })).toEqual([{ id: 'putin', count: 3 }, { id: 'zelensky', count: 3 }]);
  });
  it('counts a repeated actor once and only actors with a page, per actor map', () => {
    const both = [art('x', '2024-06-01', ['putin', 'putin', 'erdogan']), art('y', '2024-06-02', ['erdogan', 'putin'])];
    const slugs = both.map((a) => a.slug);
    const withBoth = { bySlug: new Map(both.map((a) => [a.slug, a])), actors };
    expect(actorsIn(slugs, withBoth)).toEqual([{ id: 'putin', count: 2 }]);
    // The same articles under another actor map (another build): its actors, not the first map's.
    const erdogan: Actor = { id: 'erdogan', type: 'person', name: 'erdogan', en: 'erdogan', aliases: [] };
    const more = { ...withBoth, actors: new Map([...actors, ['erdogan', erdogan]]) };
    expect(actorsIn(slugs, more)).toEqual([{ id: 'erdogan', count: 2 }, { id: 'putin', count: 2 }]);
    expect(actorsIn(slugs, more, 12, 'putin')).toEqual([{ id: 'erdogan', count: 2 }]);
    expect(actorsIn(['x', 'missing'], withBoth)).toEqual([{ id: 'putin', count: 1 }]);
  });
  it('finds co-mentioned actors', () => {
    const actorArticles = new Map([['putin', ['d', 'c', 'a']]]);
    expect(coMentionedActors('putin', { bySlug, actors, actorArticles })).toEqual([{ id: 'zelensky', count: 2 }]);
  });
});

describe('monthBuckets', () => {
  it('fills empty months between the first and last and keeps undated apart', () => {
    const { months, undated } = monthBuckets(articles);
    expect(months.map((m) => `${m.month}:${m.count}`)).toEqual(['2024-01:1', '2024-02:0', '2024-03:1', '2024-04:0', '2024-05:1']);
    expect(undated).toEqual(['a']);
    expect(bucketsByYear(months)).toEqual([{ year: '2024', months: [months[4], months[2], months[0]] }]);
  });
  it('crosses year boundaries', () => {
    const { months } = monthBuckets([art('x', '2023-12-31', []), art('y', '2024-01-01', [])]);
    expect(months.map((m) => m.month)).toEqual(['2023-12', '2024-01']);
  });
});

describe('charts', () => {
  const { months } = monthBuckets(articles);
  it('draws bars right-to-left (oldest at the right) with heights proportional to counts', () => {
    const c = monthBarChart(months);
    expect(c.bars[0].x).toBeGreaterThan(c.bars[4].x);
    expect(c.bars[1].height).toBe(0);
    expect(c.bars[0].height).toBeGreaterThan(0);
    expect(c.bars[0].y + c.bars[0].height).toBeCloseTo(c.baseline, 0);
  });
  it('produces SVG path strings without a DOM', () => {
    const s = monthSparkline(months);
    expect(s.linePath).toMatch(/^M[\d.]+,[\d.]+/);
    expect(s.areaPath).toMatch(/Z$/);
    expect(monthSparkline(months.slice(0, 1)).linePath).toMatch(/^M/);
  });
});

describe('JSON-LD and RSS', () => {
  it('builds a NewsArticle and typed actors', () => {
    const ld = newsArticleJsonLd(art('d', '2024-05-02', [], [], { source: 'RT' }));
    expect(ld).toMatchObject({ '@type': 'NewsArticle', datePublished: '2024-05-02', publisher: { name: 'RT' }, inLanguage: 'ar' });
    // The page's URL is its canonical link and og:url: not a third time in the JSON-LD (issue 18).
    expect(ld).not.toHaveProperty('mainEntityOfPage');
    expect(ld).not.toHaveProperty('url');
    expect(newsArticleJsonLd(art('d', '2024-05-02', [], []), { actorNames: ['روسيا', 'أوكرانيا'] }).about).toEqual(['روسيا', 'أوكرانيا']);
    expect(actorJsonLd({ id: 'ru', type: 'country', name: 'روسيا', en: 'Russia', aliases: ['موسكو'] }, 'u')['@type']).toBe('Country');
    expect(actorJsonLd({ id: 'p', type: 'person', name: 'بوتين', en: 'Putin', aliases: [], role: 'الرئيس' }, 'u')).toMatchObject({ '@type': 'Person', jobTitle: 'الرئيس' });
  });
  it('lists only dated articles in the feed, with absolute links', () => {
    const items = rssItems(articles, (p) => `https://x${p}`);
    expect(items.map((i) => i.link)).toEqual(['https://x/articles/d/', 'https://x/articles/c/', 'https://x/articles/b/']);
  });
});

/** relatedArticles as it was before it kept only the best while scoring: every candidate scored, then sorted. */
function relatedBySortingAll(article: CorpusArticle, candidates: Iterable<CorpusArticle>, limit: number) {
  const actors = new Set(article.actorIds);
  const topics = new Set(article.topics.map((t) => t.id));
  const skip = new Set([article.slug, ...(article.via ? [article.via] : []), ...article.embedded]);
  const gap = (a?: string, b?: string) => (!a || !b ? Number.POSITIVE_INFINITY : Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000);
  return [...candidates]
    .filter((o) => !skip.has(o.slug) && o.via !== article.slug)
    .map((o) => ({ article: o, sharedActors: o.actorIds.filter((id) => actors.has(id)), sharedTopics: o.topics.map((t) => t.id).filter((id) => topics.has(id)) }))
    .map((r) => ({ ...r, score: r.sharedActors.length * 2 + r.sharedTopics.length }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || gap(article.date, a.article.date) - gap(article.date, b.article.date) || (a.article.slug < b.article.slug ? -1 : 1))
    .slice(0, limit);
}

describe('relatedArticles on a larger corpus', () => {
  // 250 articles (below MAX_CANDIDATES: every one sharing something is a candidate) drawn with a seeded generator: few actors and topics (many ties in score),
  // repeated dates (ties in time), undated ones, hosts with embedded articles.
  let seed = 18;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const actorPool = ['putin', 'zelensky', 'lavrov', 'erdogan', 'trump', 'macron', 'kremlin', 'nato'];
  const topicPool = ['peace-talks', 'sanctions', 'prisoners', 'energy'];
  const pick = (pool: string[], k: number) => [...new Set(Array.from({ length: k }, () => pool[rand(pool.length)]))];
  const many = Array.from({ length: 250 }, (_, i) => {
    const date = rand(5) === 0 ? undefined : `2024-0${1 + rand(9)}-1${rand(10)}`;
    return art(`s${String(i).padStart(3, '0')}`, date, pick(actorPool, 1 + rand(4)), pick(topicPool, rand(3)));
  });
  for (let i = 0; i < 249; i += 37) {
    many[i].embedded = [many[i + 1].slug];
    many[i + 1].via = many[i].slug;
  }
  many.sort((a, b) => (a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : a.slug < b.slug ? -1 : 1);

  it('gives what scoring and sorting every candidate gives, for every article', () => {
    for (const limit of [5, 8]) {
      for (const a of many) {
        const got = relatedArticles(a, many, limit);
        const want = relatedBySortingAll(a, many, limit);
        expect(got.map((r) => [r.article.slug, r.score, r.sharedActors, r.sharedTopics]), a.slug).toEqual(want.map((r) => [r.article.slug, r.score, r.sharedActors, r.sharedTopics]));
      }
    }
  });
});

describe('relatedArticles past MAX_POSTING and MAX_CANDIDATES', () => {
  // 1,500 articles over skewed actor pools: the common actors' posting lists pass MAX_POSTING
  // (only the entries nearest the article count) and most articles reach MAX_CANDIDATES, so which articles
  // are candidates depends on the lists' lengths and order, as the rule says.
  let seed = 1818;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const common = ['russia', 'ukraine', 'putin', 'zelensky'];
  const rare = Array.from({ length: 40 }, (_, i) => `actor-${i}`);
  const topicPool = ['peace-talks', 'sanctions', 'prisoners', 'energy', 'grain'];
  const many = Array.from({ length: 1500 }, (_, i) => {
    const date = rand(8) === 0 ? undefined : `202${3 + rand(2)}-0${1 + rand(9)}-${10 + rand(18)}`;
    const actors = [...new Set([...common.filter(() => rand(3) > 0), ...Array.from({ length: 1 + rand(6) }, () => rare[rand(rand(2) ? 8 : 40)])])];
    return art(`m${String(i).padStart(4, '0')}`, date, actors, [...new Set(Array.from({ length: rand(3) }, () => topicPool[rand(5)]))]);
  });
  many.sort((a, b) => (a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : a.slug < b.slug ? -1 : 1);

  /**
   * The candidate rule written out plainly: lists by key, rarest first, each ordered by nearness
   * to the article in corpus order (the entries from its place on, older, ranked 0, 2, 4, …, the
   * ones before it, newer, 1, 3, 5, …), the first MAX_POSTING of them, until MAX_CANDIDATES.
   */
  const place = new Map(many.map((a, i) => [a, i]));
  const nearestFirst = (list: CorpusArticle[], article: CorpusArticle) => {
    const from = list.filter((x) => place.get(x)! < place.get(article)!).length;
    // Rank r is position from + r/2 (r even) or from − 1 − (r − 1)/2 (r odd): listed by rank.
    const out: CorpusArticle[] = [];
    for (let r = 0; out.length < Math.min(list.length, MAX_POSTING); r++) {
      const q = r % 2 === 0 ? from + r / 2 : from - 1 - (r - 1) / 2;
      if (q >= 0 && q < list.length) out.push(list[q]);
    }
    return out;
  };
  const byKey = new Map<string, CorpusArticle[]>();
  const push = (key: string, a: CorpusArticle) => byKey.set(key, [...(byKey.get(key) ?? []), a]);
  for (const a of many) {
    for (const id of new Set(a.actorIds)) push(`a:${id}`, a);
    for (const t of a.topics) push(`t:${t.id}`, a);
  }
  function candidatesOf(article: CorpusArticle, limit: number): Set<CorpusArticle> {
    const keys = [...new Set(article.actorIds)].map((id) => `a:${id}`).concat([...new Set(article.topics.map((t) => t.id))].map((id) => `t:${id}`));
    const lists = keys.map((k) => byKey.get(k) ?? []).sort((x, y) => x.length - y.length);
    const out = new Set<CorpusArticle>();
    for (const list of lists) {
      if (out.size >= MAX_CANDIDATES || (list.length > MAX_POSTING && out.size >= limit)) break;
      for (const other of nearestFirst(list, article)) {
        out.add(other);
        if (out.size >= MAX_CANDIDATES) break;
      }
    }
    return out;
  }

  it('has posting lists past MAX_POSTING and articles with more than MAX_CANDIDATES sharing something', () => {
    expect(Math.max(...[...byKey.values()].map((l) => l.length))).toBeGreaterThan(MAX_POSTING);
    expect(many.filter((a) => candidatesOf(a, 5).size === MAX_CANDIDATES).length).toBeGreaterThan(100);
  });

  // 1,500 articles through the plain rule: ~15 s at load ~30 on the 2 shared cores.
  it('scores exactly the candidates the rule gives, for every article', { timeout: 90_000 }, () => {
    for (const a of many) {
      const got = relatedArticles(a, many, 8);
      const want = relatedBySortingAll(a, candidatesOf(a, 8), 8);
      expect(got.map((r) => [r.article.slug, r.score, r.sharedActors, r.sharedTopics]), a.slug).toEqual(want.map((r) => [r.article.slug, r.score, r.sharedActors, r.sharedTopics]));
    }
  });
});
