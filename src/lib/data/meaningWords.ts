// content/search-meaning-words.yaml → the query side's words of one meaning (issue 15, thirty-fourth pass). A group is
// the forms and one-word near-synonyms of one sense; the query side (src/lib/search/meaningWords.ts) meets a reader's
// word by any other word of its groups. Shipped as thesaurus concepts of one-word phrasings under MEANING_PREFIX (the
// thesaurus's keying and word buckets carry them), which the thesaurus's own phrase searches leave aside.
import { z } from 'zod';
import { MeaningWordsDomainSchema } from './schemas/search-meaning-words';
import type { ThesaurusConcept } from './thesaurus';
import { DataFileError, entryLabel, parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_MEANING_WORDS_PATH = 'content/search-meaning-words.yaml';
// A meaning group's id as shipped among the thesaurus's concepts: `meaning/<domain>/<group>`.
import { MEANING_PREFIX } from '../search/meaningWords';

export { MEANING_PREFIX };

/** Parses and checks the file: a group id once, a word listed once in a group. */
export function parseMeaningWords(text: string, file = DEFAULT_SEARCH_MEANING_WORDS_PATH): ThesaurusConcept[] {
  const y = parseYaml(text, file);
  const domains = validateYaml(y, z.array(MeaningWordsDomainSchema));
  const problems: string[] = [];
  const ids = new Set<string>();
  const out: ThesaurusConcept[] = [];
  domains.forEach((d, i) => {
    for (const [group, words] of Object.entries(d.words)) {
      if (ids.has(group)) problems.push(`${entryLabel(y, i)} group "${group}" is listed twice`);
      ids.add(group);
      const seen = new Set<string>();
      for (const w of words) {
        if (seen.has(w)) problems.push(`${entryLabel(y, i)} «${w}» is listed twice in "${group}"`);
        seen.add(w);
      }
      out.push({ id: `${MEANING_PREFIX}${d.domain}/${group}`, phrasings: words });
    }
  });
  if (problems.length) throw new DataFileError(file, problems);
  return out;
}

export function loadMeaningWords(path = DEFAULT_SEARCH_MEANING_WORDS_PATH): ThesaurusConcept[] {
  return readDataFile(path, parseMeaningWords);
}
