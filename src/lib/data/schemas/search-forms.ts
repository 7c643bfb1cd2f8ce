// content/search-forms.yaml: the news vocabulary's broken plurals and verbal nouns, for search
// (issue 15). Lists: `plurals` (the forms of one noun: singular and plurals), `verbs` (a
// sound root and a derived measure: src/lib/search/derivedForms.ts writes the forms),
// `families` (irregular verbs and nouns, every form by hand), `notFemininePlurals` (words
// the ة ↔ ات pattern of src/lib/search/keys.ts must leave alone) and `notAdjectiveForms` (words
// the ي ↔ ية/يين/يون agreement pattern must leave alone), `notTanweenForms` and `notSoundPlurals`
// (words the tanween and sound-plural readings must leave alone), `notNamePhrases` (phrases in
// which a name — an actor's or a concept's — is a plain word), `keepHamzaForms` (words whose
// bare reading is another word). Merged with word-forms.yaml by
// src/lib/data/search.ts.
import { z } from 'zod';
import { arabic, nullable, strings } from './common';
import { MEASURES } from '../../search/derivedForms';
import { NOT_NAME_MAX_WORDS } from '../../search/keys';

const forms = strings(arabic).min(2, 'must list at least two forms (a word and another form of it)');

export const SearchFormsSchema = z
  .object({
    plurals: nullable(z.array(forms).optional()),
    verbs: nullable(
      z
        .array(
          z
            .object({
              root: arabic.refine((r) => [...r.replace(/[\u064B-\u0652]/g, '')].length === 3, 'must be three letters (a sound root, or one whose first letter is و)'),
              measure: z.enum(MEASURES, { errorMap: () => ({ message: `must be one of ${MEASURES.join(' | ')}` }) }),
              bare: nullable(z.boolean().optional()),
            })
            .strict(),
        )
        .optional(),
    ),
    families: nullable(z.array(forms).optional()),
    /** Words in ات that are not the plural of the same word in ة (صادرات ≠ الصادرة): each stands alone. */
    notFemininePlurals: nullable(strings(arabic).optional()),
    /** Words in ية/يين/يون that are not the feminine or plural of the word in ي (مسؤولية ≠ مسؤولي): each stands alone. */
    notAdjectiveForms: nullable(strings(arabic).optional()),
    /** Words in ا that are not a word with the tanween alif (صوفيا ≠ صوفي): each stands alone. */
    notTanweenForms: nullable(strings(arabic).optional()),
    /** Words in ون/ين/ان that are not a sound plural or dual of the word without it (ثلاثين ≠ ثلاث): each stands alone. */
    notSoundPlurals: nullable(strings(arabic).optional()),
    /** Phrases in which a name is a plain word (أذان المغرب: the prayer time, not Morocco): no actor, no concept there. */
    notNamePhrases: nullable(
      strings(
        arabic.refine((p) => {
          const n = p.trim().split(/\s+/).length;
          return n >= 2 && n <= NOT_NAME_MAX_WORDS;
        }, `must be a phrase of 2 to ${NOT_NAME_MAX_WORDS} words`),
      ).optional(),
    ),
    /** Words written with أل/إل/آل whose bare reading is another word (ألغاز ≠ غاز): no low-weight bare key. */
    keepHamzaForms: nullable(strings(arabic.refine((w) => /^[أإآ]ل/.test(w.trim()), 'must start with أل, إل or آل (written without the article ال)')).optional()),
    /** Nouns whose form without the article is mostly another word (قدم «presented»): a bare occurrence weighs little. */
    /** Plurals a query asks for by their own key: the family's singular is also another word (بحارة: بحار «seas»). */
    ownPlurals: nullable(strings(arabic.refine((w) => !/^ال/.test(w.trim()), 'written without the article ال')).optional()),
    definiteNouns: nullable(strings(arabic.refine((w) => !/^ال/.test(w.trim()), 'written without the article ال')).optional()),
  })
  .strict();

export type SearchFormsData = z.output<typeof SearchFormsSchema>;
