// What search knows beyond spelling, resolved from the curated data: word families and
// concepts with their topics' phrases. Pure: the data layer loads the files and passes them.
import type { WordFamilyInput } from '../arabic/forms';
import type { ConceptInput } from './context';

export interface SearchVocabulary {
  families: WordFamilyInput[];
  concepts: ConceptInput[];
}

/** Concepts with the phrase lexicon of their topic added after their own phrases. */
export function resolveConcepts(
  synonyms: Array<{ id: string; topic?: string; names: string[]; phrases?: string[] }>,
  topics: Array<{ id: string; phrases: string[] }>,
): ConceptInput[] {
  const byId = new Map(topics.map((t) => [t.id, t.phrases]));
  return synonyms.map((c) => ({
    id: c.id,
    names: c.names,
    phrases: [...new Set([...(c.phrases ?? []), ...((c.topic && byId.get(c.topic)) || [])])],
  }));
}
