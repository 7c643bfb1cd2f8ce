// What search knows beyond spelling: word families and concepts with their topics' phrases
// (loaded and resolved by src/lib/data/search.ts, passed in by the indexer).
import type { WordFamilyInput } from '../arabic/forms';
import type { ConceptInput } from './context';

export interface SearchVocabulary {
  families: WordFamilyInput[];
  concepts: ConceptInput[];
}
