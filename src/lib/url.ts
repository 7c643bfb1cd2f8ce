// The site's URL scheme, in one leaf module that every layer may import (the corpus, the
// exports, the pages and the browser code): site paths ("/actors/x/") and the one way to
// join them to the deployment base, so the site works under a sub-path (BASE=/kb/ npm run
// build) without a single broken link.

/** The deployment base with exactly one trailing slash ("/", "/kb/"). */
export function normalizeBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Joins the deployment base ("/" or "/kb/") and a site path ("/articles/x/"). */
export function withBase(base: string, sitePath: string): string {
  const p = sitePath.startsWith('/') ? sitePath.slice(1) : sitePath;
  return `${normalizeBase(base)}${p}`;
}

/** The site path of a request path under a base ("/kb/actors/" with base "/kb/" → "/actors/"). */
export function stripBase(base: string, pathname: string): string {
  const b = normalizeBase(base);
  if (pathname.startsWith(b)) return `/${pathname.slice(b.length)}`;
  if (`${pathname}/` === b) return '/';
  return pathname;
}

export const articlePath = (slug: string) => `/articles/${slug}/`;
export const actorPath = (id: string) => `/actors/${id}/`;
export const topicPath = (id: string) => `/topics/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
export const storyPath = (id: string) => `/stories/${id}/`;
export const timelineMonthAnchor = (month: string) => `m-${month}`;

/**
 * Absolute URL of a site path when the deployment has a SITE origin, else the
 * base-relative path (canonical/og tags then stay correct for the host it is served on).
 */
export function absoluteUrl(site: URL | string | undefined, base: string, sitePath: string): string {
  const p = withBase(base, sitePath);
  if (!site) return p;
  return new URL(p, site).href;
}
