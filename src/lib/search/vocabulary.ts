// What search knows beyond spelling: word families and concepts with their topics' phrases
// (loaded and resolved by src/lib/data/search.ts, passed in by the indexer).
import type { WordFamilyInput } from '../arabic/forms';
import type { ConceptInput } from './context';
import type { VerbEntry } from './derivedForms';
import type { SearchPatterns } from './patternReadings';
import type { ThesaurusConcept } from '../data/thesaurus';

export interface SearchVocabulary {
  families: WordFamilyInput[];
  /** The verb families among them, as root and measure with the key of the family each joined. */
  verbs?: Array<VerbEntry & { key: string }>;
  concepts: ConceptInput[];
  /** Phrases in which a name (actor, concept) is a plain word (أذان المغرب), content/search-forms.yaml. */
  notNamePhrases?: string[];
  /** Words whose written hamza is the only reading (ألغاز ≠ غاز), content/search-forms.yaml. */
  keepHamzaForms?: string[];
  /** Plurals a query asks for by their own key (بحارة: its singular بحار is also «seas»), content/search-forms.yaml. */
  ownPlurals?: string[];
  /** Nouns whose bare form is mostly another word (قدم «presented»), content/search-forms.yaml. */
  definiteNouns?: string[];
  /** Function words (content/function-words.yaml): never marked in an excerpt beside a query's other words. */
  functionWords?: string[];
  /** Broken-plural patterns and the pattern readings' traps (content/search-patterns.yaml): index side only. */
  patterns?: SearchPatterns;
  /** The thesaurus of the news (content/search-thesaurus.yaml): query side only, shipped keyed in kb-search.json. */
  thesaurus?: ThesaurusConcept[];
}
