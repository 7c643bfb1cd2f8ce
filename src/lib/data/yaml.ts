// Reading and validating a curated YAML file against its zod schema. Every problem becomes
// one line naming the file, the line, the entry (for list files) and the field, e.g.
//   content/actors.yaml:412 entry #57 (id: sergey-lavrov): "type" must be one of person | country | organization
//   content/relation-patterns.yaml:3 "talks.patterns" must list at least 1 item
// and all of them are thrown together as one DataFileError.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML, { LineCounter, type Document } from 'yaml';
import { z, type ZodIssue, type ZodTypeAny } from 'zod';

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

type Path = (string | number)[];

/** A parsed YAML file: its plain value, and where in the text any part of it starts. */
export interface YamlFile {
  file: string;
  value: unknown;
  /** Line of the deepest node along `path` that exists (0 when unknown). */
  lineOf(path: Path): number;
}

/** Parses YAML text; syntax errors (and duplicate keys) are thrown with file:line:col. */
export function parseYaml(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = YAML.parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors = doc.errors.map((e) => {
    const pos = e.linePos?.[0];
    return `${pos ? `${file}:${pos.line}:${pos.col}` : file} YAML syntax error: ${e.message.split('\n')[0]}`;
  });
  if (errors.length) throw new DataFileError(file, errors);
  const lineOf = (path: Path): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const start = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
      if (start !== undefined) return lineCounter.linePos(start).line;
    }
    return 0;
  };
  return { file, value: doc.contents === null ? null : doc.toJS(), lineOf };
}

/** "content/actors.yaml:412 entry #57 (id: sergey-lavrov):" — the entry `index` of a list file. */
export function entryLabel(y: YamlFile, index: number): string {
  const line = y.lineOf([index]);
  const raw = (y.value as unknown[])[index] as { id?: unknown } | null;
  const id = typeof raw?.id === 'string' || typeof raw?.id === 'number' ? String(raw.id) : undefined;
  return `${y.file}${line ? `:${line}` : ''} entry #${index + 1}${id !== undefined ? ` (id: ${id})` : ''}:`;
}

/** Where a problem is: the entry label in a list file, file:line of the field otherwise. */
function locate(y: YamlFile, path: Path): { where: string; field: Path } {
  if (Array.isArray(y.value) && typeof path[0] === 'number') return { where: entryLabel(y, path[0]), field: path.slice(1) };
  const line = y.lineOf(path);
  return { where: `${y.file}${line ? `:${line}` : ''}`, field: path };
}

function fieldPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The object schema found at `path` inside `schema` (through lists, defaults, refinements). */
function objectAt(schema: ZodTypeAny, path: Path): z.AnyZodObject | undefined {
  let s: ZodTypeAny | undefined = schema;
  for (let i = 0; s; ) {
    if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else if (s instanceof z.ZodOptional) s = s.unwrap();
    else if (i === path.length) return s instanceof z.ZodObject ? s : undefined;
    else if (s instanceof z.ZodArray) (s = s.element), i++;
    else if (s instanceof z.ZodObject) (s = s.shape[path[i]] as ZodTypeAny | undefined), i++;
    else return undefined;
  }
  return undefined;
}

function issueText(issue: ZodIssue, field: Path, schema: ZodTypeAny): string {
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(objectAt(schema, issue.path)?.shape ?? {});
    const where = field.length ? `"${fieldPath(field)}" has ` : '';
    return `${where}unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && field.length === 0) {
    return 'must be a mapping of fields (id, name, …)';
  }
  const message = issue.message === 'Required' ? 'is required' : issue.message;
  return field.length ? `"${fieldPath(field)}" ${message}` : message;
}

/** Plain-language messages for type errors the schemas do not word themselves. */
const errorMap: z.ZodErrorMap = (issue, ctx) => {
  // A message a schema set itself (invalid_type_error…) arrives as defaultError: keep it.
  const zodDefault = ctx.defaultError === 'Required' || ctx.defaultError.startsWith('Expected ');
  if (issue.code === 'invalid_type' && zodDefault) {
    if (issue.received === 'undefined') return { message: 'is required' };
    return { message: `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${issue.received})` };
  }
  if (issue.code === 'too_small' && issue.type === 'array' && ctx.defaultError.startsWith('Array must')) {
    return { message: `must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` };
  }
  return { message: ctx.defaultError };
};

/**
 * Validates a parsed file against the schema of the whole file: a z.array(…) for list files
 * (actors, topics, sources), a z.object(…) for mapping files (an empty file is then `{}`).
 */
export function validateYaml<S extends ZodTypeAny>(y: YamlFile, schema: S): z.output<S> {
  const isList = objectAt(schema, []) === undefined;
  if (isList && y.value === null) throw new DataFileError(y.file, [`${y.file} is empty: expected a list of entries ("- id: …")`]);
  if (isList && !Array.isArray(y.value)) {
    throw new DataFileError(y.file, [`${y.file} must be a YAML list of entries, each starting with "- id: …"`]);
  }
  const result = schema.safeParse(y.value ?? {}, { errorMap });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const { where, field } = locate(y, issue.path);
    return `${where} ${issueText(issue, field, schema)}`;
  });
  throw new DataFileError(y.file, problems);
}

/** Parses and validates YAML text; `file` is only used in messages. */
export function parseYamlFile<S extends ZodTypeAny>(text: string, file: string, schema: S): z.output<S> {
  return validateYaml(parseYaml(text, file), schema);
}

// Loaders are called from several build stages; re-read a file only when it changed.
// One cache per kind of content (a schema or a parse function) so two views of a file never mix.
const caches = new WeakMap<object, Map<string, { stamp: string; value: unknown }>>();

/**
 * Reads a data file (paths relative to the working directory) and turns it into a value
 * with `parse`, once per change of the file; callers get their own copy.
 */
export function readDataFile<T>(path: string, parse: (text: string, file: string) => T, cacheKey: object = parse): T {
  const abs = resolve(path);
  let cache = caches.get(cacheKey);
  if (!cache) caches.set(cacheKey, (cache = new Map()));
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

/** Reads and validates a YAML data file against the schema of the whole file. */
export function loadYamlFile<S extends ZodTypeAny>(path: string, schema: S): z.output<S> {
  return readDataFile(path, (text, file) => parseYamlFile(text, file, schema), schema);
}
