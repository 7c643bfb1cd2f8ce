// The query's word buckets named from its letters (letterBuckets.ts, session 44, 15s), against the buckets the first
// plan really reads (bucketedContext.ts firstReads), over every query of the repository's search sets.
import { describe, expect, it } from 'vitest';
import { letterBuckets } from './letterBuckets';
import { firstReads } from './bucketedContext';
import { bucketFile } from './wordBuckets';
import { planQuery } from './keys';
import { QUERY_FILES, loadQueries } from '../../../tests/fixtures/search/harness';

describe('letterBuckets', () => {
  it('names the files as the index writes them, for each step of a word as its clitics go', () => {
    expect(letterBuckets('وبالحرب')).toEqual(['وب', 'با', 'حر'].map(bucketFile));
    // An article before a stem of three letters or more is never looked up with it: no bucket of its own.
    expect(letterBuckets('النفط')).toEqual(['نف'].map(bucketFile));
    // Folded as the keys are (أ → ا, ة → ه), marks and tatweel dropped; a word of two letters is its own bucket.
    expect(letterBuckets('أَزمـة في')).toEqual(['از', 'في'].map(bucketFile));
    expect(letterBuckets('Putin 2024')).toEqual([]);
  });

  it('runs from its own source alone, as the /search/ page inlines it', () => {
    const copy = new Function(`return (${letterBuckets.toString()})`)() as typeof letterBuckets;
    expect(copy('قمة بوتين وترامب في ألاسكا')).toEqual(letterBuckets('قمة بوتين وترامب في ألاسكا'));
  });

  it('names every bucket of the first plan for nearly every query, and hardly one it does not read', () => {
    const queries = [...new Set(Object.keys(QUERY_FILES).flatMap((set) => loadQueries(set).map((q) => q.q)))];
    expect(queries.length).toBeGreaterThan(1500);
    let whole = 0;
    let needless = 0;
    for (const q of queries) {
      // The concepts' `#` buckets are reached through kb-search.json's tables: no rule on letters names them.
      const read = firstReads((ctx) => planQuery(q, ctx, { concepts: true })).filter((b) => !b.startsWith('#')).map(bucketFile);
      const named = letterBuckets(q);
      if (read.every((f) => named.includes(f))) whole++;
      needless += named.filter((f) => !read.includes(f)).length;
    }
    // 3,558 of 3,870, and none needless, when written (2026-12-07): a missed bucket is asked for by the engine as
    // before, a needless one is bytes a reader would not have fetched.
    expect(whole / queries.length).toBeGreaterThan(0.9);
    expect(needless / queries.length).toBeLessThan(0.05);
  }, 120_000);
});
