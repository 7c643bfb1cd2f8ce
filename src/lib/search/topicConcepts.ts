// Concepts carried by an article's topics (issue 15, fifth pass). A concept that names a topic
// (content/search-synonyms.yaml `topic`) is put on every article the topic classifier assigned
// that topic (src/lib/topics, the same assignment that builds the topic pages, read from the
// record's `topic` filter), not only on the articles whose text holds one of its phrasings: the
// classifier reads a topic said in words no phrase list holds (its acts, its lead rules). The
// token is the concept's own, so it ranks in the concept tier, after the exact matches, like a
// phrasing found in the text. Only assigned topics count: the classifier leaves out a topic an
// article merely mentions (src/lib/topics/classify.ts), which keeps a passing mention out.
import type { ConceptInput } from './context';
import { conceptKey } from './keys';

/** Topic id → the keys of the concepts that name it (in the data's order). */
export type TopicConcepts = ReadonlyMap<string, readonly string[]>;

export function topicConceptIndex(concepts: readonly ConceptInput[]): TopicConcepts {
  const index = new Map<string, string[]>();
  for (const c of concepts) if (c.topic) (index.get(c.topic) ?? index.set(c.topic, []).get(c.topic)!).push(conceptKey(c.id));
  return index;
}

/** The concept keys an article assigned `topics` carries, each once, in the topics' order. */
export function topicConceptKeys(topics: readonly string[], index: TopicConcepts): string[] {
  return [...new Set(topics.flatMap((t) => index.get(t) ?? []))];
}
