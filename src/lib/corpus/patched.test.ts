// The corpus patched from the last build's kept parts (the pair counts, the same-text pairs) equals
// the corpus assembled from scratch, over seeded random sequences of daily updates: additions
// (among them copies of a dispatch, which join and leave same-text groups), edits and removals,
// on the bundled articles, the labelled stories pages (dev) and pages generated from them.
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusInput } from './buildCorpus';
import { JsonCorpusCache } from './cache';
import { loadCuratedData } from '../data/load';
import { readBundledArticles, readPart } from '../stories/fixtures.test-helpers';
import type { ArticleDoc } from '../types';

const data = loadCuratedData();
const originals: ArticleDoc[] = [...readBundledArticles(), ...readPart('dev')];

/** A seeded PRNG (mulberry32): the same sequences on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Generated pages in the shape of a republished dispatch: another outlet's copy under its own
// headline, a day later, its last paragraph trimmed and a line of its own added (our text).
const copyOf = (a: ArticleDoc, n: number): ArticleDoc => ({
  ...a,
  slug: `${a.slug}-copy-${n}`,
  raw: `${a.slug}-copy-${n}.txt`,
  title: `${a.title} (نقلا عن وكالة)`,
  source: `موقع الأخبار ${n}`,
  date: a.date ? `${a.date.slice(0, 8)}${String(Math.min(28, Number(a.date.slice(8, 10)) + 1)).padStart(2, '0')}` : a.date,
  paragraphs: [...a.paragraphs.slice(0, Math.max(1, a.paragraphs.length - 1)), 'وتابع موقعنا التطورات أولا بأول من مراسله في المنطقة.'],
});

const plain = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v].sort() : v instanceof Set ? [...v].sort() : v)));
const withCache = (input: CorpusInput, cache: JsonCorpusCache) => {
  const { contentKeys: _k, resultKeys: _r, ...corpus } = buildCorpus(input, { cache, codeVersion: 'v1' });
  return corpus;
};

describe('the corpus patched by a daily update', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals the corpus built from scratch over a random sequence of updates (seed ${seed})`, { timeout: 180_000 }, () => {
      const next = rng(seed);
      const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
      const unused = [...originals];
      const take = () => unused.splice(Math.floor(next() * unused.length), 1)[0];
      let articles = Array.from({ length: 14 }, take);
      let copies = 0;
      let cache = new JsonCorpusCache();
      withCache({ ...data, articles }, cache);
      let groupsSeen = 0;
      for (let step = 0; step < 5; step++) {
        const done: string[] = [];
        // A daily update: a few new pages, a copy of a dispatch, sometimes an edit or a removal.
        for (let k = 0; k < 1 + Math.floor(next() * 3) && unused.length; k++) articles.push(take());
        const copied = pick(articles);
        articles.push(copyOf(copied, ++copies));
        done.push(`add, copy ${copied.slug}`);
        if (next() < 0.7) {
          // Half the edits fall on a copy made before: it may leave its group.
          const copiesNow = articles.flatMap((a, i) => (a.slug.includes('-copy-') ? [i] : []));
          const i = copiesNow.length && next() < 0.5 ? pick(copiesNow) : Math.floor(next() * articles.length);
          const how = next();
          const a = articles[i];
          articles[i] =
            how < 0.4
              ? { ...a, paragraphs: [a.paragraphs[0], 'وقال مسؤول إن المحادثات بين موسكو وكييف ستستأنف الأسبوع المقبل في إسطنبول.', ...a.paragraphs.slice(1)] }
              : how < 0.7
                ? { ...a, date: '2025-06-30' }
                : { ...a, paragraphs: a.paragraphs.slice(0, Math.max(1, Math.ceil(a.paragraphs.length / 3))) };
          done.push(`edit ${a.slug}`);
        }
        if (next() < 0.6) {
          const [gone] = articles.splice(Math.floor(next() * articles.length), 1);
          done.push(`remove ${gone.slug}`);
        }
        // As a build does: the cache saved with what the last build used, and read again.
        cache = new JsonCorpusCache(cache.used());
        const input = { ...data, articles };
        const got = withCache(input, cache);
        // From scratch: an empty cache (every result computed, the pairs found over all articles).
        const scratch = new JsonCorpusCache();
        const want = withCache(input, scratch);
        const what = `seed ${seed} step ${step}: ${done.join('; ')}`;
        expect(plain(got), what).toEqual(plain(want));
        // The kept same-text pairs themselves, with their overlaps, as the next update reads
        // them: equal to those found over all articles (the corpus shows only their groups).
        expect(Object.values(cache.used().sameTextPairs ?? {}), what).toEqual(Object.values(scratch.used().sameTextPairs));
        groupsSeen += got.stories.groups.length;
      }
      // And the corpus assembled without any cache, as a plain `astro build` does.
      expect(plain(withCache({ ...data, articles }, cache))).toEqual(plain(buildCorpus({ ...data, articles })));
      // The sequence made copies: same-text groups the patch had to follow.
      expect(groupsSeen).toBeGreaterThan(0);
    });
  }
});
