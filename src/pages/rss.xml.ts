// RSS feed of the newest dated articles. Feed readers need absolute links: set SITE
// when building for a real host; without it the feed falls back to localhost.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCorpus } from '../astro/corpus';
import { rssItems } from '../lib/site/feeds';
import { absoluteUrl } from '../lib/url';
import { SITE_NAME } from '../lib/site/nav';

export async function GET(context: APIContext) {
  const corpus = await getCorpus();
  const site = context.site ?? new URL('http://localhost/');
  const base = import.meta.env.BASE_URL;
  return rss({
    title: SITE_NAME,
    description: 'أحدث المقالات عن دبلوماسية الحرب الروسية الأوكرانية في الصحافة العربية',
    site: absoluteUrl(site, base, '/'),
    items: rssItems(corpus.articles, (p) => absoluteUrl(site, base, p)),
    customData: '<language>ar</language>',
    trailingSlash: true,
  });
}
