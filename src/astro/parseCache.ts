// The parse cache of the article files (src/astro/articleFiles.ts): a header line, then
// `<file>\t<stamp>\t<JSON of the parse>` per article that parsed (a file with an error is parsed
// again every build, so the log names it every time). A person's MDX body is kept only for the
// files that have markup (the only ones compiled).
//
// A build that parsed a few files appends their lines, after a line `\t<savedAt>` that opens the
// segment, instead of writing the whole cache again (23 MB at 3k pages for the 16 articles of a
// daily update: docs/scale.md «The update, session 34»). A later line of a file stands for it; each
// line's stamp is trusted against the time of the save that wrote it (fileStamp.ts: a racy stamp
// stays untrusted until a later save). Lines of removed or parsed-again files stay until they are
// a quarter of the file, then the cache is written whole, as a --full build does.
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedArticle } from '../lib/ingest/mdx';

const PARSE_CACHE_VERSION = 2;
/** Dead lines (superseded or of files gone) past this share of the live ones: written whole. */
const DEAD_SHARE = 0.25;

export interface SavedParse {
  stamp: string;
  /** The parse's JSON as saved: parsed only for a file whose stamp is trusted, written back as it is. */
  json: string;
  /** When the save that wrote this line happened. */
  savedAt: number;
}

export interface ParseCacheRead {
  entries: Map<string, SavedParse>;
  /** Lines of parses in the file (the live ones and the dead). */
  lines: number;
  /** Whether the file ends with its last line's newline (a save killed mid-append leaves less). */
  whole: boolean;
}

/** The saved parse of a file, as `parseArticleMdx` gives it (the body empty unless markup). */
export function parseOf(saved: SavedParse): ParsedArticle | undefined {
  try {
    const parsed = JSON.parse(saved.json) as ParsedArticle;
    return { ...parsed, body: parsed.body ?? '' };
  } catch {
    return undefined; // a damaged line (a build killed mid-write): the file is parsed again
  }
}

export function readParseCache(file: string, code: string): ParseCacheRead | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // none yet
  }
  const lines = text.split('\n');
  let header: { version?: number; code?: string; savedAt?: number };
  try {
    header = JSON.parse(lines[0]);
  } catch {
    return undefined;
  }
  if (header.version !== PARSE_CACHE_VERSION || header.code !== code || typeof header.savedAt !== 'number') return undefined;
  const entries = new Map<string, SavedParse>();
  let savedAt = header.savedAt;
  let count = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('\t')) {
      const at = Number(line.slice(1));
      // A damaged segment line: its lines are trusted against no save (parsed again).
      savedAt = Number.isFinite(at) && at > 0 ? at : -Infinity;
      continue;
    }
    const [name, stamp, json] = line.split('\t');
    if (!json) continue;
    entries.set(name, { stamp, json, savedAt });
    count++;
  }
  return { entries, lines: count, whole: text.endsWith('\n') };
}

export interface ParseLine {
  file: string;
  stamp: string;
  /** The line's JSON: as it was read for a reused parse. */
  json: string;
}

/** The line of a file's parse (no body unless it has markup). */
export function parseJson(parsed: ParsedArticle): string {
  const { body, ...rest } = parsed;
  return JSON.stringify(parsed.markup ? parsed : rest);
}

/**
 * Saves the parses of this read: `all` every live line, in file order, `fresh` those of files
 * parsed now. Appends when the cache read is this code's and would not grow past its dead share;
 * otherwise writes every line beside and renames (a build killed mid-write leaves the old cache
 * whole).
 */
export function saveParseCache(file: string, code: string, read: ParseCacheRead | undefined, all: ParseLine[], fresh: ParseLine[], now = Date.now()): 'appended' | 'written' | 'unchanged' {
  if (read) {
    const dead = read.lines + fresh.length - all.length;
    if (dead <= all.length * DEAD_SHARE) {
      if (!fresh.length) return 'unchanged';
      const body = fresh.map((l) => `${l.file}\t${l.stamp}\t${l.json}\n`).join('');
      appendFileSync(file, `${read.whole ? '' : '\n'}\t${now}\n${body}`);
      return 'appended';
    }
  }
  const lines = [JSON.stringify({ version: PARSE_CACHE_VERSION, code, savedAt: now })];
  for (const l of all) lines.push(`${l.file}\t${l.stamp}\t${l.json}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.next`, `${lines.join('\n')}\n`);
  renameSync(`${file}.next`, file);
  return 'written';
}
