// Each actor's articles in one part of the articles export (actor id → slugs), Brotli: the
// lists that /data/actors.json.br no longer holds for the whole corpus (it would pass a static
// host's per-file limit near 100,000 articles), cut like the articles so that each file stays
// small and older parts keep their bytes.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { digestOf, jsonBr } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { actorArticlesOfPart, articlePart, articlePartNumber, articleParts } from '../../../lib/corpus/exports';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const paths = articleParts(corpus.articles).map((part, i, parts) => ({
    params: { n: String(articlePartNumber(i, parts.length)) },
    // A digest as props (see part-[n].json.br.ts): small, and it changes when the lists do.
    props: { digest: digestOf([JSON.stringify(actorArticlesOfPart(corpus, part))]) },
  }));
  return onlyChangedRoutes('/data/articles/part-[n].actors.json.br', paths);
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  const corpus = await getCorpus();
  return jsonBr(actorArticlesOfPart(corpus, articlePart(corpus.articles, Number(params.n))));
}
