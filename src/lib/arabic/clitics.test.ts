import { describe, expect, it } from 'vitest';
import { normalizeArabic as n } from './normalize';
import { cliticReadings, cliticVariants, isDefinite } from './clitics';

describe('clitic variants', () => {
  it('strips conjunctions, prepositions and the article', () => {
    expect(cliticVariants(n('وبوتين'))).toContain('بوتين');
    expect(cliticVariants(n('لبوتين'))).toContain('بوتين');
    expect(cliticVariants(n('بالكرملين'))).toEqual(expect.arrayContaining(['الكرملين', 'كرملين']));
    expect(cliticVariants(n('وللناتو'))).toEqual(expect.arrayContaining(['الناتو', 'ناتو']));
    expect(cliticVariants(n('فالرئيس'))).toContain(n('الرئيس'));
    expect(cliticVariants(n('كالعادة'))).toContain(n('العادة'));
  });
  it('puts the token as written first', () => {
    expect(cliticReadings(n('وبوتين'))[0]).toEqual({ prefix: '', stem: 'وبوتين' });
  });
  it('never strips to fewer than 3 letters', () => {
    expect(cliticVariants('وكي')).toEqual(['وكي']);
    expect(cliticVariants('بلد')).toEqual(['بلد']);
  });
  it('a known word wins over a stripped reading (لافروف، بوتين، وارسو)', () => {
    const known = new Set(['لافروف', 'بوتين', 'وارسو']);
    const isKnown = (s: string) => known.has(s);
    expect(cliticVariants('لافروف', { isKnown })).toEqual(['لافروف']);
    expect(cliticVariants('بوتين', { isKnown })).toEqual(['بوتين']);
    expect(cliticVariants('وارسو', { isKnown })).toEqual(['وارسو']);
  });
  it('noArticle keeps the article on', () => {
    expect(cliticVariants(n('وقال'), { noArticle: true })).toEqual(['وقال', 'قال']);
    expect(cliticVariants('والتز', { noArticle: true })).toEqual(['والتز', 'التز']);
  });
  it('isDefinite needs a real word after the article', () => {
    expect(isDefinite(n('الإيطالي'))).toBe(true);
    expect(isDefinite(n('والقوات'))).toBe(true);
    expect(isDefinite(n('للاستثمار'))).toBe(true);
    expect(isDefinite('والتز')).toBe(false);
    expect(isDefinite('لافروف')).toBe(false);
  });
});
