import { describe, expect, it } from 'vitest';
import { jsonForScript } from './json';
import { excerpt, leadExcerpt } from './excerpt';
import { formatArticleCount, formatReadingTime, readingMinutes } from './reading';
import { isCurrentSection } from './nav';
import { absoluteUrl, stripBase, withBase } from '../url';
import { escapeXml, sitemapXml } from './feeds';
import { formatArabicDate, formatHijriDate } from './dates';

describe('jsonForScript', () => {
  it('cannot close a script element and still parses to the same value', () => {
    const value = { t: '</script><script>alert(1)</script><!--', s: '\u2028' };
    const out = jsonForScript(value);
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('excerpt', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    const t = 'كلمة '.repeat(100);
    const e = excerpt(t, 50);
    expect(e.length).toBeLessThanOrEqual(51);
    expect(e.endsWith('كلمة…')).toBe(true);
  });
  it('returns short text untouched and skips empty paragraphs', () => {
    expect(leadExcerpt(['  ', 'نص قصير'])).toBe('نص قصير');
  });
});

describe('reading time and counts in Arabic', () => {
  it('uses singular, dual and plural forms', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(formatReadingTime(360)).toBe('قراءة في دقيقتان');
    expect(formatReadingTime(900)).toBe('قراءة في 5 دقائق');
    expect(formatArticleCount(1)).toBe('مقال واحد');
    expect(formatArticleCount(2)).toBe('مقالان');
    expect(formatArticleCount(7)).toBe('7 مقالات');
    expect(formatArticleCount(25)).toBe('25 مقالًا');
  });
});

describe('nav and urls', () => {
  it('marks the current section, home only on /', () => {
    expect(isCurrentSection('/', '/actors/x/')).toBe(false);
    expect(isCurrentSection('/actors/', '/actors/x/')).toBe(true);
    expect(isCurrentSection('/', '/')).toBe(true);
  });
  it('strips and adds the base path', () => {
    expect(stripBase('/kb/', '/kb/actors/')).toBe('/actors/');
    expect(stripBase('/kb/', '/kb')).toBe('/');
    expect(withBase('/kb/', '/articles/a/')).toBe('/kb/articles/a/');
  });
  it('makes absolute URLs only when a site is known', () => {
    expect(absoluteUrl(undefined, '/kb/', '/x/')).toBe('/kb/x/');
    expect(absoluteUrl(new URL('https://ex.org'), '/kb/', '/x/')).toBe('https://ex.org/kb/x/');
  });
});

describe('feeds', () => {
  it('escapes XML in sitemaps', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(sitemapXml([{ loc: '/a/?x=1&y=2' }])).toContain('<loc>/a/?x=1&amp;y=2</loc>');
  });
});

describe('dates', () => {
  it('formats Gregorian and Hijri in Arabic', () => {
    expect(formatArabicDate('2024-04-05')).toBe('5 أبريل 2024');
    expect(formatHijriDate('2024-04-05')).toContain('رمضان 1445');
  });
});
