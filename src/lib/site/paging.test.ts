import { describe, expect, it } from 'vitest';
import { articlesPagePath, pageCount, pageItems } from './paging';

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
