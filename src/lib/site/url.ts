// Every internal link goes through withBase so the site works under a sub-path
// (BASE=/kb/ npm run build) without a single broken link.

/** Joins the deployment base ("/" or "/kb/") and a site path ("/articles/x/"). */
export function withBase(base: string, sitePath: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = sitePath.startsWith('/') ? sitePath.slice(1) : sitePath;
  return `${b}${p}`;
}

export const articlePath = (slug: string) => `/articles/${slug}/`;
export const actorPath = (id: string) => `/actors/${id}/`;
export const topicPath = (id: string) => `/topics/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
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
