// A place and its relative adjective joined by rule (issue 15, twenty-second pass): «زحلة» ↔ «الزحلاوي»، «فينيتسيا» ↔
// «الفينيتسي» for towns no list holds (content/search-nisbas.yaml). Index side only, at the low weight of the other
// readings (indexKeys.ts): the page writing the other form is found after the pages writing the typed one. Both ways
// need evidence of a name, since Arabic script has no capitals: a place only after a place word («مدينة X») or, bare,
// after a place signal («أهالي X»، «ضواحي X»: twenty-third pass), an
// adjective only when neither it nor any place it reads back to is a word of the curated data (دولي، عربي: adjectives
// of common nouns) or listed in `notNisbas`.
import { normalizeArabic } from '../arabic/normalize';

/** content/search-nisbas.yaml as loaded. */
export interface NisbaRules {
  /** `minBase`: the place less its ending has this many letters at least, or the next entry is tried (thirty-sixth pass). */
  endings: Array<{ place: string; nisba: string[]; minBase?: number }>;
  placeWords: string[];
  /** Words after which a word WITHOUT the article is a place (أهالي، سكان، ضواحي، شمال …; twenty-third pass). */
  placeSignals?: string[];
  /** Prepositions of place: a bare word after them that the corpus never writes with the article is a name (corpusNisbas.ts). */
  placePrepositions?: string[];
  notNisbas?: string[];
}

/** The rules ready to read words with (normalised). */
export interface NisbaReader {
  endings: Array<{ place: string; nisba: string[]; minBase?: number }>;
  placeWords: ReadonlySet<string>;
  placeSignals: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  notNisbas: ReadonlySet<string>;
}

export function nisbaReader(rules: NisbaRules): NisbaReader {
  const norm = (w: string) => normalizeArabic(w.trim());
  return { endings: rules.endings.map((e) => ({ place: norm(e.place), nisba: e.nisba.map(norm), ...(e.minBase ? { minBase: e.minBase } : {}) })), placeWords: new Set(rules.placeWords.map(norm)), placeSignals: new Set((rules.placeSignals ?? []).map(norm)), placePrepositions: new Set((rules.placePrepositions ?? []).map(norm)), notNisbas: new Set((rules.notNisbas ?? []).map(norm)) };
}

/** A place's base (the place less its ending) ends in a consonant (ي too: المنيا → منياوي) and has three letters at least. */
const goodBase = (base: string) => base.length >= 3 && !/[اوءه]$/.test(base);

/**
 * The endings in the order a place tries them: each of a last letter in the data's order, then '' («any other last
 * letter») — wherever the data lists it, so that its candidates may come first in `loosePlacesOfNisba`'s order.
 */
export const placeEndingsFirst = <E extends { place: string }>(endings: readonly E[]): E[] => [...endings.filter((e) => e.place), ...endings.filter((e) => !e.place)];

/** The adjectives a place takes by the first rule that fits it (زحله → زحلي، زحلاوي), none if no rule fits. */
export function nisbasOfPlace(place: string, r: NisbaReader): string[] {
  if (place.endsWith('ي')) return [];
  for (const e of placeEndingsFirst(r.endings)) {
    const base = place.slice(0, place.length - e.place.length);
    if (place.endsWith(e.place) && goodBase(base) && base.length >= (e.minBase ?? 0)) return e.nisba.map((n) => base + n);
  }
  return [];
}

/** The places an adjective (masculine, normalised) reads back to by rule: زحلاوي → زحله، زحلا، زحل. */
export function placesOfNisba(nisba: string, r: NisbaReader): string[] {
  const out: string[] = [];
  for (const e of r.endings) {
    for (const n of e.nisba) {
      if (!nisba.endsWith(n)) continue;
      const place = nisba.slice(0, nisba.length - n.length) + e.place;
      // The place must give the adjective back by the first rule that fits it (فينيتسا is read, فينيتساي is not).
      if (!out.includes(place) && nisbasOfPlace(place, r).includes(nisba)) out.push(place);
    }
  }
  return out;
}

/** A word of `words` as written, or after و/ف and ب/ل (ومدينة، بمحافظة، لمنطقة، ولسكان). */
const listed = (w: string, words: ReadonlySet<string>): boolean => words.has(w) || words.has(w.replace(/^[وف](?=..)/, '')) || words.has(w.replace(/^[وف]?[بل](?=..)/, ''));
const placeWord = (w: string, r: NisbaReader): boolean => listed(w, r.placeWords);

/**
 * A town written bare after a place signal (twenty-third pass): «أهالي دنقلا»، «ضواحي كوفيل»، «جنوب مدنين». A common noun
 * stands there too, mostly with the article («سكان الريف»، «غرب النهر»), so only a word without it is read — and never
 * a signal word itself («جنوب شرق»): a direction after a direction is no town.
 */
const signalledPlace = (prev: string, word: string, r: NisbaReader, article: boolean): boolean =>
  !article && listed(prev, r.placeSignals) && !listed(word, r.placeSignals) && !listed(word, r.placeWords);

/** The agreement endings after an adjective's ي (nisba.ts SUFFIXES): الزحلاوية، الزحلاويين → زحلاوي. */
const AGREEMENT = /ي(?:ه|ين|ون|ان|تان|تين|ات)?$/;
export const masculineNisba = (stem: string): string | undefined => (AGREEMENT.test(stem) ? stem.replace(AGREEMENT, 'ي') : undefined);

/**
 * The keys' words a page word carries by the nisba rules: a place after a place word its adjectives («مدينة عطبرة» →
 * عطبري، عطبراوي), an adjective its places («البعلبكيون» → بعلبك). `common` says a stem is a word of the curated data.
 */
export function nisbaReadings(stem: string, prev: string | undefined, r: NisbaReader, common: (stem: string) => boolean, { maqsura = false, article = false } = {}): string[] {
  // The caller passes the word less its article where it has one: a name's first letter is no clitic (البيشي is
  // بيشي, though its search stem is يشي), and the keys are made from the readings' search stems as a query's are.
  if (prev && (placeWord(prev, r) || signalledPlace(prev, stem, r, article))) {
    return common(stem) ? [] : nisbasOfPlace(stem, r).filter((n) => !r.notNisbas.has(n) && !common(n));
  }
  // A word written with a final ى (الوسطى، أخرى، يسعى) is no adjective in ي.
  const nisba = maqsura ? undefined : masculineNisba(stem);
  if (!nisba || r.notNisbas.has(nisba) || common(nisba) || common(stem)) return [];
  // Read in use (scripts/list-nisba-readings.ts over the fixture text), the rule fired mostly on common adjectives,
  // so an adjective is read only where its shape is a town's more than a word's:
  // - a present verb of a root in ي last (يجري، تأتي) is none: four letters from ي/ت/ن/ا, written without the article;
  // - a participle of a root in ي last (الماضي، الجارية: فاعي) is none;
  // - a plain ي adjective is not read back to a ة word (السياسية ↛ سياسة، الثقافية ↛ ثقافة: the common noun's way).
  const plain = !/(?:اوي|اءي)$/.test(nisba);
  // - a plain ي adjective of fewer than five letters (شرعي، جنسي، فني) is a common word's more often than a town's, and
  //   each reading lengthens the page, which Pagefind ranks lower for every word it holds (dev: two labelled pages
  //   from 10 to 11 before this gate).
  if ((!article && /^[يتنا]..ي$/.test(stem)) || /^.ا.ي$/.test(nisba) || (plain && nisba.length < 5)) return [];
  const places = placesOfNisba(nisba, r).filter((p) => !(plain && p.endsWith('ه')));
  // One common word among the places: the adjective is that word's (دولي ← دوله), not a town's.
  return places.some((p) => common(p) || common(p.replace(/ه$/, ''))) ? [] : places;
}

/**
 * The places an adjective (masculine, normalised) may read back to: each ending of the data without nisbaReadings'
 * gates of shape (the corpus's name evidence stands for them), a base of two letters or more: رقاوي → رقه، رقا، رق.
 */
export function loosePlacesOfNisba(nisba: string, r: Pick<NisbaReader, 'endings'>): string[] {
  const out: string[] = [];
  for (const e of r.endings) for (const n of e.nisba) {
    if (!nisba.endsWith(n) || nisba.length - n.length < Math.max(2, e.minBase ?? 0)) continue;
    const place = nisba.slice(0, nisba.length - n.length) + e.place;
    if (!out.includes(place)) out.push(place);
  }
  return out;
}
