// Thirty-seventh round (13c): the calibration counts of scripts/calibrate-ingest.ts — buckets, thresholds, folds and
// lone rules pooled with the blind sets as first scored.
import { describe, expect, it } from 'vitest';
import { calibrationTable, chooseHeldRules, chooseThreshold, foldOf, loneRule, outcomeOf, pooledLoneRules, type Candidate } from './calibration';

const cand = (confidence: number, outcome: Candidate['outcome'], kind: Candidate['kind'] = 'chosen', rule = 'r', set = 'dev'): Candidate =>
  ({ set, page: 'p', article: 0, field: 'outlet', kind, confidence, outcome, rule, guess: kind === 'none' ? null : 'x', label: outcome === 'null' ? null : 'x' });

describe('calibration counts', () => {
  it('reads an outcome from the kind, the match and the label', () => {
    expect(outcomeOf('chosen', true, false)).toBe('right');
    expect(outcomeOf('held', false, false)).toBe('wrong');
    expect(outcomeOf('chosen', false, true)).toBe('null');
    expect(outcomeOf('none', false, true)).toBe('null');
    expect(outcomeOf('none', false, false)).toBe('miss');
  });

  it('fills down to the confidence where a wrong value stops paying: precision ≥ cost / (1 + cost)', () => {
    // 0.9: 10 right; 0.5: 4 right 1 wrong (0.8); 0.3: 1 right 1 wrong (0.5).
    const cs = [...Array(10).fill(0).map(() => cand(0.9, 'right')), ...Array(4).fill(0).map(() => cand(0.5, 'right')), cand(0.5, 'wrong'), cand(0.3, 'right', 'held'), cand(0.3, 'null', 'held')];
    expect(chooseThreshold(cs, 4)).toBe(0.9); // 4 − 4 = 0 gained at 0.5: the higher line wins a tie
    expect(chooseThreshold(cs, 3)).toBe(0.5);
    expect(chooseThreshold(cs, 1)).toBe(0.5); // the held-back bucket nets 0 at cost 1: left held back
    expect(chooseThreshold(cs, 0.5)).toBe(0.3);
    expect(chooseThreshold([cand(0.6, 'wrong')], 4)).toBe(1.01); // nothing pays: fill nothing
  });

  it('prints per bucket what flipping its decision would do, and the fields with no candidate', () => {
    const table = calibrationTable([cand(0.44, 'right'), cand(0.44, 'wrong'), cand(0.3, 'right', 'held'), cand(0.8, 'miss', 'none'), cand(0.8, 'null', 'none')]);
    expect(table).toContain('| chosen | 0.42–0.45 | 2 | 1 | 1 | 0 | 0.50 | hold back: −1 right, 1 wrong → empty, 0 nulls emptied |');
    expect(table).toContain('| held | 0.30–0.35 | 1 | 1 | 0 | 0 | 1.00 | fill: +1 right, 0 empty → wrong, 0 nulls filled |');
    expect(table).toContain('| none | — | 2 | — | — | 1 | — | no candidate: 1 labelled fields never recognised |');
  });

  it('holds back a lone rule at a weight only where enough of its readings were wrong, never an agreed reading', () => {
    expect(loneRule(cand(0.45, 'wrong', 'chosen', '© line (a Latin name)'))).toBe('© line (a Latin name) @0.45');
    expect(loneRule(cand(0.53, 'right', 'chosen', '© line (a Latin name); agreed by the frame\'s line 9'))).toBeNull();
    expect(loneRule(cand(0.3, 'right', 'held', 'abstained'))).toBeNull();
    const weak = [cand(0.45, 'wrong', 'chosen', 'a'), cand(0.45, 'wrong', 'chosen', 'a'), cand(0.45, 'right', 'chosen', 'a')];
    const sound = [cand(0.5, 'right', 'chosen', 'b'), cand(0.5, 'right', 'chosen', 'b'), cand(0.5, 'right', 'chosen', 'b'), cand(0.5, 'right', 'chosen', 'b'), cand(0.5, 'right', 'chosen', 'b'), cand(0.5, 'wrong', 'chosen', 'b')];
    expect(chooseHeldRules([...weak, ...sound], 4)).toEqual(['a @0.45']);
    expect(chooseHeldRules(weak.slice(0, 2), 4)).toEqual([]); // two readings are too few to judge a rule by
  });

  it('holds a rule back only where the blind sets, not the tuned ones alone, find it under the bar', () => {
    const many = (n: number, outcome: Candidate['outcome'], rule: string) => Array.from({ length: n }, () => cand(0.45, outcome, 'chosen', rule));
    const blind = [...many(4, 'wrong', 'latin'), ...many(1, 'wrong', 'domain'), ...many(3, 'right', 'sound'), ...many(1, 'wrong', 'sound')];
    const seen = [...many(1, 'right', 'latin'), ...many(4, 'right', 'domain'), ...many(3, 'wrong', 'domain'), ...many(20, 'right', 'sound')];
    const rows = pooledLoneRules(blind, seen, 4);
    const held = (rule: string) => rows.find((r) => r.rule === `${rule} @0.45`)!;
    expect(held('latin')).toMatchObject({ blind: [0, 4], seen: [1, 0], held: true }); // 1 of 5, 0 of 4 blind
    expect(held('domain').held).toBe(false); // 4 of 8 together, but one blind reading is too few to judge by
    expect(held('sound').held).toBe(false); // 23 of 24
  });

  it('splits the sets into the odd and even asides for cross-validation', () => {
    expect([foldOf('dev'), foldOf('fixtures'), foldOf('aside'), foldOf('aside3'), foldOf('aside36'), foldOf('seeds')]).toEqual(['A', 'A', 'A', 'A', 'B', undefined]);
  });
});
