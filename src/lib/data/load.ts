// Loaders for the curated data files. Each reads YAML, validates every entry with zod,
// runs the cross-entry checks, and throws ONE Error whose every line names the file,
// the line, the entry and the field at fault, e.g.
//   content/actors.yaml:412 entry #57 (id: sergey-lavrov): "type" must be one of person | country | organization
// Pure TypeScript (node:fs + yaml + zod), no Astro imports. Format: docs/dictionary.md.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML, { LineCounter, isSeq } from 'yaml';
import type { ZodIssue, ZodTypeAny, z } from 'zod';
import { normalizeArabic } from '../arabic/normalize';
import type { Actor, Topic } from '../types';
import { matchKey, sourceKey } from './keys';
import { ActorSchema, SourceSchema, TOPIC_IDS, TopicSchema, type Source } from './schemas';

export type { Source } from './schemas';

export const DEFAULT_ACTORS_PATH = 'content/actors.yaml';
export const DEFAULT_TOPICS_PATH = 'content/topics.yaml';
export const DEFAULT_SOURCES_PATH = 'content/sources.yaml';

/** Thrown for any problem in a data file; `problems` holds one line per fault. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.join('\n'));
    this.name = 'DataFileError';
  }
}

interface RawEntries {
  items: unknown[];
  lines: number[];
}

/** Parses a YAML list of entries, remembering the line each entry starts on. */
function parseEntries(text: string, file: string): RawEntries {
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const pos = e.linePos?.[0];
    const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
    return `${where} YAML syntax error: ${e.message.split('\n')[0]}`;
  });
  if (errors.length) throw new DataFileError(file, errors);
  if (doc.contents === null) throw new DataFileError(file, [`${file} is empty: expected a list of entries ("- id: …")`]);
  if (!isSeq(doc.contents)) {
    throw new DataFileError(file, [`${file} must be a YAML list of entries, each starting with "- id: …"`]);
  }
  const lines = doc.contents.items.map((item) => {
    const start = (item as { range?: [number, number, number] } | null)?.range?.[0];
    return start === undefined ? 0 : lineCounter.linePos(start).line;
  });
  return { items: doc.toJS() as unknown[], lines };
}

function rawId(item: unknown): string | undefined {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** "content/actors.yaml:412 entry #57 (id: sergey-lavrov):" */
function entryLabel(file: string, raw: RawEntries, index: number): string {
  const line = raw.lines[index] ? `:${raw.lines[index]}` : '';
  const id = rawId(raw.items[index]);
  return `${file}${line} entry #${index + 1}${id !== undefined ? ` (id: ${id})` : ''}:`;
}

function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueText(issue: ZodIssue, allowed: string[]): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`;
  }
  const field = fieldPath(issue.path);
  const message = issue.message === 'Required' ? 'is required' : issue.message;
  return field ? `"${field}" ${message}` : message;
}

/** Plain-language messages for type errors the schemas do not word themselves. */
const errorMap: z.ZodErrorMap = (issue, ctx) => {
  // A message a schema set itself (invalid_type_error…) arrives as defaultError: keep it.
  const zodDefault = ctx.defaultError === 'Required' || ctx.defaultError.startsWith('Expected ');
  if (issue.code === 'invalid_type' && zodDefault) {
    if (issue.received === 'undefined') return { message: 'is required' };
    return { message: `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${issue.received})` };
  }
  return { message: ctx.defaultError };
};

/** Validates every entry; returns parsed entries or throws with all problems found. */
function validate<S extends ZodTypeAny>(raw: RawEntries, schema: S, file: string, allowed: string[]): z.output<S>[] {
  const problems: string[] = [];
  const out: z.output<S>[] = [];
  raw.items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(`${entryLabel(file, raw, i)} must be a mapping of fields (id, name, …)`);
      return;
    }
    const result = schema.safeParse(item, { errorMap });
    if (result.success) out.push(result.data);
    else for (const issue of result.error.issues) problems.push(`${entryLabel(file, raw, i)} ${issueText(issue, allowed)}`);
  });
  if (problems.length) throw new DataFileError(file, problems);
  return out;
}

function checkUniqueIds(entries: { id: string }[], raw: RawEntries, file: string, problems: string[]): void {
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first === undefined) seen.set(e.id, i);
    else problems.push(`${entryLabel(file, raw, i)} "id" duplicates entry #${first + 1} (line ${raw.lines[first]})`);
  });
}

/** Drops duplicates (by normalised form) and anything equal to one of `exclude`. */
function dedupe(list: string[] | undefined, exclude: string[] = []): string[] {
  const seen = new Set(exclude.map((s) => normalizeArabic(s.trim())));
  const out: string[] = [];
  for (const s of list ?? []) {
    const key = normalizeArabic(s);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/** Every matchable surface form of an actor, labelled with its field. */
export function actorForms(a: Pick<Actor, 'name' | 'aliases' | 'short' | 'nisba' | 'capitals'>): { field: string; text: string }[] {
  const forms = [{ field: 'name', text: a.name }];
  for (const f of ['aliases', 'short', 'nisba', 'capitals'] as const) {
    (a[f] ?? []).forEach((text, i) => forms.push({ field: `${f}[${i}]`, text }));
  }
  return forms;
}

/** Parses and checks actors.yaml text. `file` is only used in messages. */
export function parseActors(text: string, file = DEFAULT_ACTORS_PATH): Actor[] {
  const raw = parseEntries(text, file);
  const allowed = Object.keys(ActorSchema.innerType().shape);
  const entries = validate(raw, ActorSchema, file, allowed);
  const problems: string[] = [];
  checkUniqueIds(entries, raw, file, problems);

  const ids = new Set(entries.map((e) => e.id));
  entries.forEach((e, i) => {
    if (e.affiliation && !ids.has(e.affiliation)) {
      problems.push(`${entryLabel(file, raw, i)} "affiliation" refers to unknown actor id "${e.affiliation}"`);
    }
  });

  // No surface form (name, alias, short, nisba, capital) may point at two actors.
  const owner = new Map<string, { index: number; field: string; text: string }>();
  entries.forEach((e, i) => {
    for (const form of actorForms(e)) {
      const key = matchKey(form.text);
      if (!key) continue;
      const prev = owner.get(key);
      if (!prev) owner.set(key, { index: i, ...form });
      else if (prev.index !== i) {
        problems.push(
          `${entryLabel(file, raw, i)} "${form.field}" «${form.text}» is also "${prev.field}" «${prev.text}» of entry #${prev.index + 1} (id: ${entries[prev.index].id}, line ${raw.lines[prev.index]}) — an alias may belong to one actor only`,
        );
      }
    }
  });
  if (problems.length) throw new DataFileError(file, problems);

  return entries.map((e) => {
    const actor: Actor = { id: e.id, type: e.type, name: e.name, en: e.en, aliases: dedupe(e.aliases, [e.name]) };
    if (e.nisba) actor.nisba = dedupe(e.nisba);
    if (e.capitals) actor.capitals = dedupe(e.capitals);
    if (e.short) actor.short = dedupe(e.short);
    if (e.wikidata) actor.wikidata = e.wikidata;
    if (e.role) actor.role = e.role;
    if (e.affiliation) actor.affiliation = e.affiliation;
    return actor;
  });
}

/** Parses and checks topics.yaml text: the 15 fixed ids, each exactly once. */
export function parseTopics(text: string, file = DEFAULT_TOPICS_PATH): Topic[] {
  const raw = parseEntries(text, file);
  const entries = validate(raw, TopicSchema, file, Object.keys(TopicSchema.shape));
  const problems: string[] = [];
  checkUniqueIds(entries, raw, file, problems);
  const present = new Set(entries.map((e) => e.id));
  const missing = TOPIC_IDS.filter((id) => !present.has(id));
  if (missing.length) problems.push(`${file} is missing topic(s): ${missing.join(', ')} (all 15 fixed ids must be present)`);
  if (problems.length) throw new DataFileError(file, problems);
  return entries.map((e) => ({ id: e.id, name: e.name, en: e.en, phrases: dedupe(e.phrases) }));
}

/** Parses and checks sources.yaml text; no alias may name two sources. */
export function parseSources(text: string, file = DEFAULT_SOURCES_PATH): Source[] {
  const raw = parseEntries(text, file);
  const entries = validate(raw, SourceSchema, file, Object.keys(SourceSchema.shape));
  const problems: string[] = [];
  checkUniqueIds(entries, raw, file, problems);
  const owner = new Map<string, { index: number; field: string; text: string }>();
  entries.forEach((e, i) => {
    const forms = [
      { field: 'name', text: e.name },
      { field: 'en', text: e.en },
      ...e.aliases.map((text, j) => ({ field: `aliases[${j}]`, text })),
    ];
    for (const form of forms) {
      const key = sourceKey(form.text);
      if (!key) continue;
      const prev = owner.get(key);
      if (!prev) owner.set(key, { index: i, ...form });
      else if (prev.index !== i) {
        problems.push(
          `${entryLabel(file, raw, i)} "${form.field}" «${form.text}» is also "${prev.field}" «${prev.text}» of entry #${prev.index + 1} (id: ${entries[prev.index].id}, line ${raw.lines[prev.index]}) — an alias may belong to one source only`,
        );
      }
    }
  });
  if (problems.length) throw new DataFileError(file, problems);
  return entries.map((e) => {
    const source: Source = { id: e.id, kind: e.kind, name: e.name, en: e.en, aliases: dedupe(e.aliases, [e.name]) };
    if (e.domains) source.domains = dedupe(e.domains);
    if (e.country) source.country = e.country;
    return source;
  });
}

// Loaders are called from several build stages; re-read only when the file changed.
const cache = new Map<string, { stamp: string; value: unknown }>();

function loadFile<T>(path: string, parse: (text: string, file: string) => T): T {
  const abs = resolve(path);
  let text: string;
  let stamp: string;
  try {
    const st = statSync(abs);
    stamp = `${st.mtimeMs}:${st.size}`;
    const hit = cache.get(abs);
    if (hit && hit.stamp === stamp) return structuredClone(hit.value as T);
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new DataFileError(path, [`${path} cannot be read: ${(err as Error).message}`]);
  }
  const value = parse(text, path);
  cache.set(abs, { stamp, value });
  return structuredClone(value);
}

/** The actor dictionary. Throws DataFileError naming file, line, entry and field. */
export function loadActors(path = DEFAULT_ACTORS_PATH): Actor[] {
  return loadFile(path, parseActors);
}

/** The 15 topics with their phrase lexicons. */
export function loadTopics(path = DEFAULT_TOPICS_PATH): Topic[] {
  return loadFile(path, parseTopics);
}

/** Outlets and wire agencies. */
export function loadSources(path = DEFAULT_SOURCES_PATH): Source[] {
  return loadFile(path, parseSources);
}

const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source>>();

/**
 * The source an outlet name refers to, or undefined. Tolerant of spelling (normalised),
 * Latin case, punctuation, and «صحيفة/موقع/وكالة/جريدة/قناة/شبكة/مجلة» prefixes:
 * «RT Arabic», «rt» and «روسيا اليوم» all resolve to the same entry.
 */
export function resolveSource(name: string, sources: readonly Source[]): Source | undefined {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = new Map();
    for (const s of sources) {
      for (const text of [s.name, s.en, s.id, ...s.aliases, ...(s.domains ?? [])]) {
        const key = sourceKey(text);
        if (key && !index.has(key)) index.set(key, s);
      }
    }
    sourceIndexes.set(sources, index);
  }
  const key = sourceKey(name);
  if (!key) return undefined;
  return index.get(key) ?? index.get(key.replace(/^www /, ''));
}
