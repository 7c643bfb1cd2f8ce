// The graph's article-level pair counts kept between builds (articlePairs.ts) equal the counts made
// from nothing: after an addition (kept + new articles), and after an edit or a removal (counted
// whole again), on the parties of the bundled articles and the labelled stories pages (dev).
import { describe, expect, it } from 'vitest';
import { ArticlePairs, countArticlePairs, countArticlePairsAdded, type ArticleParties, type KeptArticlePairs } from './articlePairs';
import { buildRelationGraph } from './buildGraph';
import { compileRelationPatterns } from './patterns';
import { buildCorpus } from '../corpus/buildCorpus';
import { loadCuratedData } from '../data/load';
import { readBundledArticles, readPart } from '../stories/fixtures.test-helpers';
import type { ArticleDoc } from '../types';

const data = loadCuratedData();
const bundled: ArticleDoc[] = readBundledArticles();
const corpus = buildCorpus({ ...data, articles: [...bundled, ...readPart('dev')] });

// The parties of each article exactly as the graph counts them (captured from buildRelationGraph).
let all: ArticleParties[] = [];
buildRelationGraph(corpus.articles, corpus.actors, compileRelationPatterns(data.relationPatterns), {
  articlePairs: (parties) => {
    all = parties;
    return countArticlePairs(parties).pairs;
  },
});

/** The counts in one order whatever order they were made in: pairs sorted, topics by id. */
function canonical(pairs: ArticlePairs) {
  const rows: unknown[] = [];
  pairs.forEachPair((source, target, slot) => {
    const topics = [...pairs.topicsOf(slot)].map((n, i) => [pairs.topicIds[i], n] as const).filter(([, n]) => n > 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    rows.push([source, target, pairs.articlesOf(slot), pairs.firstDateOf(slot), pairs.lastDateOf(slot), topics]);
  });
  return { rows: rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)), articles: [...pairs.articles].sort() };
}

const fresh = (list: ArticleParties[]) => canonical(countArticlePairs(list).pairs);
// What a build keeps: the counts as JSON, through the text the corpus cache stores.
const keep = (list: ArticleParties[]): KeptArticlePairs => JSON.parse(JSON.stringify(countArticlePairs(list).pairs.toJSON()));

describe('article pairs kept between builds', () => {
  it('the fixtures have enough pairs, dates and topics to tell counts apart', () => {
    expect(all.length).toBeGreaterThan(40);
    const counted = fresh(all);
    expect(counted.rows.length).toBeGreaterThan(200);
    expect(counted.rows.some((r) => (r as unknown[])[2] as number > 1)).toBe(true);
    expect(counted.rows.some((r) => ((r as unknown[])[5] as unknown[]).length > 0)).toBe(true);
  });

  it('kept as they were when nothing changed', () => {
    const got = countArticlePairs(all, keep(all));
    expect(got.reuse).toBe('kept');
    expect(canonical(got.pairs)).toEqual(fresh(all));
  });

  it('kept and added to when articles are new: the same counts as from nothing', () => {
    const old = all.slice(10);
    const got = countArticlePairs(all, keep(old));
    expect(got.reuse).toBe('added');
    expect(canonical(got.pairs)).toEqual(fresh(all));
    // In another order (the newest articles sort first in a build, last here): the same counts.
    expect(canonical(countArticlePairs([...all].reverse(), keep(all.slice(0, -10))).pairs)).toEqual(fresh(all));
  });

  it('counted whole again after an edit of a date, of the parties or of the topics', () => {
    const at = all.findIndex((a) => a.parties.length >= 3 && a.topicIds.length > 0);
    const kept = keep(all);
    const edits: Array<[string, ArticleParties]> = [
      ['a later date', { ...all[at], date: '2099-01-01' }],
      ['a party fewer', { ...all[at], parties: all[at].parties.slice(1) }],
      ['no topics', { ...all[at], topicIds: [] }],
    ];
    for (const [name, edit] of edits) {
      const list = all.map((a, i) => (i === at ? edit : a));
      // The edit shows in the counts: kept counts left as they were would be stale.
      expect(fresh(list), name).not.toEqual(fresh(all));
      const got = countArticlePairs(list, kept);
      expect(got.reuse, name).toBe('counted');
      expect(canonical(got.pairs), name).toEqual(fresh(list));
    }
  });

  it('counted whole again after a removal, new articles or not', () => {
    const kept = keep(all.slice(5));
    for (const list of [all.slice(6), [...all.slice(0, 5), ...all.slice(6)]]) {
      const got = countArticlePairs(list, kept);
      expect(got.reuse).toBe('counted');
      expect(canonical(got.pairs)).toEqual(fresh(list));
    }
  });

  it('an article counted twice is an error, not a doubled count', () => {
    const pairs = new ArticlePairs();
    pairs.add(all[0]);
    expect(() => pairs.add(all[0])).toThrow(/counted twice/);
  });
});

describe('article pairs past their first arrays', () => {
  it('an article naming 60 parties (1,770 pairs) and 20 topics counts and keeps each pair once', () => {
    const parties = Array.from({ length: 60 }, (_, i) => `actor-${String(i).padStart(2, '0')}`);
    const topicIds = Array.from({ length: 20 }, (_, i) => `topic-${i}`);
    const pairs = countArticlePairs([
      { slug: 'wide', date: '2025-02-01', parties, topicIds },
      { slug: 'narrow', date: '2025-01-15', parties: parties.slice(58), topicIds: topicIds.slice(19) },
    ]).pairs;
    expect(pairs.size).toBe(1770);
    const back = ArticlePairs.fromJSON(JSON.parse(JSON.stringify(pairs.toJSON())));
    expect(canonical(back)).toEqual(canonical(pairs));
    const rows = canonical(pairs).rows as unknown[][];
    expect(rows.find((r) => r[0] === 'actor-58' && r[1] === 'actor-59')).toEqual(['actor-58', 'actor-59', 2, '2025-01-15', '2025-02-01', [...topicIds.slice(0, 19).map((t) => [t, 1]), ['topic-19', 2]].sort((a, b) => (a[0] < b[0] ? -1 : 1))]);
    expect(rows.every((r) => (r[2] as number) >= 1 && (r[5] as unknown[]).length >= 20)).toBe(true);
  });
});

describe('article pairs kept with the articles added since apart (countArticlePairsAdded)', () => {
  // Through JSON, as the corpus cache stores both entries.
  const saved = <T>(v: T): T => JSON.parse(JSON.stringify(v));

  it('adds day after day to the kept pairs without saving them again, with the counts from nothing', () => {
    let kept = saved(countArticlePairsAdded(all.slice(30)).save);
    expect(kept.base).toBeDefined();
    for (const n of [25, 20, 12]) {
      const list = all.slice(n);
      const got = countArticlePairsAdded(list, kept.base, kept.added, 100);
      expect(got.reuse).toBe('added');
      expect(canonical(got.pairs)).toEqual(fresh(list));
      expect(got.save.base).toBeUndefined(); // the large entry is left as it was
      expect(got.save.added?.articles.map((a) => a.slug).sort()).toEqual(all.slice(n, 30).map((a) => a.slug).sort());
      kept = { ...kept, ...saved(got.save) };
    }
    const again = countArticlePairsAdded(all.slice(12), kept.base, kept.added, 100);
    expect(again.reuse).toBe('kept');
    expect(again.save).toEqual({});
    expect(canonical(again.pairs)).toEqual(fresh(all.slice(12)));
  });

  it('folds the added articles in once they pass the limit', () => {
    const first = saved(countArticlePairsAdded(all.slice(30)).save);
    const step = saved(countArticlePairsAdded(all.slice(25), first.base, first.added, 8).save);
    const got = countArticlePairsAdded(all.slice(20), first.base, step.added, 8);
    expect(got.save.added).toEqual({ base: all.length - 20, articles: [] });
    expect(canonical(ArticlePairs.fromJSON(saved(got.save.base!)))).toEqual(fresh(all.slice(20)));
    const next = countArticlePairsAdded(all, saved(got.save.base), saved(got.save.added), 8);
    expect(canonical(next.pairs)).toEqual(fresh(all));
  });

  it('counts whole after an added article is edited or removed, and ignores an added list made for other kept pairs', () => {
    const first = saved(countArticlePairsAdded(all.slice(30)).save);
    const step = saved(countArticlePairsAdded(all.slice(25), first.base, first.added, 100).save);
    const edited = all.slice(25).map((a, i) => (i === 0 ? { ...a, date: '2099-01-01' } : a));
    for (const list of [edited, all.slice(26)]) {
      const got = countArticlePairsAdded(list, first.base, step.added, 100);
      expect(got.reuse).toBe('counted');
      expect(canonical(got.pairs)).toEqual(fresh(list));
    }
    const other = countArticlePairsAdded(all.slice(25), first.base, { ...step.added!, base: 1 }, 100);
    expect(other.reuse).toBe('added');
    expect(canonical(other.pairs)).toEqual(fresh(all.slice(25)));
  });
});
