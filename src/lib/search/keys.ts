// Search keys: the ONE function that turns Arabic words into index terms, run at index time
// (src/indexer/write.ts) and again in the browser on the reader's query, so both sides
// agree on what "the same word" means whatever the spelling.
//
// Why our own keys instead of Pagefind's Arabic stemmer: Pagefind folds alef/hamza/tashkeel
// but misses ل/وال/clitic+hamza, folds ى/ة one way only, and over-stems (الزيتون → زيت).
// We index a key stream instead of the text:
//   word → normalizeArabic → searchStem (clitics off, deterministic) → ASCII transliteration,
// wrapped as `0…9`. Pagefind's Arabic stemmer leaves ASCII alone, so no suffix stemming
// happens; the `9` end marker turns Pagefind's prefix matching into exact matching for every
// term except the one being typed (sent without the marker).
// Actor aliases (ترمب/ترامب, الناتو/حلف شمال الأطلسي, and a country's nisba forms التركي/
// الأتراك) add one actor token `zz<id>zz`. A word of a word family (content/word-forms.yaml:
// الأسرى/أسير، اتفاقية/اتفاق) adds its family's key; a concept phrasing (وقف إطلاق النار for
// هدنة) adds one concept token `uu<id>uu`. So both sides meet through the same forms.
//
// The parts, by concern: keyContext.ts (the data), stems.ts (clitics, hamza), terms.ts (ASCII keys and
// tokens), keyTokens.ts (a text's keyed words), phrases.ts (aliases and phrasings at a word),
// indexKeys.ts (a page's key stream), queryPlan.ts (a query's terms). This module is their one entry.
export * from './keyContext';
export * from './stems';
export * from './terms';
export * from './keyTokens';
export { conceptsAt, aliasAt, inNotNamePhrase, NOT_NAME_MAX_WORDS } from './phrases';
export * from './indexKeys';
export * from './queryPlan';
