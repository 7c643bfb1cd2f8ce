// The planning file's word data in buckets (issue 15, twenty-first pass): the word tables of the key context
// (known stems, word families, own plurals, concept names and phrasings, the data's stems) are written by the
// first two letters of the key they are read by, one small file each under pagefind/kb-words/, so the first
// results of /search/ wait for the few buckets their words read, not for every list line of the data.
// kb-search.json keeps what is walked whole or small: the aliases, the not-name phrases, the hamza, definite
// and function-word sets, and the actors' concepts. bucketedContext.ts reads the buckets back.
import { contextFromJson, type SearchPlanningJson } from './context';
import { dataStemsOf } from './stems';
import type { ThesaurusPhrasingJson } from './thesaurus';
import { isPlace, placePartsOf } from './placeParts';

/** The folder of the buckets, beside kb-search.json. */
export const WORDS_DIR = 'kb-words';

/**
 * The word fields of the planning file in one file, as they were in kb-search.json: for a computation that
 * reads many buckets (an excerpt stems a whole article), one request instead of hundreds, and the smallest
 * form of the whole data (~45 KB gzipped against ~190 KB for the buckets one by one): the browser cuts it
 * into the same buckets (`bucketsFromAll`). bucketedContext.ts `bucketLoader` decides.
 */
export const ALL_WORDS_FILE = `${WORDS_DIR}/all.json`;

/** Letters of a key that name its bucket. Two: a query reads a median of ~3 KB gzipped (docs/search.md, twentieth pass). */
export const BUCKET_LETTERS = 2;

/** The bucket of a word key: its first two letters. */
export const wordBucket = (key: string): string => key.slice(0, BUCKET_LETTERS);

/** Buckets of concept ids (conceptShown, read by an id a name gave): by a hash of the id. */
const SHOWN_BUCKETS = 64;
export function shownBucket(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return `#${((h >>> 0) % SHOWN_BUCKETS).toString(36)}`;
}

/** A bucket's file under kb-words/: its letters as hex code units (file names and URLs stay ASCII). */
export function bucketFile(bucket: string): string {
  return `${WORDS_DIR}/${[...bucket].map((c) => c.charCodeAt(0).toString(16)).join('-') || '_'}.json`;
}

/** One bucket: every entry of the word tables whose key starts with its letters (or, for `shown`, whose id hashes to it). */
export interface WordBucketJson {
  known?: string[];
  /** [form stem, family stem], the family's own stem included. */
  families?: Array<[string, string]>;
  ownPlurals?: string[];
  /** stems.ts dataStems: every stem the data names (the hamza reading's check). */
  dataStems?: string[];
  /** The corpus's names (KeyContext `places`), by their own first letters: a typed adjective's bucket mostly. */
  places?: string[];
  /** The index's words by foreign-name skeleton (KeyContext `spellings`), by the skeleton's first letters: [skeleton, stems]. */
  spellings?: Array<[string, string[]]>;
  /** First match stem → its concept names in table order: [stems joined by a space, concept id]. */
  conceptNames?: Array<[string, Array<[string, string]>]>;
  /** First match stem → its concept phrasings in table order: [stems joined by a space, concept ids]. */
  conceptPhrases?: Array<[string, Array<[string, string[]]>]>;
  /** Concept id → phrasings the page names: in the id's own bucket and beside the concept's names. */
  shown?: Record<string, string[]>;
  /** The thesaurus (thesaurus.ts): first match stem → [its phrasings' stems joined by a space, concept id], longest first. */
  thesaurusPhrases?: Array<[string, Array<[string, string]>]>;
  /** The thesaurus's concepts whose phrases start in this bucket → their phrasings (beside them: no second round). */
  thesaurus?: Record<string, ThesaurusPhrasingJson[]>;
}

/** What kb-search.json says of the buckets: which exist (a bucket not listed is empty, never fetched). */
export interface WordsIndexJson {
  buckets: string[];
  /** Actor id → the concept its names also stand for (few; read by an alias's id). */
  actorConcepts: Record<string, string>;
}

/** The word fields that move to the buckets (read back through the key context, never from the JSON). */
const BUCKETED_FIELDS = ['known', 'rootClitic', 'families', 'verbs', 'concepts', 'ownPlurals', 'places', 'spellings', 'thesaurus'] as const;

/**
 * Splits the planning JSON into kb-search.json without its word tables and the buckets. `known` stays when the
 * planning file has it (the aliases do not give it): completions and «did you mean» read it from the JSON.
 */
export function bucketWords(planning: SearchPlanningJson): { main: SearchPlanningJson & { words: WordsIndexJson }; buckets: Map<string, WordBucketJson> } {
  const ctx = contextFromJson(planning);
  const buckets = new Map<string, WordBucketJson>();
  const at = (key: string) => {
    const b = wordBucket(key);
    if (!buckets.has(b)) buckets.set(b, {});
    return buckets.get(b)!;
  };
  const push = <K extends keyof WordBucketJson>(bucket: WordBucketJson, field: K, entry: NonNullable<WordBucketJson[K]> extends Array<infer E> ? E : never) => {
    ((bucket[field] ??= [] as never) as unknown[]).push(entry);
  };
  for (const w of ctx.known) push(at(w), 'known', w);
  for (const [form, fam] of ctx.families) push(at(form), 'families', [form, fam]);
  for (const w of ctx.ownPlurals ?? []) push(at(w), 'ownPlurals', w);
  for (const w of dataStemsOf(ctx)) push(at(w), 'dataStems', w);
  for (const w of ctx.places ?? []) push(at(w), 'places', w);
  for (const [skeleton, stems] of ctx.spellings ?? []) push(at(skeleton), 'spellings', [skeleton, [...stems]]);
  const shownBeside = (bucket: WordBucketJson, id: string) => {
    const shown = ctx.conceptShown.get(id);
    if (shown) (bucket.shown ??= {})[id] = shown;
  };
  for (const [first, entries] of ctx.conceptNames) {
    const bucket = at(first);
    push(bucket, 'conceptNames', [first, entries.map((e) => [e.stems.join(' '), e.id] as [string, string])]);
    for (const e of entries) shownBeside(bucket, e.id);
  }
  for (const [first, entries] of ctx.conceptPhrases) push(at(first), 'conceptPhrases', [first, entries.map((e) => [e.stems.join(' '), e.ids] as [string, string[]])]);
  for (const id of ctx.conceptShown.keys()) {
    const b = shownBucket(id);
    if (!buckets.has(b)) buckets.set(b, {});
    shownBeside(buckets.get(b)!, id);
  }
  // The thesaurus (thirty-third pass): ~35 KB gzipped whole in kb-search.json, so by its phrases' first stems, each
  // concept's phrasings beside every phrase of it (a query that types one reads its others with no second round).
  const thesaurus = ctx.thesaurus;
  for (const [first, entries] of thesaurus?.phrases ?? []) {
    const bucket = at(first);
    push(bucket, 'thesaurusPhrases', [first, entries.map((e) => [e.stems.join(' '), e.concept] as [string, string])]);
    // A place's names bring its parts (placeParts.ts): no phrase of the parts is a reader's, so no bucket of theirs would.
    const ship = (concept: string) => ((bucket.thesaurus ??= {})[concept] = (thesaurus!.concepts.get(concept) ?? []).map((p) => [p.match, p.keys.join(' '), p.text]));
    for (const e of entries) {
      ship(e.concept);
      if (isPlace(e.concept) && thesaurus!.concepts.has(placePartsOf(e.concept))) ship(placePartsOf(e.concept));
    }
  }
  const main: Record<string, unknown> = { ...planning };
  for (const f of BUCKETED_FIELDS) if (f !== 'known') delete main[f];
  main.words = { buckets: [...buckets.keys()].sort(), actorConcepts: Object.fromEntries(ctx.actorConcepts) } satisfies WordsIndexJson;
  return { main: main as SearchPlanningJson & { words: WordsIndexJson }, buckets };
}

/** The file of every bucket: the word fields bucketWords took out of the planning JSON. */
export type AllWordsJson = Pick<SearchPlanningJson, (typeof BUCKETED_FIELDS)[number]>;

/** The word fields `bucketWords` took out (ALL_WORDS_FILE's content). */
export function allWords(planning: SearchPlanningJson): AllWordsJson {
  // Not the foreign names' skeletons (nameSkeleton.ts): ~40 KB gzipped at ~3,000 articles, read by a query's rare words
  // only, never by an excerpt; a plan made from this file (a run missing MANY_BUCKETS) reads no other spelling.
  return Object.fromEntries(BUCKETED_FIELDS.filter((f) => f in planning && f !== 'spellings').map((f) => [f, planning[f]])) as AllWordsJson;
}

/** The buckets again from kb-search.json and the file of every bucket: the same split as the index wrote. */
export function bucketsFromAll(main: SearchPlanningJson, all: AllWordsJson): Map<string, WordBucketJson> {
  return bucketWords({ ...main, ...all }).buckets;
}

/** Whether a kb-search.json ships its word tables in buckets (an index written before this pass does not). */
export const hasWordBuckets = (json: SearchPlanningJson): json is SearchPlanningJson & { words: WordsIndexJson } => !!json.words;
