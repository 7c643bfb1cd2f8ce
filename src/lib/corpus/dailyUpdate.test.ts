// What a daily update (new articles of the newest day) makes the corpus compute again and the
// pages stand for (docs/scale.md «Incremental builds», session 13): only the new articles' own
// results, not those of every older article holding a word of a person the new ones also name.
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusInput } from './buildCorpus';
import { JsonCorpusCache } from './cache';
import { loadCuratedData } from '../data/load';
import { readBundledArticles } from '../stories/fixtures.test-helpers';
import type { ArticleDoc } from '../types';

const data = loadCuratedData();
const bundled: ArticleDoc[] = readBundledArticles().slice(0, 6);

// Our own text, in the shape of agency copy: one person the dictionary lacks, named under two
// spellings in two older articles; the new article of the newest day names both again.
const doc = (slug: string, date: string, paragraphs: string[]): ArticleDoc => ({ slug, date, title: paragraphs[0].slice(0, 40), raw: `${slug}.txt`, tags: [], paragraphs });
const older = [
  doc('minsk-talks', '2025-01-20', [
    'وقال وزير الخارجية البيلاروسي ماكسيم ريجينكوف إن مينسك تدعم المحادثات بين موسكو وكييف.',
    'وأضاف ريجينكوف أن بلاده مستعدة لاستضافة جولة جديدة من المفاوضات.',
  ]),
  doc('minsk-grain', '2025-01-12', [
    'أعلن وزير الخارجية البيلاروسي ماكسيم ريجينكوف أن مينسك ستفتح ممرا لنقل الحبوب.',
    'وقال نيكولاي ريجينكوف في مؤتمر صحفي إن الممر سيعمل الشهر المقبل.',
  ]),
];
const newest = doc('minsk-visit', '2025-03-02', [
  'وصل وزير الخارجية البيلاروسي ماكسيم ريجينكوف إلى أنقرة في زيارة رسمية.',
  'وقال نيكولاي ريجينكوف إن الزيارة تتناول التجارة، وأضاف ريجينكوف أن الطرفين سيوقعان اتفاقا.',
]);

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v].sort() : v instanceof Set ? [...v].sort() : v)));
}
const withCache = (input: CorpusInput, cache: JsonCorpusCache, codeVersion = 'v1') => buildCorpus(input, { cache, codeVersion });

describe('a daily update through the corpus cache', () => {
  it('a new article of the newest day, naming a known discovered person again, relinks itself only', { timeout: 60_000 }, () => {
    const base = [...bundled, ...older];
    const cache = new JsonCorpusCache();
    const before = withCache({ ...data, articles: base }, cache);
    const person = before.candidates.find((c) => c.strong && c.name.endsWith('ريجينكوف'));
    expect(person, 'the older articles discover the person').toBeDefined();
    const grown = new JsonCorpusCache(cache.used());
    const after = withCache({ ...data, articles: [...base, newest] }, grown);
    // The new article sorts first (newest day): the person's spellings must not follow that order.
    expect(grown.computedKeys('linkSummary').size).toBe(1);
    expect(grown.computedKeys('linkMentions').size).toBe(1);
    expect(grown.computedKeys('linkInputs').size).toBe(1);
    for (const a of base) expect(after.resultKeys!.get(a.slug), a.slug).toBe(before.resultKeys!.get(a.slug));
    // And the cached corpus is the one a build from nothing gives.
    const { contentKeys: _c, resultKeys: _r, ...cached } = after;
    expect(plain(cached)).toEqual(plain(buildCorpus({ ...data, articles: [...base, newest] })));
  });

  it('the people discovered do not depend on the order the articles come in', () => {
    const forward = buildCorpus({ ...data, articles: [...bundled, ...older, newest] });
    // The same texts, the third Minsk article dated before the other two: read last, not first.
    const backward = buildCorpus({ ...data, articles: [...bundled, ...older, { ...newest, date: '2024-12-01' }] });
    const people = (c: ReturnType<typeof buildCorpus>) => [...c.actors.values()].filter((a) => a.discovered).map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, short: a.short }));
    expect(people(forward).length).toBeGreaterThan(0);
    expect(people(backward)).toEqual(people(forward));
  });

  it('an article computed again with the same result keeps what its pages stand for', { timeout: 60_000 }, () => {
    // Another code version reads none of the kept results: every article is linked again.
    const articles = [...bundled, ...older];
    const first = withCache({ ...data, articles }, new JsonCorpusCache(), 'v1');
    const second = withCache({ ...data, articles }, new JsonCorpusCache(), 'v2');
    for (const a of articles) expect(second.resultKeys!.get(a.slug), a.slug).toBe(first.resultKeys!.get(a.slug));
  });
});
