import { describe, expect, it } from 'vitest';
import { readPart } from './fixtures.test-helpers';
import { DEFAULT_LSH, estimatedJaccard, hashSeeds, lshCandidates, lshCandidatesWith, signature } from './minhash';
import { overlap, shingleSet, textTokens } from './text';

const articles = readPart('dev');
const sets = articles.map((a) => shingleSet(textTokens(a.paragraphs)));
const seeds = hashSeeds(DEFAULT_LSH.bands * DEFAULT_LSH.rows, DEFAULT_LSH.seed);
const sigs = sets.map((s) => signature(s, seeds));
const index = (slug: string) => articles.findIndex((a) => a.slug === slug);

describe('MinHash', () => {
  it('the seeded family is the same on every run', () => {
    expect(hashSeeds(4, 7)).toEqual(hashSeeds(4, 7));
    expect(hashSeeds(4, 7)).not.toEqual(hashSeeds(4, 8));
  });

  it('estimates the Jaccard similarity of copies and of unrelated reports within 0.15', () => {
    for (const [a, b] of [['e01-anadolu', 'e01-trt'], ['e06-alarabiya', 'e06-albayan'], ['e04-france24', 'e04-dw'], ['e02-rt', 'e09-bbc']]) {
      const real = overlap(sets[index(a)], sets[index(b)]).jaccard;
      expect(Math.abs(estimatedJaccard(sigs[index(a)], sigs[index(b)]) - real)).toBeLessThan(0.15);
    }
  });
});

describe('LSH candidates', () => {
  const pairs = lshCandidates(sigs);
  const has = (a: string, b: string) => pairs.some(([x, y]) => (x === index(a) && y === index(b)) || (x === index(b) && y === index(a)));

  it('finds every republished copy, trimmed and re-headlined ones too', () => {
    expect(has('e01-anadolu', 'e01-alquds')).toBe(true);
    expect(has('e01-anadolu', 'e01-trt')).toBe(true);
    expect(has('e04-france24', 'e04-asharqalawsat')).toBe(true);
    expect(has('e06-alarabiya', 'e06-elaph-undated')).toBe(true);
  });

  it('proposes few of all pairs (the cost follows the copies, not the square of the corpus)', () => {
    const all = (articles.length * (articles.length - 1)) / 2;
    expect(pairs.length).toBeLessThan(all / 10);
    expect(has('e04-france24', 'e04-dw')).toBe(false);
  });

  it('the candidates holding some changed texts are those of all candidates, found from their buckets alone', () => {
    const copies = ['e01-trt', 'e04-asharqalawsat', 'e06-elaph-undated'].map(index);
    for (const changed of [copies, [index('e02-rt')], [], sigs.map((_, i) => i)]) {
      const want = pairs.filter(([a, b]) => changed.includes(a) || changed.includes(b));
      expect(lshCandidatesWith(sigs, changed)).toEqual(want);
    }
    expect(lshCandidatesWith(sigs, copies).length).toBeGreaterThanOrEqual(3);
  });
});
