// What the parts of the articles export are: their file names (beside this index), article
// counts and date ranges. Small and uncompressed, so a script reads it first.
import { getCorpus } from '../../../astro/corpus';
import { json } from '../../../astro/exports';
import { articleParts, articlePartsIndex } from '../../../lib/corpus/exports';

export async function GET() {
  return json(articlePartsIndex(articleParts((await getCorpus()).articles)));
}
