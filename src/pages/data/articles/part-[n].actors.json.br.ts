// Each actor's articles in one part of the articles export (actor id → slugs), Brotli: the
// lists that /data/actors.json.br no longer holds for the whole corpus (it would pass a static
// host's per-file limit near 100,000 articles), cut like the articles so that each file stays
// small and older parts keep their bytes.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { brotliResponse, digestKeepingText, digestOf, dropKeptTextUnless, takeKeptText } from '../../../astro/exports';
import { onlyChangedRoutes } from '../../../astro/routeFilter';
import { actorArticlesOfPart, articlePart, articlePartNumber, articleParts } from '../../../lib/corpus/exports';

const textKey = (n: number) => `part-${n}.actors.json`;

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const newest = articleParts(corpus.articles).length;
  const paths = articleParts(corpus.articles).map((part, i, parts) => {
    const n = articlePartNumber(i, parts.length);
    const text = [JSON.stringify(actorArticlesOfPart(corpus, part))];
    // A digest as props (see part-[n].json.br.ts): small, and it changes when the lists do; the
    // newest part's text is kept for its GET (src/astro/exports.ts).
    return { params: { n: String(n) }, props: { digest: n === newest ? digestKeepingText(textKey(n), text) : digestOf(text) } };
  });
  const rendered = await onlyChangedRoutes('/data/articles/part-[n].actors.json.br', paths);
  dropKeptTextUnless(textKey(newest), rendered.some((p) => p.params.n === String(newest)));
  return rendered;
}) satisfies GetStaticPaths;

export async function GET({ params }: { params: { n: string } }) {
  const n = Number(params.n);
  const kept = takeKeptText(textKey(n));
  if (kept) return brotliResponse(kept);
  const corpus = await getCorpus();
  return brotliResponse([JSON.stringify(actorArticlesOfPart(corpus, articlePart(corpus.articles, n)))]);
}
