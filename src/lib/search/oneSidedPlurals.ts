// Broken plurals and collectives read on one side (issue 15, twenty-seventh pass, session 35). The corpus confirmation
// (corpusPlurals.ts) joins a template pair only when both forms stand in the corpus, which a corpus of a few thousand
// pages rarely shows for a word of the long tail (الشخاتير، المسالف، الأكيار): the page writes one form and the reader
// types the other. Here a page word of a template's shape carries the other form of the template at the low weight —
// a plural its singular(s), a singular in a noun's place its plural(s), a collective its unit and the other way — with
// the guards that stand in for the missing second form: neither form is a word of the curated data (it decides, maybe
// in another sense; names and function words are its words too), the templates read are the data's (`oneSided` of
// content/search-corpus-plurals.yaml: the shapes a verbal noun or a doer's noun shares are read one way only), and a
// generated form the corpus holds far more often than the page word predicts is another word (شمال beside شمل).
import type { KeyContext } from './keyContext';
import { fill, pluralReadings, rootOf, type PatternReader, type PluralPattern } from './patternReadings';
import type { CorpusReading, CorpusVocabulary } from './corpusPlurals';

/** content/search-corpus-plurals.yaml `oneSided`. */
export interface OneSidedRules {
  /** Templates (by their plural, as in `templates`) whose plural is read to its singulars. */
  toSingular: string[];
  /** Templates whose singulars, in a noun's place, are read to the plural. */
  toPlural: string[];
  /** A collective read to its unit noun in ة and the unit to the collective (the shapes of `collectiveShape`). */
  collective: boolean;
  /** A generated form the corpus holds is read only if its pages are at most ratio × the page word's + slack. */
  ratio: number;
  slack: number;
}

/**
 * Adds the one-sided readings of every step of the vocabulary to `out` (after the confirmed ones: `add` keeps the
 * first reading of a word). `reader` holds the corpus templates, normalised; `hamzaPlural` the plurals written أ.
 */
export function addOneSidedPlurals(
  vocab: CorpusVocabulary,
  rules: OneSidedRules,
  reader: PatternReader,
  hamzaPlural: ReadonlySet<string>,
  guards: { data: (w: string) => boolean; stemOf: (w: string) => string; collectiveShape: (w: string) => boolean },
  add: (from: string, reading: CorpusReading) => void,
): void {
  const toSingular = new Set(rules.toSingular);
  const toPlural = new Set(rules.toPlural);
  const one = (p: PluralPattern): PatternReader => ({ ...reader, plurals: [p] });
  const singularReaders = reader.plurals.filter((p) => toSingular.has(p.plural)).map(one);
  const pluralReaders = reader.plurals.filter((p) => toPlural.has(p.plural)).map((p) => ({ p, r: one(p) }));
  const { data, stemOf } = guards;
  // The generated form is no word of the data, and the corpus does not hold it far more often than the page word.
  const fits = (from: string, to: string): boolean => {
    const st = stemOf(to);
    if (data(to) || data(st)) return false;
    const dt = vocab.df(st);
    return !dt || dt <= rules.ratio * vocab.df(stemOf(from)) + rules.slack;
  };
  for (const step of [...vocab.steps].sort()) {
    if (data(step) || data(stemOf(step))) continue;
    for (const r of singularReaders) {
      for (const singular of pluralReadings(step, r)) {
        if (fits(step, singular)) add(step, { word: singular, ...(hamzaPlural.has(r.plurals[0].plural) ? { hamza: true as const } : {}) });
      }
    }
    for (const { p, r } of pluralReaders) {
      for (const s of p.singulars) {
        const root = rootOf(step, s);
        const plural = root && fill(p.plural, root);
        // The plural must read back to the word by its own template: the root's letters pass its guards.
        if (plural && plural !== step && pluralReadings(plural, r).includes(step) && fits(step, plural)) add(step, { word: plural, noun: true, ...(step.endsWith('ه') ? { ta: true as const } : {}) });
      }
    }
    if (rules.collective) {
      // A unit noun (written with ة on the page) and its collective, both ways; a collective only in a noun's place.
      if (step.endsWith('ه') && step.length >= 4) {
        const collective = step.slice(0, -1);
        if (guards.collectiveShape(collective) && fits(step, collective)) add(step, { word: collective, ta: true });
      } else if (guards.collectiveShape(step) && !singularReaders.some((r) => pluralReadings(step, r).length) && fits(step, `${step}ه`)) {
        // A word a template reads as a plural (الأصناف) is no collective: its unit would be a key no reader types.
        add(step, { word: `${step}ه`, noun: true });
      }
    }
  }
}

