import { describe, expect, it } from 'vitest';
import { articlesPagePath, monthPagePath, pageCount, pageItems, pagedList } from './paging';

describe('article listing pages', () => {
  it('puts page 1 at /articles/ and the rest under /articles/page/n/', () => {
    expect(articlesPagePath(1)).toBe('/articles/');
    expect(articlesPagePath(3)).toBe('/articles/page/3/');
  });
  it('splits items without losing or repeating any', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(pageCount(items.length)).toBe(3);
    expect(pageCount(0)).toBe(1);
    const pages = [1, 2, 3].map((n) => pageItems(items, n));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(items);
  });
});

describe('month pages', () => {
  it('puts page 1 at /timeline/<month>/ and the rest under /timeline/<month>/page/n/', () => {
    expect(monthPagePath('2025-03', 1)).toBe('/timeline/2025-03/');
    expect(monthPagePath('undated', 2)).toBe('/timeline/undated/page/2/');
  });
  it('cuts a long list into pages that hold every item once, each page knowing the whole', () => {
    // 7,000 undated articles were one page of 5.2 MB at 16,800 articles.
    const items = Array.from({ length: 7_001 }, (_, i) => `a${i}`);
    const pages = pagedList(items);
    expect(pages.length).toBe(71);
    expect(pages.every((p) => p.items.length <= 100 && p.pages === 71 && p.total === 7_001)).toBe(true);
    expect(pages.map((p) => p.page)).toEqual(Array.from({ length: 71 }, (_, i) => i + 1));
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pagedList([]).map((p) => p.items)).toEqual([[]]);
  });
});
