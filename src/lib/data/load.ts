// The one data layer: every curated file under content/ is read here, validated against its
// schema (./schemas) and checked for the rules that need the whole file. The stages never
// read files: the build and the command-line tools load the data here and pass it in.
// Errors name the file, the line, the entry and the field (./yaml.ts). Format: docs/dictionary.md.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { normalizeArabic } from '../arabic/normalize';
import { buildFormIndex } from '../arabic/forms';
import { uniqueBy } from '../unique';
import { matchKey, sourceKey } from './keys';
import {
  ActorSchema,
  BoilerplateSchema,
  DatelineTownsSchema,
  DiscoveryLexiconSchema,
  FunctionWordsSchema,
  HeadlineModelSchema,
  RelationPatternsSchema,
  SourceSchema,
  TOPIC_IDS,
  TopicModelSchema,
  OutletModelSchema,
  TopicSchema,
  WordFormsSchema,
  type Actor,
  type BoilerplateData,
  type DiscoveryLexiconData,
  type HeadlineModelData,
  type RelationPatternsData,
  type Source,
  type Topic,
  type TopicModelData,
  type OutletModelData,
  type WordFormsData,
} from './schemas';
import { DataFileError, entryLabel, loadYamlFile, parseYaml, parseYamlFile, readDataFile, validateYaml, type YamlFile } from './yaml';

export { DataFileError } from './yaml';
// Callers outside src/lib import the lookup from here (scripts/index-search.ts).
export { resolveSource } from './lookup';
export type { Source } from './schemas';

export const DEFAULT_ACTORS_PATH = 'content/actors.yaml';
export const DEFAULT_TOPICS_PATH = 'content/topics.yaml';
export const DEFAULT_SOURCES_PATH = 'content/sources.yaml';
export const DEFAULT_RELATION_PATTERNS_PATH = 'content/relation-patterns.yaml';
export const DEFAULT_DISCOVERY_LEXICON_PATH = 'content/discovery-stopwords.yaml';
export const DEFAULT_BOILERPLATE_PATH = 'content/boilerplate.yaml';
export const DEFAULT_WORD_FORMS_PATH = 'content/word-forms.yaml';
export const DEFAULT_TOPIC_MODEL_PATH = 'content/topic-model.yaml';
export const DEFAULT_OUTLET_MODEL_PATH = 'content/outlet-model.json';
export const DEFAULT_FUNCTION_WORDS_PATH = 'content/function-words.yaml';
/** Read beside boilerplate.yaml (same folder) by `loadBoilerplate`. */
export const DATELINE_TOWNS_FILE = 'dateline-towns.yaml';
export const DEFAULT_HEADLINE_MODEL_PATH = 'content/headline-model.json';

/** Drops duplicates (by normalised form) and anything equal to one of `exclude`. */
function dedupe(list: string[] | undefined, exclude: string[] = []): string[] {
  return uniqueBy(list ?? [], normalizeArabic, exclude.map((s) => normalizeArabic(s.trim())));
}

function checkUniqueIds(entries: { id: string }[], y: YamlFile, problems: string[]): void {
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first === undefined) seen.set(e.id, i);
    else problems.push(`${entryLabel(y, i)} "id" duplicates entry #${first + 1} (line ${y.lineOf([first])})`);
  });
}

/** `guarded`: the form links only in context (Actor.needsContext), so two entries may share it. */
type Form = { field: string; text: string; guarded?: boolean };

/**
 * No key (of `formsOf`, compared by `key`) may belong to two entries of the file — except a form
 * every owner guards («المملكة»: Saudi Arabia next to a Saudi mention, Jordan next to a Jordanian one).
 */
function checkSharedForms<E extends { id: string }>(
  entries: E[],
  y: YamlFile,
  formsOf: (e: E) => Form[],
  key: (text: string) => string,
  what: string,
  problems: string[],
): void {
  const owner = new Map<string, { index: number } & Form>();
  entries.forEach((e, i) => {
    for (const form of formsOf(e)) {
      const k = key(form.text);
      if (!k) continue;
      const prev = owner.get(k);
      if (!prev) owner.set(k, { index: i, ...form });
      else if (prev.index !== i && !(prev.guarded && form.guarded)) {
        problems.push(
          `${entryLabel(y, i)} "${form.field}" «${form.text}» is also "${prev.field}" «${prev.text}» of entry #${prev.index + 1} (id: ${entries[prev.index].id}, line ${y.lineOf([prev.index])}) — an alias may belong to one ${what} only`,
        );
      }
    }
  });
}

/** The forms with those the actor lists in `needsContext` marked guarded (compared normalised). */
function guardedForms(e: { needsContext?: string[] | null }, forms: Form[]): Form[] {
  if (!e.needsContext?.length) return forms;
  const guarded = new Set(e.needsContext.map(matchKey));
  return forms.map((f) => (guarded.has(matchKey(f.text)) ? { ...f, guarded: true } : f));
}

/** Every matchable surface form of an actor, labelled with its field. */
export function actorForms(a: Pick<Actor, 'name' | 'aliases' | 'short' | 'nisba' | 'barePlurals' | 'hints' | 'capitals'>): Form[] {
  const forms = [{ field: 'name', text: a.name }];
  for (const f of ['aliases', 'short', 'nisba', 'barePlurals', 'hints', 'capitals'] as const) {
    (a[f] ?? []).forEach((text, i) => forms.push({ field: `${f}[${i}]`, text }));
  }
  return forms;
}

/** Parses and checks actors.yaml text. `file` is only used in messages. */
export function parseActors(text: string, file = DEFAULT_ACTORS_PATH): Actor[] {
  const y = parseYaml(text, file);
  const entries = validateYaml(y, z.array(ActorSchema));
  const problems: string[] = [];
  checkUniqueIds(entries, y, problems);
  const ids = new Set(entries.map((e) => e.id));
  entries.forEach((e, i) => {
    if (e.affiliation && !ids.has(e.affiliation)) {
      problems.push(`${entryLabel(y, i)} "affiliation" refers to unknown actor id "${e.affiliation}"`);
    }
  });
  // No surface form (name, alias, short, nisba, capital) may point at two actors.
  checkSharedForms(entries, y, (e) => guardedForms(e, actorForms(e)), matchKey, 'actor', problems);
  if (problems.length) throw new DataFileError(file, problems);

  return entries.map((e) => {
    const actor: Actor = { id: e.id, type: e.type, name: e.name, en: e.en, aliases: dedupe(e.aliases, [e.name]) };
    if (e.nisba) actor.nisba = dedupe(e.nisba);
    if (e.barePlurals) actor.barePlurals = dedupe(e.barePlurals);
    if (e.hints) actor.hints = dedupe(e.hints);
    if (e.capitals) actor.capitals = dedupe(e.capitals);
    if (e.short) actor.short = dedupe(e.short);
    if (e.needsContext) actor.needsContext = e.needsContext;
    if (e.cityState) actor.cityState = true;
    if (e.wikidata) actor.wikidata = e.wikidata;
    if (e.role) actor.role = e.role;
    if (e.affiliation) actor.affiliation = e.affiliation;
    return actor;
  });
}

/** Parses and checks topics.yaml text: the 15 fixed ids, each exactly once. */
export function parseTopics(text: string, file = DEFAULT_TOPICS_PATH): Topic[] {
  const y = parseYaml(text, file);
  const entries = validateYaml(y, z.array(TopicSchema));
  const problems: string[] = [];
  checkUniqueIds(entries, y, problems);
  const present = new Set(entries.map((e) => e.id));
  const missing = TOPIC_IDS.filter((id) => !present.has(id));
  if (missing.length) problems.push(`${file} is missing topic(s): ${missing.join(', ')} (all 15 fixed ids must be present)`);
  if (problems.length) throw new DataFileError(file, problems);
  return entries.map((e) => {
    const topic: Topic = { id: e.id, name: e.name, en: e.en, phrases: dedupe(e.phrases) };
    if (e.keyWords?.length) topic.keyWords = dedupe(e.keyWords);
    if (e.together?.length) topic.together = e.together;
    if (e.acts?.length) topic.acts = e.acts;
    if (e.places?.length) topic.places = dedupe(e.places);
    if (e.cancelledBy) topic.cancelledBy = e.cancelledBy;
    if (e.frame) topic.frame = e.frame;
    if (e.otherFields?.length) topic.otherFields = dedupe(e.otherFields);
    if (e.ownFields?.length) topic.ownFields = dedupe(e.ownFields);
    return topic;
  });
}

/** Parses and checks sources.yaml text; no alias may name two sources. */
export function parseSources(text: string, file = DEFAULT_SOURCES_PATH): Source[] {
  const y = parseYaml(text, file);
  const entries = validateYaml(y, z.array(SourceSchema));
  const problems: string[] = [];
  checkUniqueIds(entries, y, problems);
  const sourceForms = (e: Source): Form[] => [
    { field: 'name', text: e.name },
    { field: 'en', text: e.en },
    ...e.aliases.map((text, j) => ({ field: `aliases[${j}]`, text })),
  ];
  checkSharedForms(entries, y, sourceForms, sourceKey, 'source', problems);
  if (problems.length) throw new DataFileError(file, problems);
  return entries.map((e) => {
    const source: Source = { id: e.id, kind: e.kind, name: e.name, en: e.en, aliases: dedupe(e.aliases, [e.name]) };
    if (e.domains) source.domains = dedupe(e.domains);
    if (e.country) source.country = e.country;
    return source;
  });
}

/** Validates relation-patterns.yaml text (the graph compiles it: relations/patterns.ts). */
export function parseRelationPatterns(text: string, file = DEFAULT_RELATION_PATTERNS_PATH): RelationPatternsData {
  return parseYamlFile(text, file, RelationPatternsSchema);
}

/** Validates boilerplate.yaml text (ingest compiles it: ingest/boilerplate.ts). */
export function parseBoilerplate(text: string, file = DEFAULT_BOILERPLATE_PATH): BoilerplateData {
  return parseYamlFile(text, file, BoilerplateSchema);
}

/** The actor dictionary. Throws DataFileError naming file, line, entry and field. */
export function loadActors(path = DEFAULT_ACTORS_PATH): Actor[] {
  return readDataFile(path, parseActors);
}

/** The 15 topics with their phrase lexicons. */
export function loadTopics(path = DEFAULT_TOPICS_PATH): Topic[] {
  return readDataFile(path, parseTopics);
}

/** Outlets and wire agencies. */
export function loadSources(path = DEFAULT_SOURCES_PATH): Source[] {
  return readDataFile(path, parseSources);
}

/** The words that type a relation, per type (compile with relations/patterns.ts). */
export function loadRelationPatterns(path = DEFAULT_RELATION_PATTERNS_PATH): RelationPatternsData {
  return loadYamlFile(path, RelationPatternsSchema);
}

/** The discoverer's word lists (compile with entities/discovery-lexicon.ts). */
export function loadDiscoveryLexicon(path = DEFAULT_DISCOVERY_LEXICON_PATH): DiscoveryLexiconData {
  return loadYamlFile(path, DiscoveryLexiconSchema);
}

/** Parses word-forms.yaml text; a form that two families claim is an error naming both. */
export function parseWordForms(text: string, file = DEFAULT_WORD_FORMS_PATH): WordFormsData {
  const families = parseYamlFile(text, file, WordFormsSchema);
  try {
    buildFormIndex(families);
  } catch (e) {
    throw new DataFileError(file, [`${file}: ${(e as Error).message}`]);
  }
  return families;
}

/** The word families topic phrases are matched through (compile with arabic/forms.ts). */
export function loadWordForms(path = DEFAULT_WORD_FORMS_PATH): WordFormsData {
  return readDataFile(path, parseWordForms);
}

/** The learnt topic reader's weights (generated by scripts/train-topics.ts; read by topics/model.ts). */
export function loadTopicModel(path = DEFAULT_TOPIC_MODEL_PATH): TopicModelData {
  return loadYamlFile(path, TopicModelSchema);
}

/** The fitted outlet chooser's weights (generated by scripts/fit-outlet-model.ts; read by ingest/outlet-model.ts). JSON is YAML. */
export function loadOutletModel(path = DEFAULT_OUTLET_MODEL_PATH): OutletModelData {
  return loadYamlFile(path, OutletModelSchema);
}

/** The function words the learnt topic reader skips, normalised (read by scripts/train-topics.ts). */
export function loadFunctionWords(path = DEFAULT_FUNCTION_WORDS_PATH): string[] {
  return [...new Set(loadYamlFile(path, FunctionWordsSchema).words.map((w) => normalizeArabic(w)))];
}

/** The fitted headline ranker's weights (JSON, read by the YAML reader for its line-numbered errors). */
export function loadHeadlineModel(path = DEFAULT_HEADLINE_MODEL_PATH): HeadlineModelData {
  return loadYamlFile(path, HeadlineModelSchema);
}

/** Ingest's boilerplate phrases and labels (compile with ingest/boilerplate.ts). */
export function loadBoilerplate(path = DEFAULT_BOILERPLATE_PATH): BoilerplateData {
  const data = loadYamlFile(path, BoilerplateSchema);
  // The definite-article towns (content/dateline-towns.yaml) live in their own file, validated by their own schema.
  const townsPath = join(dirname(path), DATELINE_TOWNS_FILE);
  if (!existsSync(townsPath)) return data;
  const towns = loadYamlFile(townsPath, DatelineTownsSchema);
  return { ...data, datelineTowns: Object.values(towns.towns).flat() };
}

/** Everything buildCorpus needs besides the articles, from content/. */
export interface CuratedData {
  actors: Actor[];
  topics: Topic[];
  sources: Source[];
  discoveryLexicon: DiscoveryLexiconData;
  relationPatterns: RelationPatternsData;
  wordForms: WordFormsData;
  topicModel: TopicModelData;
}

export function loadCuratedData(): CuratedData {
  return {
    actors: loadActors(),
    topics: loadTopics(),
    sources: loadSources(),
    discoveryLexicon: loadDiscoveryLexicon(),
    relationPatterns: loadRelationPatterns(),
    wordForms: loadWordForms(),
    topicModel: loadTopicModel(),
  };
}
