// The curated data search reads besides the actors: content/search-synonyms.yaml (concepts),
// and the word families of content/word-forms.yaml (loaded by load.ts). Validated like every curated file:
// errors name the file, the line, the entry and the field. Format: docs/dictionary.md.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { normalizeArabic } from '../arabic/normalize';
import { withoutArticle } from '../arabic/forms';
import { arabic, id, nullable, strings } from './schemas/common';
import { TOPIC_IDS } from './schemas/topics';
import { DataFileError, entryLabel, parseYaml, readDataFile, validateYaml } from './yaml';
import { loadTopics, loadWordForms } from './load';
import type { SearchVocabulary } from '../search/vocabulary';
import type { ConceptInput } from '../search/context';

export const DEFAULT_SEARCH_SYNONYMS_PATH = 'content/search-synonyms.yaml';

export const SearchConceptSchema = z
  .object({
    id,
    /** A topic whose phrase lexicon (content/topics.yaml) also says this concept. */
    topic: nullable(z.enum(TOPIC_IDS, { errorMap: () => ({ message: `must be one of the topic ids: ${TOPIC_IDS.join(', ')}` }) }).optional()),
    /** What a reader types to name the concept. */
    names: strings(arabic).min(1, 'must list at least one name'),
    /** Further phrasings. */
    phrases: nullable(strings(arabic).optional()),
  })
  .strict();

export type SearchConcept = z.output<typeof SearchConceptSchema>;

/** Parses and checks search-synonyms.yaml: unique ids, and a name names one concept only. */
export function parseSearchSynonyms(text: string, file = DEFAULT_SEARCH_SYNONYMS_PATH): SearchConcept[] {
  const y = parseYaml(text, file);
  const entries = validateYaml(y, z.array(SearchConceptSchema));
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`${entryLabel(y, i)} "id" duplicates entry #${ids.get(e.id)! + 1}`);
    else ids.set(e.id, i);
    e.names.forEach((n, j) => {
      const k = normalizeArabic(n.trim()).split(/\s+/).map(withoutArticle).join(' ');
      const first = names.get(k);
      if (first !== undefined && first !== i) problems.push(`${entryLabel(y, i)} "names[${j}]" «${n}» also names entry #${first + 1}`);
      else names.set(k, i);
    });
  });
  if (problems.length) throw new DataFileError(file, problems);
  return entries;
}

export function loadSearchSynonyms(path = DEFAULT_SEARCH_SYNONYMS_PATH): SearchConcept[] {
  return readDataFile(path, parseSearchSynonyms);
}

/**
 * What search keys beyond spelling (word families, concepts with their topics' phrases), from
 * the files beside the actor dictionary; a missing file means none of that kind.
 */
export function loadSearchVocabularyBeside(actorsFile: string): SearchVocabulary {
  const dir = dirname(actorsFile);
  const beside = (name: string) => (existsSync(join(dir, name)) ? join(dir, name) : undefined);
  const [forms, synonyms, topics] = ['word-forms.yaml', 'search-synonyms.yaml', 'topics.yaml'].map(beside);
  return {
    families: forms ? loadWordForms(forms) : [],
    concepts: synonyms ? resolveConcepts(loadSearchSynonyms(synonyms), topics ? loadTopics(topics) : []) : [],
  };
}

/** Concepts with the phrase lexicon of their topic added after their own phrases. */
export function resolveConcepts(
  synonyms: SearchConcept[],
  topics: Array<{ id: string; phrases: string[] }>,
): ConceptInput[] {
  const byId = new Map(topics.map((t) => [t.id, t.phrases]));
  return synonyms.map((c) => ({
    id: c.id,
    names: c.names,
    phrases: [...new Set([...(c.phrases ?? []), ...((c.topic && byId.get(c.topic)) || [])])],
  }));
}
