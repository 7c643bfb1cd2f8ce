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
