// Page splitting for long listings (/articles/ on a 10,000-article corpus).

export const ARTICLES_PER_PAGE = 100;

/** Site path of listing page n (1-based): /articles/, /articles/page/2/, … */
export function articlesPagePath(n: number): string {
  return n <= 1 ? '/articles/' : `/articles/page/${n}/`;
}

export function pageCount(total: number, perPage = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items of page n (1-based). */
export function pageItems<T>(items: T[], n: number, perPage = ARTICLES_PER_PAGE): T[] {
  return items.slice((n - 1) * perPage, n * perPage);
}

/** Site path of page n (1-based) of a month's articles: /timeline/2025-03/, /timeline/2025-03/page/2/, … */
export function monthPagePath(month: string, n: number): string {
  return n <= 1 ? `/timeline/${month}/` : `/timeline/${month}/page/${n}/`;
}

export interface PagedList<T> {
  page: number;
  pages: number;
  /** Every item of the whole list (the count the page states). */
  total: number;
  items: T[];
}

/**
 * A long list cut into pages of `perPage` (the undated articles were one 5.2 MB page at 16,800
 * articles): page 1 first, every item on exactly one page.
 */
export function pagedList<T>(items: T[], perPage = ARTICLES_PER_PAGE): PagedList<T>[] {
  const pages = pageCount(items.length, perPage);
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, total: items.length, items: pageItems(items, i + 1, perPage) }));
}
