// What search knows beyond spelling: word families and concepts with their topics' phrases
// (loaded and resolved by src/lib/data/search.ts, passed in by the indexer).
import type { WordFamilyInput } from '../arabic/forms';
import type { ConceptInput } from './context';
import type { VerbEntry } from './derivedForms';

export interface SearchVocabulary {
  families: WordFamilyInput[];
  /** The verb families among them, as root and measure with the key of the family each joined. */
  verbs?: Array<VerbEntry & { key: string }>;
  concepts: ConceptInput[];
}
