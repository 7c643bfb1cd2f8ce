// Twenty-third pass (session 31, 15r): the partial tier orders its pages by how strongly each holds the units it
// shares with the query, not only by which units it holds. Pages and scores here have the shapes the spent sets'
// concept misses had: the page about the clause holds a less rare word in its title, a decoy names two rarer words
// once in passing (docs/search.md «Twenty-third pass: ranking»).
import { describe, expect, it } from 'vitest';
import { bestPartial } from './tiers';
import { evidenceWeight, unitStrengths, EVIDENCE_SPAN } from './unitEvidence';
import type { QueryUnit } from './keys';

const unit = (text: string): QueryUnit => ({ text, terms: [text], any: text });
const hits = (...xs: Array<[string, number]>) => xs.map(([id, score]) => ({ id, score }));

describe('unitStrengths', () => {
  it('reads each page against the best page of the same search', () => {
    const s = unitStrengths(hits(['title-page', 8.4], ['body-page', 2.1], ['passing', 0.42]));
    expect(s.get('title-page')).toBe(1);
    expect(s.get('body-page')).toBeCloseTo(0.25);
    expect(s.get('passing')).toBeCloseTo(0.05);
  });
  it('a search whose scores say nothing (all zero) leaves every page whole', () => {
    expect([...unitStrengths(hits(['a', 0], ['b', 0])).values()]).toEqual([1, 1]);
  });
  it('a unit held in passing keeps half its rarity, held most strongly all of it', () => {
    expect(evidenceWeight(3, 1)).toBe(3);
    expect(evidenceWeight(3, 0)).toBeCloseTo(3 * (1 - EVIDENCE_SPAN));
  });
});

describe('the partial tier by evidence', () => {
  // «عمال المحطة النووية يجبرون على العمل»: the plant's page says «العمال» in its title and «المحطة» often; a page on
  // a port names «المحطة» and «النووية» once each. 100 pages; «المحطة» and «النووية» on 4, «عمال» on 10.
  const units = ['عمال', 'المحطة', 'النووية', 'يجبرون'].map(unit);
  const pad = (n: number, from: number) => Array.from({ length: n }, (_, i): [string, number] => [`other-${from + i}`, 0.3]);
  const perUnit = [
    hits(['plant', 9.1], ['decoy', 0.4], ...pad(8, 0)),
    hits(['plant', 6.2], ['port', 0.7], ['decoy', 0.5], ['other-20', 5.9]),
    hits(['port', 0.6], ['other-21', 7.4], ['other-22', 6.8], ['other-23', 6.1]),
    [],
  ];
  it('ranks the page holding fewer rare words strongly above the page naming rarer ones in passing', () => {
    const ids = bestPartial(units, perUnit, { total: 100 }).map((x) => x.result.id);
    expect(ids.indexOf('plant')).toBeLessThan(ids.indexOf('port'));
  });
  it('keeps the same pages: the evidence orders them, the held words still decide which come back', () => {
    const ids = bestPartial(units, perUnit, { total: 100 }).map((x) => x.result.id);
    expect(new Set(ids)).toEqual(new Set(['plant', 'port', 'decoy']));
  });
});
