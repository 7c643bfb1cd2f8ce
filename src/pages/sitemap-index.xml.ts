// Sitemap index pointing at the one page sitemap (absolute when SITE is set).
import type { APIContext } from 'astro';
import { sitemapIndexXml } from '../lib/site/feeds';
import { absoluteUrl } from '../lib/url';

export function GET(context: APIContext) {
  const body = sitemapIndexXml([absoluteUrl(context.site, import.meta.env.BASE_URL, '/sitemap-0.xml')]);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
