import { describe, expect, it } from 'vitest';
import { loadThesaurus, parseThesaurus } from './thesaurus';
import { DataFileError } from './yaml';

describe('content/search-thesaurus.yaml', () => {
  it('loads: 300 concepts or more in 15 domains or more, two phrasings at least each', () => {
    const all = loadThesaurus();
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((c) => c.id.split('/')[0])).size).toBeGreaterThanOrEqual(15);
    for (const c of all) expect(c.phrasings.length, c.id).toBeGreaterThanOrEqual(2);
  });
  it('refuses a phrasing in two concepts (with or without the article), a concept of one phrasing, a bad id', () => {
    expect(() => parseThesaurus('- domain: war\n  concepts:\n    a: [هدنة, تهدئة]\n    b: [الهدنة, وقف القتال]\n')).toThrow(DataFileError);
    expect(() => parseThesaurus('- domain: war\n  concepts:\n    a: [هدنة]\n')).toThrow(DataFileError);
    expect(() => parseThesaurus('- domain: War\n  concepts:\n    a: [هدنة, تهدئة]\n')).toThrow(DataFileError);
    expect(parseThesaurus('- domain: war\n  concepts:\n    a: [هدنة, تهدئة]\n')).toEqual([{ id: 'war/a', phrasings: ['هدنة', 'تهدئة'] }]);
  });
});
