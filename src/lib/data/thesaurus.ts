// content/search-thesaurus.yaml → the query side's thesaurus (issue 15, thirty-third pass). A concept is a list of
// phrasings that say one thing; the query side (src/lib/search/thesaurus.ts) searches a concept's other phrasings when
// the reader types one. Nothing of it is keyed into the index.
import { z } from 'zod';
import { ThesaurusDomainSchema } from './schemas/search-thesaurus';
import { conceptNameKey } from './nearSynonyms';
import { DataFileError, entryLabel, parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_THESAURUS_PATH = 'content/search-thesaurus.yaml';

/** A concept of the thesaurus: its id (`domain/concept`) and its phrasings as written. */
export interface ThesaurusConcept {
  id: string;
  phrasings: string[];
}

/** Parses and checks the file: a concept id once, a phrasing in one concept only (its key: normalised, no article). */
export function parseThesaurus(text: string, file = DEFAULT_SEARCH_THESAURUS_PATH): ThesaurusConcept[] {
  const y = parseYaml(text, file);
  const domains = validateYaml(y, z.array(ThesaurusDomainSchema));
  const problems: string[] = [];
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  const out: ThesaurusConcept[] = [];
  domains.forEach((d, i) => {
    for (const [concept, phrasings] of Object.entries(d.concepts)) {
      const id = `${d.domain}/${concept}`;
      if (ids.has(concept)) problems.push(`${entryLabel(y, i)} concept "${concept}" is listed twice`);
      ids.add(concept);
      for (const p of phrasings) {
        const k = conceptNameKey(p);
        const first = owner.get(k);
        if (first && first !== id) problems.push(`${entryLabel(y, i)} «${p}» of "${id}" is also in "${first}": a phrasing belongs to one concept`);
        else owner.set(k, id);
      }
      out.push({ id, phrasings: [...new Set(phrasings)] });
    }
  });
  if (problems.length) throw new DataFileError(file, problems);
  return out;
}

export function loadThesaurus(path = DEFAULT_SEARCH_THESAURUS_PATH): ThesaurusConcept[] {
  return readDataFile(path, parseThesaurus);
}
