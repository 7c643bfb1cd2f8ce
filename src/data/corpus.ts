// Astro side of the corpus: reads the content collection once per build and hands it
// to the pure buildCorpus(). Pages import getCorpus() and only render.
import { getCollection } from 'astro:content';
import { buildCorpus } from '../lib/corpus/buildCorpus';
import type { Corpus } from '../lib/corpus/types';
import type { ArticleDoc } from '../lib/types';

let corpus: Promise<Corpus> | undefined;

export function getCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const entries = await getCollection('articles');
    const articles: ArticleDoc[] = entries.map((e) => ({ slug: e.id, ...e.data }));
    return buildCorpus({ articles, actors: [], topics: [], sources: [] });
  })();
  return corpus;
}

/** Site path with the deployment base, for links in pages. */
export function href(sitePath: string): string {
  const base = import.meta.env.BASE_URL;
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${sitePath.replace(/^\//, '')}`;
}
