// Verb families by pattern: a sound three-letter root and a derived measure (II–X) give the
// verbal noun and the verbs a reader treats as the same word (انسحاب ↔ انسحبت/تنسحب/سينسحبون).
// The data (content/search-forms.yaml) names root and measure, so nothing is guessed from a
// word's letters: a pattern is applied only where a curator said it holds. Hollow, doubled and
// hamzated roots change shape; the data lists their forms by hand instead, except a root whose
// first letter is و (assimilated): its forms are the sound ones but for the verbal noun of IV and X,
// where the و after a kasra is written ي (أورد/إيراد، استورد/استيراد).
import { normalizeArabic } from '../arabic/normalize';
import type { WordFamilyInput } from '../arabic/forms';

export const MEASURES = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'X'] as const;
export type Measure = (typeof MEASURES)[number];

export interface VerbEntry {
  /** Three letters of a sound root (سحب), or of one whose first letter is و (ورد). */
  root: string;
  measure: Measure;
  /**
   * Leave out the bare past (3rd person masculine singular) when it is also another common
   * word: II وقّع is written وقع (it happened), III طالب is a student.
   */
  bare?: boolean;
}

/** The assimilated ت of measure VIII after the root's first letter (اصطدم، ازدهر، اتّصل). */
function infixT(first: string): { lead: string; t: string } {
  if ('صضطظ'.includes(first)) return { lead: first, t: 'ط' };
  if ('دذز'.includes(first)) return { lead: first, t: 'د' };
  if (first === 'و') return { lead: '', t: 'ت' }; // اتصل: the و melts into the ت
  return { lead: first, t: 'ت' };
}

/** A first root letter after a kasra (IV إفعال، X استفعال): an assimilated و is written ي (إيراد، استيراد). */
function kasraSeat(first: string): string {
  return first === 'و' ? 'ي' : first;
}

/** Past stem, present stem (without the person prefix) and verbal noun of a measure. */
function stems(root: string, m: Measure): { past: string; present: string; noun: string } {
  const [a, b, c] = [...root];
  switch (m) {
    case 'II':
      return { past: a + b + c, present: a + b + c, noun: 'ت' + a + b + 'ي' + c };
    case 'III':
      return { past: a + 'ا' + b + c, present: a + 'ا' + b + c, noun: 'م' + a + 'ا' + b + c + 'ه' };
    case 'IV':
      return { past: 'ا' + a + b + c, present: a + b + c, noun: 'ا' + kasraSeat(a) + b + 'ا' + c };
    case 'V':
      return { past: 'ت' + a + b + c, present: 'ت' + a + b + c, noun: 'ت' + a + b + c };
    case 'VI':
      return { past: 'ت' + a + 'ا' + b + c, present: 'ت' + a + 'ا' + b + c, noun: 'ت' + a + 'ا' + b + c };
    case 'VII':
      return { past: 'ان' + a + b + c, present: 'ن' + a + b + c, noun: 'ان' + a + b + 'ا' + c };
    case 'VIII': {
      const { lead, t } = infixT(a);
      return { past: 'ا' + lead + t + b + c, present: lead + t + b + c, noun: 'ا' + lead + t + b + 'ا' + c };
    }
    case 'X':
      return { past: 'است' + a + b + c, present: 'ست' + a + b + c, noun: 'است' + kasraSeat(a) + b + 'ا' + c };
  }
}

/** Plural of a verbal noun (انسحابات، مفاوضات): ـات, after the ة of مفاعلة. */
function nounPlural(noun: string): string {
  return (noun.endsWith('ه') ? noun.slice(0, -1) : noun) + 'ات';
}

/** How a verb form is inflected: what search's word patterns (wordPatterns.ts) choose from. */
export type FormKind =
  | 'noun' | 'nounPlural'
  | 'past' | 'pastShe' | 'pastTwo' | 'pastTheyTwo' | 'pastThey'
  | 'presentHe' | 'presentShe' | 'presentWe' | 'presentThey' | 'presentTheyTwo' | 'presentYouTwo' | 'presentYouAll' | 'jussiveThey' | 'jussiveYouAll'
  | 'future';

/**
 * Every form of one root and measure, labelled: the verbal noun, its plural, the past (he, she,
 * they two, they), the present (he, she, we, they; the jussive «لم ينسحبوا»), the future. The one
 * place a verb's forms are written: the data's verb families (verbFamily) and the word patterns
 * that read a verb outside the data (wordPatterns.verbalNounOf) both come from here.
 */
export function verbForms(root: string, measure: Measure): Array<{ form: string; kind: FormKind }> {
  const { past, present, noun } = stems(root, measure);
  const presents: Array<[string, FormKind]> = [['ي', 'presentHe'], ['ت', 'presentShe'], ['ن', 'presentWe']];
  return [
    { form: noun, kind: 'noun' },
    { form: nounPlural(noun), kind: 'nounPlural' },
    { form: past, kind: 'past' },
    { form: past + 'ت', kind: 'pastShe' },
    { form: past + 'ا', kind: 'pastTwo' },
    { form: past + 'تا', kind: 'pastTheyTwo' },
    { form: past + 'وا', kind: 'pastThey' },
    ...presents.map(([p, kind]) => ({ form: p + present, kind })),
    { form: 'ي' + present + 'ون', kind: 'presentThey' },
    { form: 'ي' + present + 'ان', kind: 'presentTheyTwo' },
    { form: 'ت' + present + 'ان', kind: 'presentYouTwo' },
    { form: 'ت' + present + 'ون', kind: 'presentYouAll' },
    { form: 'ي' + present + 'وا', kind: 'jussiveThey' },
    { form: 'ت' + present + 'وا', kind: 'jussiveYouAll' },
    ...presents.map(([p]) => ({ form: 'س' + p + present, kind: 'future' as const })),
    { form: 'سي' + present + 'ون', kind: 'future' },
  ];
}

/** The family of one root and measure: verbal noun first (the family's key), then its other forms. */
export function verbFamily(entry: VerbEntry): WordFamilyInput & { key: string } {
  const root = normalizeArabic(entry.root.trim());
  if ([...root].length !== 3) throw new Error(`root «${entry.root}» must have three letters`);
  const forms = verbForms(root, entry.measure).filter((f) => !(f.kind === 'past' && entry.bare === false)).map((f) => f.form);
  return { key: forms[0], forms: [...new Set(forms)] };
}
