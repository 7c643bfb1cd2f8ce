// Each actor's articles in one part of the articles export (actor id → slugs), Brotli: the
// lists that /data/actors.json.br no longer holds for the whole corpus (it would pass a static
// host's per-file limit near 100,000 articles), cut like the articles so that each file stays
// small and older parts keep their bytes.
import type { GetStaticPaths } from 'astro';
import { getCorpus } from '../../../astro/corpus';
import { articlePartPaths, type PartPath } from '../../../astro/exportParts';
import { brotliResponse } from '../../../astro/exports';
import { actorArticlesOfPart } from '../../../lib/corpus/exports';

// Props: what the lists read, not their text (see part-[n].json.br.ts).
export const getStaticPaths = (async () => articlePartPaths('/data/articles/part-[n].actors.json.br')) satisfies GetStaticPaths;

export async function GET({ props }: { props: PartPath['props'] }) {
  return brotliResponse([JSON.stringify(actorArticlesOfPart(await getCorpus(), props.inputs.articles))]);
}
