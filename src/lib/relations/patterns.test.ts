import { describe, expect, it } from 'vitest';
import { compileRelationPatterns } from './patterns';
import { loadRelationPatterns, parseRelationPatterns } from '../data/load';
import { findPatterns, wordReadings } from './classify';
import { tokenize } from '../arabic';

describe('relation patterns', () => {
  const patterns = compileRelationPatterns(loadRelationPatterns());

  it('loads and compiles content/relation-patterns.yaml', () => {
    const types = new Set(patterns.patterns.map((p) => p.type));
    expect([...types].sort()).toEqual(['accusation', 'mediation', 'sanctions', 'support', 'talks']);
    const star = patterns.patterns.find((p) => p.source === 'عقوب*')!;
    expect(star.words).toEqual([{ norm: 'عقوب', prefix: true }]);
  });

  it('rejects a malformed file with the path of the error', () => {
    expect(() => parseRelationPatterns('talks: {label: x, en: y, patterns: []}')).toThrow(/patterns|support/);
    expect(() => parseRelationPatterns('talks:\n  label: a\n  en: b\n  patterns: [x]\n  extra: 1\n', 'r.yaml')).toThrow(/r\.yaml:2 "talks" has unknown field "extra"/);
  });

  it('matches normalised, with proclitics and pronoun suffixes', () => {
    expect(wordReadings('والمساعدات')).toContain('مساعدات');
    expect(wordReadings('مساعدتها')).toContain('مساعده');
    const types = (text: string) => findPatterns(tokenize(text), patterns.patterns).map((h) => h.pattern.type);
    expect(types('وبمساعدتها')).toContain('support');
    expect(types('للعقوبات')).toContain('sanctions');
    expect(types('بالوساطة')).toContain('mediation');
    expect(types('أجرى اتصالاً هاتفياً')).toContain('talks');
    expect(types('واتّهم')).toContain('accusation');
    expect(types('قال الوزير')).toEqual([]);
  });
});
