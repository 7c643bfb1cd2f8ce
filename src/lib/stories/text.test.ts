import { describe, expect, it } from 'vitest';
import { readPart } from './fixtures.test-helpers';
import { lightStem, overlap, shingleSet, textTokens } from './text';

const dev = new Map(readPart('dev').map((a) => [a.slug, a]));
const shingles = (slug: string) => shingleSet(textTokens(dev.get(slug)!.paragraphs));

describe('shingles over normalised Arabic', () => {
  it('spelling variants an outlet changes (hamza seats, ة/ه, ى/ي, tashkeel) give the same shingles', () => {
    const a = shingleSet(textTokens(['أعلن وزير الخارجية التركي أن الجولة المقبلة ستُعقد في إسطنبول الأسبوع القادم.']));
    const b = shingleSet(textTokens(['اعلن وزير الخارجيه التركى ان الجولة المقبله ستعقد في اسطنبول الاسبوع القادم']));
    expect(overlap(a, b)).toEqual({ jaccard: 1, containment: 1 });
  });

  it('a copy trimmed of its last paragraph is wholly contained in the dispatch', () => {
    const o = overlap(shingles('e01-anadolu'), shingles('e01-alquds'));
    expect(o.containment).toBe(1);
    expect(o.jaccard).toBeLessThan(0.9);
  });

  it('a changed first line still leaves most of the dispatch shared', () => {
    const o = overlap(shingles('e04-france24'), shingles('e04-asharqalawsat'));
    expect(o.containment).toBeGreaterThan(0.7);
  });

  it('two outlets telling one event in their own words share almost no shingle', () => {
    expect(overlap(shingles('e04-france24'), shingles('e04-dw')).containment).toBeLessThan(0.1);
  });

  it('a text shorter than one shingle still has one', () => {
    expect(shingleSet(textTokens(['قمة في أنقرة']))).toHaveLength(1);
    expect(shingleSet([])).toHaveLength(0);
  });
});

describe('light stems for event similarity', () => {
  it('drops a leading conjunction, preposition and article, never below three letters', () => {
    expect(lightStem('والرءيس')).toBe('رءيس');
    expect(lightStem('بالعقوبات')).toBe('عقوبات');
    expect(lightStem('الال')).toBe('الال');
    expect(lightStem('روسيا')).toBe('روسيا');
  });
});
