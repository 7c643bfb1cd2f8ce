// A town and its relative adjective joined where the corpus confirms them (issue 15, twenty-seventh pass, session 35).
// nisbaReadings.ts reads them on the page alone, so it needs the page's own evidence of a name (a place word before
// the town, a place signal) and refuses shapes a common word takes too (a plain ي adjective of a ة word, a short one).
// A town written bare after a preposition («وصل الوفد إلى تارودانت») is read by neither side, nor a nisba of an
// unusual shape (الرقة ↔ رقاوي، ليوا ↔ ليواويات). Here the corpus gives the evidence: a word is a NAME where some page
// puts it after a place word (مدينة السماوة), or bare after a place signal or a preposition of place (في، إلى: not من,
// «من حديد» is a material) and no page writes it with the article (a common noun takes it: «في البر»، «إلى الغابة»);
// an adjective of the corpus (-ي، -ية، -يون/-يين، -يات) whose stem, by the endings of content/search-nisbas.yaml, is such
// a name is joined to it when neither is a word of the curated data nor a listed non-nisba, and their pages agree
// (CorpusVocabulary.agree). Read both ways at the low weight (indexKeys.ts, the corpus readings' map).
import type { KeyContext } from './keyContext';
import { countPageWords, type CorpusPluralRules, type CorpusReading, type CorpusVocabulary } from './corpusPlurals';
import { curatedWord } from './corpusDerivations';
import { loosePlacesOfNisba, masculineNisba } from './nisbaReadings';

export { loosePlacesOfNisba };
import { searchStem } from './stems';
import type { PagePlaces } from './placeContexts';

/**
 * The contexts of each word that say it is a name, over the pages (placeContexts.ts: counted with each page's words,
 * kept per article by the indexer, so that an update reads the same evidence as a full build).
 */
export class PlaceEvidence {
  private readonly afterPlaceWord = new Set<string>();
  private readonly bareAfter = new Set<string>();
  private readonly withArticle = new Set<string>();

  addPage(places: PagePlaces): void {
    for (const w of places.afterPlaceWord) this.afterPlaceWord.add(w);
    for (const w of places.bareAfter) this.bareAfter.add(w);
    for (const w of places.withArticle) this.withArticle.add(w);
  }

  /** Every word the corpus writes as a name, sorted (the query side's towns: queryForms.ts). */
  names(): string[] {
    return [...new Set([...this.afterPlaceWord, ...this.bareAfter])].filter((w) => this.isName(w)).sort();
  }

  /** Whether the corpus writes the word as a name (above). */
  isName(word: string): boolean {
    return this.afterPlaceWord.has(word) || (this.bareAfter.has(word) && !this.withArticle.has(word));
  }
}

/** Whether the corpus writes the word with a possessive pronoun (ها، هم، هما، نا، كم; not ه, a feminine's ة normalised). */
const possessed = (w: string, vocab: CorpusVocabulary): boolean => ['ها', 'هم', 'هما', 'نا', 'كم'].some((p) => vocab.steps.has(w.endsWith('ه') ? w.slice(0, -1) + 'ت' + p : w + p));

/** Counts one page into the vocabulary and the towns' evidence (tests and scripts; the indexer goes through its word cache). */
export function addPlacePage(vocab: CorpusVocabulary, places: PlaceEvidence, paragraphs: readonly string[], ctx: KeyContext): void {
  const counted = countPageWords(paragraphs, ctx.known, ctx.patterns?.nisbas);
  vocab.addCounted(counted);
  if (counted.places) places.addPage(counted.places);
}

/**
 * The names a typed adjective may read back to on the query side (twenty-ninth pass): three letters or more, no word of
 * the curated data, none the corpus writes with a possessive pronoun (a common noun: حدودها).
 */
export function queryPlaces(vocab: CorpusVocabulary, evidence: PlaceEvidence, ctx: KeyContext): string[] {
  return evidence.names().filter((w) => w.length >= 3 && !curatedWord(w, ctx) && !curatedWord(searchStem(w, ctx.known), ctx) && !possessed(w, vocab));
}

/** The confirmed town ↔ adjective pairs, by step: each adjective form of the corpus → its town, the town → each form. */
export function confirmedNisbas(vocab: CorpusVocabulary, evidence: PlaceEvidence, rules: Pick<CorpusPluralRules, 'minShared' | 'minLift' | 'nisbaGuards'>, ctx: KeyContext): Map<string, CorpusReading[]> {
  const out = new Map<string, CorpusReading[]>();
  const reader = ctx.patterns?.nisbas;
  if (!reader) return out;
  const stemOf = (w: string) => searchStem(w, ctx.known);
  const common = (w: string) => curatedWord(w, ctx) || curatedWord(stemOf(w), ctx);
  const add = (from: string, word: string) => {
    const list = out.get(from) ?? [];
    if (!list.some((r) => r.word === word)) list.push({ word });
    out.set(from, list);
  };
  for (const form of [...vocab.steps].sort()) {
    const nisba = masculineNisba(form);
    // Four letters at least before the agreement: «عربي»، «فني» are a common word's.
    if (!nisba || nisba.length < 5 || reader.notNisbas.has(nisba) || common(form) || common(nisba)) continue;
    const plain = !/(?:اوي|اءي)$/.test(nisba);
    for (const place of loosePlacesOfNisba(nisba, reader)) {
      // A plain ي adjective of a ة place is the adjective of the word without the ة where the corpus or the data holds
      // that word: بريدية is «postal» (بريد), not of the town بريدة (dev22n's trap, found at the pass's first run).
      if (plain && place.endsWith('ه') && (vocab.steps.has(place.slice(0, -1)) || common(place.slice(0, -1)))) continue;
      // The town as a whole word only: its search stem may be a data word once a first letter is read as a clitic
      // (بنها → نها), and a query typing the town asks that same stem.
      if (place === form || !vocab.steps.has(place) || !evidence.isName(place) || curatedWord(place, ctx)) continue;
      // A town takes no possessive pronoun: a stem the corpus writes with one (حدودها، ختامها، مستخدمهم) is a common
      // noun there, whatever place word once stood before it (twenty-eighth pass).
      if (rules.nisbaGuards && possessed(place, vocab)) continue;
      if (!vocab.agree(stemOf(form), stemOf(place), rules)) continue;
      add(form, place);
      add(place, form);
    }
  }
  return out;
}
