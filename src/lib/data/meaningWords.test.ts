import { describe, expect, it } from 'vitest';
import { loadMeaningWords, MEANING_PREFIX, parseMeaningWords } from './meaningWords';
import { DataFileError } from './yaml';

describe('content/search-meaning-words.yaml', () => {
  it('loads: groups of two words at least, each id under the meaning prefix, one word each', () => {
    const all = loadMeaningWords();
    expect(all.length).toBeGreaterThanOrEqual(80);
    for (const g of all) {
      expect(g.id.startsWith(MEANING_PREFIX), g.id).toBe(true);
      expect(g.phrasings.length, g.id).toBeGreaterThanOrEqual(2);
      for (const w of g.phrasings) expect(/\s/.test(w), `${g.id}: «${w}»`).toBe(false);
    }
  });
  it('keeps the senses it was written to keep out of the groups', () => {
    const words = new Set(loadMeaningWords().flatMap((g) => g.phrasings));
    for (const w of ['صف', 'الصف', 'ثمن', 'النار', 'انقلاب', 'الأسر', 'دعم', 'دقيق', 'زيت', 'الطلب']) expect(words.has(w), w).toBe(false);
  });
  it('refuses a phrase, a group of one word, a group listed twice, a word twice in a group', () => {
    expect(() => parseMeaningWords('- domain: a\n  words:\n    x: [هزة, اهتزت الأرض]\n')).toThrow(DataFileError);
    expect(() => parseMeaningWords('- domain: a\n  words:\n    x: [هزة]\n')).toThrow(DataFileError);
    expect(() => parseMeaningWords('- domain: a\n  words:\n    x: [هزة, زلزال]\n- domain: b\n  words:\n    x: [منع, حظر]\n')).toThrow(DataFileError);
    expect(() => parseMeaningWords('- domain: a\n  words:\n    x: [هزة, هزة]\n')).toThrow(DataFileError);
    expect(parseMeaningWords('- domain: a\n  words:\n    x: [هزة, اهتزت]\n')).toEqual([{ id: 'meaning/a/x', phrasings: ['هزة', 'اهتزت'] }]);
  });
});
