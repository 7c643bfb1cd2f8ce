// schema.org JSON-LD for articles and actors (embedded via jsonForScript).
import type { Actor } from '../types';
import type { CorpusArticle } from '../corpus/types';

/**
 * No URL in it (no `url`, no `mainEntityOfPage`): schema.org requires neither, Google's Article
 * structured data lists neither, and the page's URL is its canonical link and og:url already —
 * in every article page of dist/.
 */
export function newsArticleJsonLd(a: CorpusArticle, options: { description?: string; actorNames?: string[] } = {}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    inLanguage: 'ar',
    ...(a.date ? { datePublished: a.date } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...(a.outlet || a.source ? { publisher: { '@type': 'Organization', name: a.outlet?.name ?? a.source } } : {}),
    ...(a.agencyRef || a.agency ? { sourceOrganization: { '@type': 'Organization', name: a.agencyRef?.name ?? a.agency } } : {}),
    // The names as text (schema.org takes text where a Thing is expected): no `{"@type":"Thing"}`
    // around each one, in every article page of dist/.
    ...(options.actorNames?.length ? { about: options.actorNames } : {}),
    ...(a.author ? { author: { '@type': 'Person', name: a.author } } : {}),
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.tags.length ? { keywords: a.tags.join('، ') } : {}),
    // The saved web page the article was ingested from.
    ...(a.url_original ? { isBasedOn: a.url_original } : {}),
    wordCount: a.words,
  };
}

const ACTOR_TYPES = { person: 'Person', country: 'Country', organization: 'Organization' } as const;

export function actorJsonLd(actor: Actor, url: string, affiliationName?: string) {
  return {
    '@context': 'https://schema.org',
    '@type': ACTOR_TYPES[actor.type],
    name: actor.name,
    alternateName: [actor.en, ...actor.aliases].filter((n, i, all) => n && n !== actor.name && all.indexOf(n) === i),
    url,
    ...(actor.role && actor.type === 'person' ? { jobTitle: actor.role } : {}),
    ...(actor.role && actor.type !== 'person' ? { description: actor.role } : {}),
    ...(affiliationName && actor.type === 'person' ? { affiliation: { '@type': 'Organization', name: affiliationName } } : {}),
    ...(actor.wikidata ? { sameAs: [`https://www.wikidata.org/wiki/${actor.wikidata}`] } : {}),
  };
}

export function breadcrumbJsonLd(items: { label: string; url?: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      ...(item.url ? { item: item.url } : {}),
    })),
  };
}
