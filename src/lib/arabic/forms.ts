// Word families: the forms of one news word that a reader treats as the same word —
// singular, dual and plural (broken plurals too: أسير/أسرى، قوة/قوات), feminine agreement,
// and the verbs and verbal nouns of one root where they mean the same (توسط/وساطة).
// Curated as data (content/word-forms.yaml); this module only expands and indexes them.
// Matching stays exact on forms: a word outside a family is never stemmed, so «الزيتون»
// never reaches «زيت».
import { normalizeArabic } from './normalize';

/** How a family's listed forms are inflected regularly (on top of the forms listed). */
export type Inflection = 'none' | 'dual' | 'adjective';

/** One family as curated: forms written as outlets write them, without the article. */
export interface WordFamilyInput {
  /** Display form naming the family (defaults to the first form). */
  key?: string;
  forms: string[];
  inflect?: Inflection;
  /**
   * Pronoun suffixes the family's forms take and still name the same thing (قمتهم, عقوباتها):
   * listed once in the data (a YAML anchor) and read by lookup, never generated as forms.
   */
  suffixes?: string[];
}

export interface WordFamily {
  /** Normalised key shared by every form of the family. */
  key: string;
  /** Every normalised form, listed and generated, key first. */
  forms: string[];
}

/** Regular endings for normalised forms (ة is ه once normalised). */
function inflected(form: string, how: Inflection): string[] {
  if (how === 'none') return [];
  const fem = form.endsWith('ه');
  const base = fem ? form.slice(0, -1) : form;
  if (how === 'dual') return fem ? [base + 'تان', base + 'تين'] : [form + 'ان', form + 'ين'];
  // adjective: masculine/feminine, dual and sound plurals of both.
  if (fem) return [base + 'تان', base + 'تين', base + 'ات'];
  return [form + 'ه', form + 'ان', form + 'ين', form + 'ون', form + 'ات', form + 'تان', form + 'تين'];
}

/** Normalises and expands one family; forms are article-less normalised words. */
export function expandFamily(input: WordFamilyInput): WordFamily {
  const listed = input.forms.map((f) => normalizeArabic(f.trim())).filter(Boolean);
  const key = normalizeArabic((input.key ?? input.forms[0] ?? '').trim());
  const forms = new Set<string>();
  for (const f of [key, ...listed]) {
    forms.add(f);
    for (const g of inflected(f, input.inflect ?? 'none')) forms.add(g);
  }
  return { key, forms: [...forms] };
}

export interface FormIndex {
  families: WordFamily[];
  /** Family key of a normalised, article-less word, or undefined when it is in no family. */
  familyOf(norm: string): string | undefined;
  /**
   * Family key of a word that is a family form plus one of that family's pronoun suffixes
   * («قمتهم» → قمة, «مفاوضاتهما» → مفاوضات), or undefined.
   */
  suffixedFamilyOf(norm: string): string | undefined;
}

/** A stem keeps at least this many letters once a pronoun suffix is taken off. */
const MIN_SUFFIXED_STEM = 3;

/**
 * Indexes expanded families. A form that two families claim is an error (the data must say
 * which word it is), reported with both keys so the curator can fix the file.
 */
export function buildFormIndex(inputs: WordFamilyInput[]): FormIndex {
  const families = inputs.map(expandFamily);
  const byForm = new Map<string, string>();
  const clashes: string[] = [];
  for (const fam of families) {
    for (const f of fam.forms) {
      const other = byForm.get(f);
      if (other !== undefined && other !== fam.key) clashes.push(`«${f}» is in the families «${other}» and «${fam.key}»`);
      else byForm.set(f, fam.key);
    }
  }
  if (clashes.length) throw new Error(`word forms: ${clashes.join('; ')}`);
  // Suffix → the families that take it; longest suffix tried first (هما before ها before ه).
  const takers = new Map<string, Set<string>>();
  inputs.forEach((input, i) => {
    for (const raw of input.suffixes ?? []) {
      const suf = normalizeArabic(raw.trim());
      if (!suf) continue;
      if (!takers.has(suf)) takers.set(suf, new Set());
      takers.get(suf)!.add(families[i].key);
    }
  });
  const suffixes = [...takers.keys()].sort((a, b) => b.length - a.length);
  const suffixedFamilyOf = (norm: string): string | undefined => {
    for (const suf of suffixes) {
      if (!norm.endsWith(suf) || norm.length - suf.length < MIN_SUFFIXED_STEM) continue;
      const stem = norm.slice(0, -suf.length);
      // A feminine noun shows its ت before a suffix (قمة → قمتهم): ة is ه once normalised.
      for (const form of stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ه'] : [stem]) {
        const key = byForm.get(form);
        if (key !== undefined && takers.get(suf)!.has(key)) return key;
      }
    }
    return undefined;
  };
  return { families, familyOf: (norm) => byForm.get(norm), suffixedFamilyOf };
}

/** The article-less reading of a normalised word (الأسرى → اسرى), or the word itself. */
export function withoutArticle(norm: string): string {
  return norm.startsWith('ال') && norm.length - 2 >= 3 ? norm.slice(2) : norm;
}
