import { describe, expect, it } from 'vitest';
import { loadRelationPatterns, parseRelationPatterns } from '../data/load';
import { compileRelationPatterns } from './patterns';
import { tokenReadings, wordReadings } from './words';
import { tokenize } from '../arabic';

const data = loadRelationPatterns();

describe('relation patterns', () => {
  const patterns = compileRelationPatterns(data);

  it('loads and compiles content/relation-patterns.yaml', () => {
    expect(patterns.rules.length).toBeGreaterThan(20);
    expect(Object.keys(patterns.labels).sort()).toEqual(['accusation', 'mediation', 'sanctions', 'support', 'talks']);
    expect(patterns.labels.sanctions.out).toBeTruthy();
    const rule = patterns.rules.find((r) => r.source.startsWith('@host X ... @talk ... بين A2'))!;
    expect(rule.gives).toEqual([
      { type: 'mediation', a: 'X', b: 'A', directed: false, sides: false },
      { type: 'talks', a: 'A', b: null, directed: false, sides: false },
    ]);
    expect(rule.elements.map((e) => e.kind)).toEqual(['words', 'slot', 'words', 'words', 'slot']);
  });

  it('rejects a malformed file with the path of the error', () => {
    expect(() => parseRelationPatterns('talks: {label: x, en: y}', 'r.yaml')).toThrow(/r\.yaml/);
    const extra = 'talks:\n  label: a\n  en: b\n  both: c\n  extra: 1\n';
    expect(() => parseRelationPatterns(extra, 'r.yaml')).toThrow(/r\.yaml:2 "talks" has unknown field "extra"/);
  });

  it('rejects a rule it cannot read, naming the rule', () => {
    const withRule = (rule: string) => ({ ...data, rules: [rule] });
    expect(() => compileRelationPatterns(withRule('@nosuch A B => talks A B'))).toThrow(/rule "@nosuch A B => talks A B": no word class "nosuch"/);
    expect(() => compileRelationPatterns(withRule('@accuse A B => accusation A B'))).toThrow(/accusation is directed: write A>B/);
    expect(() => compileRelationPatterns(withRule('@meet A B => talks A C'))).toThrow(/slot C is not in the pattern/);
    expect(() => compileRelationPatterns(withRule('A B => talks A B'))).toThrow(/needs at least one @word class/);
  });

  it('reads tokens normalised, with proclitics and pronoun suffixes; verbs without the article', () => {
    expect(wordReadings('والمساعدات')).toContain('مساعدات');
    expect(wordReadings('مساعدتها')).toContain('مساعده');
    const [dem] = tokenize('الدعم').map(tokenReadings);
    expect(dem.all).toContain('دعم');
    expect(dem.verb).not.toContain('دعم');
    const [lbahth] = tokenize('لبحث').map(tokenReadings);
    expect(lbahth.verb).not.toContain('بحث');
  });
});
