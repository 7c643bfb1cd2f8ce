// content/search-plurals.yaml: singular ↔ broken plural pairs of the news vocabulary at large, for
// search (issue 15, nineteenth pass): one noun's or adjective's forms a line, singular first. The
// same entries as search-forms.yaml's `plurals`, kept apart because they are many and checked as a
// whole (src/lib/data/searchPlurals.ts): no dual, no sound plural, no form that is a common other word.
import { z } from 'zod';
import { arabic, strings } from './common';

const oneWord = arabic.refine((w) => !/\s/.test(w.trim()) && !/^ال/.test(w.trim()), 'must be one word written without the article ال');

export const SearchPluralsSchema = z
  .object({
    plurals: z.array(strings(oneWord).min(2, 'must list a singular and at least one broken plural')),
    /** Plurals a query asks for by their own key: the singular is also another word (قفص «the dock», قباب). */
    ownPlurals: z.array(oneWord).optional(),
    /**
     * Listed singulars with a frequent other sense or use (جانب «إلى جانب»، أمني «security» ≠ أمنية، ضفة
     * «the West Bank»): a page word of these never carries its plural's key (twentieth pass).
     */
    ambiguousSingulars: z.array(oneWord).optional(),
    /** Prepositions after which a word is a noun, not a verb or a particle («مع دب بني», not «دب الخلاف»). */
    nounAfter: z.array(arabic).optional(),
  })
  .strict();

export type SearchPlurals = z.output<typeof SearchPluralsSchema>;
