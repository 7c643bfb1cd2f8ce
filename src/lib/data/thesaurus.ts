// content/search-thesaurus.yaml → the query side's thesaurus (issue 15, thirty-third pass). A concept is a list of
// phrasings that say one thing; the query side (src/lib/search/thesaurus.ts) searches a concept's other phrasings when
// the reader types one. Nothing of it is keyed into the index.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ThesaurusDomainSchema, ThesaurusPartDomainSchema } from './schemas/search-thesaurus';
import { conceptNameKey } from './nearSynonyms';
import { DataFileError, entryLabel, parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_THESAURUS_PATH = 'content/search-thesaurus.yaml';

/** A concept of the thesaurus: its id (`domain/concept`) and its phrasings as written. */
export interface ThesaurusConcept {
  id: string;
  phrasings: string[];
}

/** Parses and checks the file: a concept id once, a phrasing in one concept only (its key: normalised, no article). */
export function parseThesaurus(text: string, file = DEFAULT_SEARCH_THESAURUS_PATH, part = false): ThesaurusConcept[] {
  const y = parseYaml(text, file);
  const domains = validateYaml(y, z.array(part ? ThesaurusPartDomainSchema : ThesaurusDomainSchema));
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

/**
 * The file's further parts beside it, read after it as one list: `-phrasing.yaml` (thirty-sixth pass, session 44: a
 * broad inventory of the news's other common phrasings by field, written by frequency and not from misses).
 */
export const THESAURUS_PARTS = ['-phrasing.yaml'] as const;
const parsePart = (text: string, file: string) => parseThesaurus(text, file, true);

/**
 * Every part as one list: a phrasing still belongs to one concept across the files; a part's concept whose id
 * (`domain/concept`) is an earlier file's extends that concept with its phrasings.
 */
export function loadThesaurus(path = DEFAULT_SEARCH_THESAURUS_PATH): ThesaurusConcept[] {
  // Copies: the parsed files are cached (readDataFile), and a part's concepts extend these.
  const all = readDataFile(path, parseThesaurus).map((c) => ({ ...c, phrasings: [...c.phrasings] }));
  const owner = new Map(all.flatMap((c) => c.phrasings.map((p) => [conceptNameKey(p), c.id] as const)));
  const byId = new Map(all.map((c) => [c.id, c]));
  for (const suffix of THESAURUS_PARTS) {
    const part = path.replace(/\.yaml$/, suffix);
    if (!existsSync(part)) continue;
    const entries = readDataFile(part, parsePart);
    const problems: string[] = [];
    for (const c of entries) {
      for (const p of c.phrasings) {
        const other = owner.get(conceptNameKey(p));
        if (other) problems.push(`«${p}» of "${c.id}" is also in "${other}": a phrasing belongs to one concept`);
      }
    }
    if (problems.length) throw new DataFileError(part, problems);
    for (const c of entries) {
      for (const p of c.phrasings) owner.set(conceptNameKey(p), c.id);
      // A part's concept with an earlier concept's id adds phrasings to it (its own phrasings stay where they are).
      const earlier = byId.get(c.id);
      if (earlier) earlier.phrasings.push(...c.phrasings);
      else if (c.phrasings.length < 2) problems.push(`concept "${c.id}" lists one phrasing and extends no concept of ${path}`);
      else {
        const own = { ...c, phrasings: [...c.phrasings] };
        byId.set(c.id, own);
        all.push(own);
      }
    }
    if (problems.length) throw new DataFileError(part, problems);
  }
  return all;
}
