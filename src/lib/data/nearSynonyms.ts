// content/search-near-synonyms.yaml → search concepts (issue 15, sixteenth pass). A set of
// interchangeable words is a concept whose every word is a name (a query word of it also asks for
// the others, ranked after the pages that say the word itself); a general word and its kinds is a
// concept named by the general word and said by the kinds (البنوك → «مصرف»). The concept machinery
// does the rest: one token per phrasing on the index side, the concept tier and the page's note
// «يشمل أيضاً: …» with a link to the word alone on the query side, the token standing for the word in
// a partial match (src/lib/search/tiers.ts).
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { normalizeArabic } from '../arabic/normalize';
import { withoutArticle } from '../arabic/forms';
import type { ConceptInput } from '../search/context';
import { NEAR_SYNONYM_MARK } from '../search/queryReadings';
import { NearSynonymSchema, type NearSynonymEntry } from './schemas/search-near-synonyms';
import { DataFileError, entryLabel, parseYaml, readDataFile, validateYaml } from './yaml';

export const DEFAULT_SEARCH_NEAR_SYNONYMS_PATH = 'content/search-near-synonyms.yaml';

/** A set's concept id: its own id marked, so no curated concept id (search-synonyms.yaml) is met. */
export const nearSynonymId = (id: string) => `${NEAR_SYNONYM_MARK}${id}`;

/** A concept name's or a set word's key, as the concept loaders compare them: normalised, each word without the article. */
export const conceptNameKey = (w: string) => normalizeArabic(w.trim()).split(/\s+/).map(withoutArticle).join(' ');

/** Parses and checks the file: unique ids, and a word in one set only. */
export function parseNearSynonyms(text: string, file = DEFAULT_SEARCH_NEAR_SYNONYMS_PATH): NearSynonymEntry[] {
  const y = parseYaml(text, file);
  const entries = validateYaml(y, z.array(NearSynonymSchema));
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const owner = new Map<string, number>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`${entryLabel(y, i)} "id" duplicates entry #${ids.get(e.id)! + 1}`);
    else ids.set(e.id, i);
    for (const w of [...e.words, ...(e.kinds ?? [])]) {
      const k = conceptNameKey(w);
      const first = owner.get(k);
      if (first !== undefined && first !== i) problems.push(`${entryLabel(y, i)} «${w}» is also in entry #${first + 1}: a word belongs to one set`);
      else owner.set(k, i);
    }
  });
  if (problems.length) throw new DataFileError(file, problems);
  return entries;
}

/**
 * The file's further parts beside it, read in this order after it: the sets at the scale of the news
 * (`-news.yaml`, session 35: events) and the second common word of a noun or verb of the news (`-words.yaml`,
 * session 37: a word any query may hold, said otherwise by outlets of another region) and the concepts of public affairs
 * by field (`-affairs.yaml`, session 38: a warrant, a tariff, a vote of no confidence, each said with a second term or a
 * reporter's phrase) and the words a concept's phrase is made of (`-wordsets.yaml`, session 39: closing, easing, schools,
 * houses — read word by word in a phrase by the planner, queryPlan.ts composedWords).
 * `-vocabulary.yaml` (session 40: the news's most common words said otherwise, written from
 * scripts/search-vocabulary-inventory.ts's list by document frequency) is written but OFF: it moved no query's recall on
 * any set or the real-text probe and cost MRR by lengthening records (docs/search.md «Thirty-second pass, at the merge»).
 */
export const NEAR_SYNONYM_PARTS = ['-news.yaml', '-words.yaml', '-affairs.yaml', '-wordsets.yaml'] as const;
export const nearSynonymsPart = (path: string, suffix: (typeof NEAR_SYNONYM_PARTS)[number] = '-news.yaml') => path.replace(/\.yaml$/, suffix);

/** Every part as one list: an id, and a word, still belong to one set across the files. */
export function loadNearSynonyms(path = DEFAULT_SEARCH_NEAR_SYNONYMS_PATH): NearSynonymEntry[] {
  const all = readDataFile(path, parseNearSynonyms);
  const ids = new Map(all.map((e) => [e.id, path]));
  const owner = new Map(all.flatMap((e) => [...e.words, ...(e.kinds ?? [])].map((w) => [conceptNameKey(w), { id: e.id, file: path }] as const)));
  for (const suffix of NEAR_SYNONYM_PARTS) {
    const part = nearSynonymsPart(path, suffix);
    if (!existsSync(part)) continue;
    const problems: string[] = [];
    const entries = readDataFile(part, parseNearSynonyms);
    for (const e of entries) {
      if (ids.has(e.id)) problems.push(`set "${e.id}" is also in ${ids.get(e.id)}`);
      for (const w of [...e.words, ...(e.kinds ?? [])]) {
        const other = owner.get(conceptNameKey(w));
        if (other) problems.push(`set "${e.id}": «${w}» is also in set "${other.id}" of ${other.file}: a word belongs to one set`);
      }
    }
    if (problems.length) throw new DataFileError(part, problems);
    for (const e of entries) {
      ids.set(e.id, part);
      for (const w of [...e.words, ...(e.kinds ?? [])]) owner.set(conceptNameKey(w), { id: e.id, file: part });
    }
    all.push(...entries);
  }
  return all;
}

/**
 * The sets as concepts, after the curated ones. A set's name that names a curated concept is an
 * error naming both (a query word reads as one concept: غلاء is price-rise's, so a set of its own would
 * split it) — say such a word in that concept's entry instead.
 */
export function nearSynonymConcepts(entries: NearSynonymEntry[], concepts: ConceptInput[], file = DEFAULT_SEARCH_NEAR_SYNONYMS_PATH): ConceptInput[] {
  const named = new Map<string, string>();
  for (const c of concepts) for (const n of c.names) named.set(conceptNameKey(n), c.id);
  const problems: string[] = [];
  const out = entries.map((e): ConceptInput => {
    const names = e.words;
    for (const n of names) {
      const other = named.get(conceptNameKey(n));
      if (other) problems.push(`${file} set "${e.id}": «${n}» already names the concept "${other}" (content/search-synonyms.yaml)`);
    }
    return { id: nearSynonymId(e.id), names, phrases: e.kinds ?? [] };
  });
  if (problems.length) throw new DataFileError(file, problems);
  return out;
}
