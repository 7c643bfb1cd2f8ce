// The stories benchmark's planting and scoring (scripts/bench/stories.ts): a planted copy is
// the same text, a planted paraphrase is not (but keeps the words), and pair counts are right.
import { describe, expect, it } from 'vitest';
import { copyOf, pairCounts, paraphraseOf } from '../../scripts/bench/stories';
import { Rng } from '../../scripts/bench/prng';
import { readPart } from '../../src/lib/stories/fixtures.test-helpers';
import { lightStem, overlap, shingleSet, textTokens } from '../../src/lib/stories/text';

const dev = readPart('dev');
const asStory = (slug: string) => {
  const a = dev.find((x) => x.slug === slug)!;
  return { slug: a.slug, title: a.title, date: a.date, paragraphs: a.paragraphs, actorIds: [], topicIds: [] };
};
const src = asStory('e04-france24');
const other = asStory('e09-bbc');
const shingles = (p: string[]) => shingleSet(textTokens(p));

describe('planted copies and paraphrases', () => {
  it('a copy keeps most of the text (the same-text level must find it)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const copy = copyOf(new Rng(`t:${seed}`), src, other, 'c');
      expect(overlap(shingles(src.paragraphs), shingles(copy.paragraphs)).containment).toBeGreaterThan(0.6);
      expect([src.date, '2025-07-03']).toContain(copy.date);
    }
  });

  it('a paraphrase shares few five-word runs but much of the vocabulary', () => {
    for (let seed = 0; seed < 20; seed++) {
      const para = paraphraseOf(new Rng(`t:${seed}`), src, other, 'p');
      const containment = overlap(shingles(src.paragraphs), shingles(para.paragraphs)).containment;
      expect(containment).toBeLessThan(0.2);
      const stems = (p: string[]) => new Set(textTokens(p).map(lightStem));
      const kept = [...stems(src.paragraphs)].filter((s) => stems(para.paragraphs).has(s)).length;
      expect(kept / stems(src.paragraphs).size).toBeGreaterThan(Math.max(0.25, 2 * containment));
    }
  });
});

describe('pair counts against the planted truth', () => {
  it('counts true, false and missed pairs of two partitions', () => {
    const truth = new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'y']]);
    // a+b found, c missed, d wrongly joined to a's group.
    const predicted = new Map([['a', 'g'], ['b', 'g'], ['d', 'g']]);
    expect(pairCounts(truth, predicted)).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(pairCounts(truth, new Map())).toEqual({ tp: 0, fp: 0, fn: 3 });
  });
});
