// What the parts of the articles export are: their file names (beside this index), article
// counts and date ranges. Small and uncompressed, so a script reads it first.
import { getCorpus } from '../../../astro/corpus';
import { json } from '../../../astro/exports';
import { sitePartsIndex } from '../../../astro/exportParts';

export async function GET() {
  return json(sitePartsIndex(await getCorpus()));
}
