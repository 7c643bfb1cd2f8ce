// Every HTML page of the site, base and site aware.
import type { APIContext } from 'astro';
import { getCorpus } from '../astro/corpus';
import { sitemapXml } from '../lib/site/feeds';
import { absoluteUrl, actorPath, articlePath, sourcePath, storyPath, topicPath } from '../lib/url';
import { MAIN_NAV } from '../lib/site/nav';

export async function GET(context: APIContext) {
  const corpus = await getCorpus();
  const url = (p: string) => absoluteUrl(context.site, import.meta.env.BASE_URL, p);
  const entries = [
    ...MAIN_NAV.map((n) => ({ loc: url(n.path) })),
    ...corpus.articles.map((a) => ({ loc: url(articlePath(a.slug)), lastmod: a.date })),
    ...corpus.stories.stories.map((s) => ({ loc: url(storyPath(s.id)), lastmod: s.lastDate ?? undefined })),
    ...[...corpus.actors.keys()].map((id) => ({ loc: url(actorPath(id)) })),
    ...corpus.topics.map((t) => ({ loc: url(topicPath(t.id)) })),
    ...[...corpus.sources.keys()].map((id) => ({ loc: url(sourcePath(id)) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
