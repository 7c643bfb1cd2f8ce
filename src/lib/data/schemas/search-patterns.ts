// content/search-patterns.yaml: broken-plural patterns and the traps of the pattern readings
// (src/lib/search/patternReadings.ts, issue 15 session 20). A template writes the root's places as
// the digits 1–4 and the pattern's own letters in Arabic; a singular uses only the plural's digits.
import { z } from 'zod';
import { arabic, nullable, strings } from './common';

// A template of digits alone (أفعال → فعل: '123') parses as a YAML number: read it as written.
const template = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z
    .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
    .trim()
    .regex(/^[\u0621-\u064A1-4]+$/, 'must be Arabic letters and the digits 1–4 (the root\'s places)')
    .refine((t) => /[1-4]/.test(t), 'must hold the root\'s places (digits 1–4)'),
);

const digits = (t: string) => new Set(t.match(/[1-4]/g) ?? []);

export const PluralPatternSchema = z
  .object({
    plural: template,
    singulars: z.array(template).min(1, 'must list at least one singular'),
    notFirst: nullable(arabic.optional()),
    notLast: nullable(arabic.optional()),
    hamza: nullable(z.boolean().optional()),
    article: nullable(z.boolean().optional()),
    agrees: nullable(z.boolean().optional()),
    /** Read only with the article before التي or after هذه/تلك (patternReadings.ts feminineReference). */
    relative: nullable(z.boolean().optional()),
    /** Root places (digits) that may hold ه: inside the word it is no ة and no pronoun (رهبان ← راهب). */
    hPlaces: nullable(z.string().trim().regex(/^[1-4]+$/, 'must be the digits 1–4 (root places)').optional()),
    /** Root places (digits) that hold و or ي (the sound root is the sound pattern's): a hollow root's middle letter written as a consonant (أجولة ← جوال، أحواض ← حوض). */
    weakPlaces: nullable(z.string().trim().regex(/^[1-4]+$/, 'must be the digits 1–4 (root places)').optional()),
    /**
     * Weak letters a root place may hold, by place (twenty-first pass): `{ '2': و }` reads زوايا ← زاوية, `{ '1': ا }` أسرى ←
     * أسير; unlike weakPlaces the sound root is read too. Letters among ا و ي ء only.
     */
    allow: nullable(z.record(z.string().regex(/^[1-4]$/, 'must be a root place (a digit 1–4)'), z.string().trim().regex(/^[اويء]+$/, 'must be weak letters (ا و ي ء)')).optional()),
    /** The page must write the word's first letter آ (آفاق ← أفق: أفعال of a root in ء; «أثار» the verb is written أ). */
    madda: nullable(z.boolean().optional()),
    /** The page must write the word's last letter ى (قتلى ← قتيل: a nisba or «my» ends in ي). */
    maqsura: nullable(z.boolean().optional()),
    /** Not read after a word with the article when it has the article too: an adjective agreeing (المواقع الأثرية). */
    noun: nullable(z.boolean().optional()),
    /** Also read backwards: a singular in a noun's place carries the plural's key (patternReadings.ts pluralsOfSingular). */
    reverse: nullable(z.boolean().optional()),
    /** Read on a family's form too: the gate of context tells the plural of things from the family's sense (patternReadings.ts familyPluralReadings). */
    overFamily: nullable(z.boolean().optional()),
  })
  .strict()
  .refine((p) => !p.hPlaces || [...p.hPlaces].every((d) => digits(p.plural).has(d)), 'hPlaces names a root place the plural lacks')
  .refine((p) => !p.weakPlaces || [...p.weakPlaces].every((d) => digits(p.plural).has(d)), 'weakPlaces names a root place the plural lacks')
  .refine((p) => !p.allow || Object.keys(p.allow).every((d) => digits(p.plural).has(d)), 'allow names a root place the plural lacks')
  .refine((p) => p.singulars.every((s) => [...digits(s)].every((d) => digits(p.plural).has(d))), 'a singular uses a root place the plural lacks');

export const SearchPatternsSchema = z
  .object({
    plurals: z.array(PluralPatternSchema),
    /** Words of a plural pattern's shape that are no plural of it (مقاتل «fighter» ≠ مقتل). */
    notPlurals: nullable(strings(arabic).optional()),
    /** Measure II verbal nouns never read from a verb: its forms are mostly measure I's of another meaning (بلغت ≠ تبليغ). */
    notMeasureII: nullable(strings(arabic).optional()),
    /** Measure II forms read beyond the past with an ending (the bare present ي123, the participle م123…). */
    measureIIForms: nullable(z.array(template).optional()),
    /** Verbal nouns never read from `measureIIForms` (مركز → تركيز: a noun of place; يمكن → تمكين: measure I). */
    notMeasureIIForms: nullable(strings(arabic).optional()),
    /** Verbal nouns never joined to a participle's plural (تسليم ≠ المسلمين، محافظة ≠ المحافظين: participlePlurals.ts). */
    notParticipleNouns: nullable(strings(arabic).optional()),
    /**
     * Verb forms of a weak root read as their verbal noun (twenty-first pass): `form` and `noun` templates (digits:
     * the sound root letters), `wasl` the page writes the first letter bare ا (انهارت, not «أنهار» rivers), `hamza` أ.
     */
    verbNouns: nullable(z.array(z.object({ form: template, noun: template, wasl: nullable(z.boolean().optional()), hamza: nullable(z.boolean().optional()), maqsura: nullable(z.boolean().optional()) }).strict()).optional()),
    /** Measure II forms read only when the page writes the shadda on the middle root letter (غلّف، يبلّط: twenty-second pass). */
    measureIIShadda: nullable(z.array(template).optional()),
    /** [plural, singular] or [verb form, verbal noun] readings never given, the word's other readings kept (أعداء → عديد; أجلت → إجلاء). */
    notReadings: nullable(z.array(z.tuple([arabic, arabic])).optional()),
    /**
     * Word-family forms that also name another thing (thirty-third pass): `forms` (as word-forms.yaml lists them)
     * carry their family's key at the low weight only where a word of `beside` (the other sense's company) stands
     * right before or after them: «الحلفاء» beside «الشيح» is esparto grass, not allies.
     */
    homographs: nullable(z.array(z.object({ forms: strings(arabic), sense: z.string().trim().min(1), beside: strings(arabic) }).strict()).optional()),
  })
  .strict();
