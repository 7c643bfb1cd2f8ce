// content/search-corpus-plurals.yaml: the sound-root templates and the collective rule joined only where the corpus
// confirms the pair (src/lib/search/corpusPlurals.ts, issue 15 twenty-sixth pass).
import { z } from 'zod';
import { PluralPatternSchema } from './search-patterns';

const count = z.number({ required_error: 'is required', invalid_type_error: 'must be a number' }).nonnegative('must be 0 or more');

export const SearchCorpusPluralsSchema = z
  .object({
    templates: z.array(PluralPatternSchema),
    collective: z.boolean({ required_error: 'is required', invalid_type_error: 'must be true or false' }),
    ratio: count.min(1, 'must be 1 or more'),
    slack: count,
    minShared: count.int('must be a whole number').min(1, 'must be 1 or more'),
    minLift: count,
    // The templates (by their plural) and the collective rule read on one side (twenty-seventh pass, oneSidedPlurals.ts).
    oneSided: z
      .object({
        toSingular: z.array(z.string().min(1)),
        toPlural: z.array(z.string().min(1)),
        collective: z.boolean(),
        ratio: count,
        slack: count,
      })
      .strict()
      .optional(),
    // Verbal nouns and verbs, towns and their adjectives confirmed by the same corpus (twenty-seventh and
    // twenty-eighth passes: corpusDerivations.ts, corpusNisbas.ts), each switched by data, with their evidence guards.
    derivations: z.boolean().optional(),
    nisbas: z.boolean().optional(),
    derivationGuards: z.boolean().optional(),
    measureOne: z.boolean().optional(),
    nisbaGuards: z.boolean().optional(),
    // The form the corpus lacks, read on the query side (twenty-ninth pass: queryForms.ts), each switched by data.
    queryNisbas: z.boolean().optional(),
    queryDerivations: z.boolean().optional(),
    // Thirtieth pass (weakNounReadings.ts): the classes of II / IV nouns of weak, doubled or hamzated roots read.
    // Thirty-first pass (rareReadings.ts): the most pages a town's or an adjective's reading with no name evidence finds.
    queryRareForms: z.number().int().positive().optional(),
    queryRareCollectives: z.boolean().optional(),
    // Thirty-second pass (patternRareReadings.ts): broken-plural templates read both ways on the query side and a typed
    // verb or participle read to its noun, each candidate kept as queryRareForms says.
    queryPlurals: z.array(z.object({ plural: z.string().regex(/^[\u0621-\u064A1-4]+$/, 'must be letters and the digits 1–4'), singulars: z.array(z.string().regex(/^[\u0621-\u064A1-4]+$/, 'must be letters and the digits 1–4')).min(1) }).strict()).optional(),
    queryVerbs: z.boolean().optional(),
    queryWeakDerivations: z.array(z.enum(['doubledII', 'defectiveII', 'hamzaLastII', 'hamzaLastIV', 'hamzaLastPast', 'hollowII', 'defectiveIV'])).optional(),
  })
  .strict();
