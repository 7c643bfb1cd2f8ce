// What a query word stands for beyond its own key (session 24, issue 15 sixteenth pass, part C): the
// set a word with a pronoun names, a near-synonym set's concept (content/search-near-synonyms.yaml,
// ids marked `near-`), and the function words the wider concept search leaves out (planQuery, keys.ts).
import type { KeyContext, KeyedToken } from './keys';
import { suffixReadings } from './wordPatterns';

/**
 * The one-word concept a query word names through its suffix reading (session 24): «مخاوفهم» is
 * مخاوف with a pronoun, so it names the set of «مخاوف» as a page's «مخاوفهم» carries it
 * (readingConcepts). The word itself stays what the exact tier asks for.
 */
export function readingName(t: KeyedToken, ctx: KeyContext): string | undefined {
  if (t.token.type !== 'ar') return undefined;
  for (const r of suffixReadings(t.stem, ctx, t.token.text)) {
    const name = (ctx.conceptNames.get(ctx.families.get(r) ?? r) ?? []).find((n) => n.stems.length === 1);
    if (name) return name.id;
  }
  return undefined;
}

/** The mark of a concept id of content/search-near-synonyms.yaml (src/lib/data/nearSynonyms.ts). */
export const NEAR_SYNONYM_MARK = 'near-';
export const isNearSynonym = (id: string): boolean => id.startsWith(NEAR_SYNONYM_MARK);

/** The mark of a country's nisba concept (`a-<actor id>`, context.ts nisbaConcepts): «الروسية» names Russia. */
export const NISBA_CONCEPT_MARK = 'a-';
export const isNisbaConcept = (id: string): boolean => id.startsWith(NISBA_CONCEPT_MARK);

/**
 * A function word (content/function-words.yaml, shipped as `unmarked`), also behind a clitic the
 * 3-letter floor keeps on it: «بلا» is ب + لا.
 */
export function isFunctionStem(stem: string, ctx: KeyContext): boolean {
  return !!ctx.unmarked?.size && (ctx.unmarked.has(stem) || (/^[وفبكل]/.test(stem) && ctx.unmarked.has(stem.slice(1))));
}
