// RSS items and sitemap XML, written by Astro endpoints (rss.xml, sitemap-*.xml).
import type { CorpusArticle } from '../corpus/types';
import { leadExcerpt } from './excerpt';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** The newest dated articles as feed items (undated ones have no place in a feed). */
export function rssItems(articles: CorpusArticle[], toUrl: (path: string) => string, limit = 50): FeedItem[] {
  return articles
    .filter((a) => a.date)
    .slice(0, limit)
    .map((a) => ({
      title: a.title,
      link: toUrl(a.url),
      description: leadExcerpt(a.paragraphs, 300),
      pubDate: new Date(`${a.date}T00:00:00Z`),
      categories: a.tags,
    }));
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export function sitemapXml(entries: { loc: string; lastmod?: string }[]): string {
  const urls = entries
    .map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function sitemapIndexXml(sitemaps: string[]): string {
  const items = sitemaps.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}
