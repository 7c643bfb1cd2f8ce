// A page's evidence that a word is a town's name (corpusNisbas.ts PlaceEvidence), counted with the page's words
// (corpusPlurals.ts countPageWords) so that the indexer keeps it per article (src/indexer/pageWordsCache.ts): an update
// then confirms exactly the pairs a full build does. Each word is read with the word before it in its paragraph.

/** The lists of content/search-nisbas.yaml that say a name follows (nisbaReadings.ts NisbaReader, normalised). */
export interface PlaceContextReader {
  placeWords: ReadonlySet<string>;
  placeSignals: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
}

/** One page's place contexts: each list distinct, in the order first seen. */
export interface PagePlaces {
  /** Words (less their article) seen after a place word: «مدينة السماوة» → سماوه. */
  afterPlaceWord: string[];
  /** Words seen bare after a place signal or a preposition of place (في، إلى). */
  bareAfter: string[];
  /** Words seen with the article (less it): a common noun takes it («في البر»). */
  withArticle: string[];
}

/** The article, after و/ف and ب/ك, or لل (the query side reads a typed adjective less it too: queryForms.ts). */
export const ARTICLE = /^[وف]?(?:[بك]?ال|لل)/;
/** A word of `words` as written, or after و/ف and ب/ل (ومدينة، بمحافظة، لسكان). */
export const listedPlaceWord = (w: string, words: ReadonlySet<string>): boolean => words.has(w) || words.has(w.replace(/^[وف](?=..)/, '')) || words.has(w.replace(/^[وف]?[بل](?=..)/, ''));

export class PagePlaceCounter {
  private readonly afterPlaceWord = new Set<string>();
  private readonly bareAfter = new Set<string>();
  private readonly withArticle = new Set<string>();

  constructor(private readonly reader: PlaceContextReader) {}

  /** One word of the page (normalised), after `prev` (none at a paragraph's start or after a non-Arabic token). */
  see(norm: string, prev: string | undefined): void {
    const article = ARTICLE.test(norm);
    const word = article ? norm.replace(ARTICLE, '') : norm;
    if (article) this.withArticle.add(word);
    if (!prev) return;
    if (listedPlaceWord(prev, this.reader.placeWords)) this.afterPlaceWord.add(word);
    else if (!article && (listedPlaceWord(prev, this.reader.placeSignals) || this.reader.placePrepositions.has(prev.replace(/^[وف](?=..)/, '')))) this.bareAfter.add(word);
  }

  result(): PagePlaces {
    return { afterPlaceWord: [...this.afterPlaceWord], bareAfter: [...this.bareAfter], withArticle: [...this.withArticle] };
  }
}
