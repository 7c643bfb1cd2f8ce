// An article file's frontmatter and checksum, and the file ingest writes: what ingest reads and writes
// without the MDX toolchain (markup.ts, which reads a person's edited body, costs ingest's main thread
// more than a second to load; docs/ingest.md «Thirty-second round: ingest speed»). mdx.ts re-exports it.
import { createHash } from 'node:crypto';
import { Document, parse as parseYaml } from 'yaml';
import { EditedFrontmatterSchema, type ArticleFrontmatter } from '../data/schemas/article';
import type { ExtractedArticle } from '../types';
import { escapeMdxText } from './escape';

const CHECKSUM_LINE = /^checksum:.*(?:\n|$)/m;

export type Frontmatter = { yaml: string; body: string; end: number };

export function splitFrontmatter(text: string): Frontmatter | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length), end: m[0].length } : undefined;
}

/** sha256 (first 16 hex) of the file without its checksum line. */
export function computeChecksum(text: string, fm = splitFrontmatter(text)): string {
  const without = fm ? text.slice(0, fm.end).replace(CHECKSUM_LINE, '') + text.slice(fm.end) : text;
  return createHash('sha256').update(without, 'utf8').digest('hex').slice(0, 16);
}

type ChecksumStatus = 'generated' | 'edited' | 'unmarked';

/** Status from an already split file (`fm` is the split of the same `text`'s LF form). */
export function statusOf(text: string, fm: Frontmatter | undefined, textFm = fm): ChecksumStatus {
  const m = fm && /^checksum:\s*["']?([0-9a-f]{16})["']?\s*$/m.exec(fm.yaml);
  if (!m) return 'unmarked';
  return computeChecksum(text, textFm) === m[1] ? 'generated' : 'edited';
}

/** 'generated': written by ingest and untouched; 'edited': changed since; 'unmarked': no checksum. */
export function checksumStatus(text: string): ChecksumStatus {
  return statusOf(text, splitFrontmatter(text.replace(/\r\n/g, '\n')), splitFrontmatter(text));
}

// The frontmatter as yaml's Document writes it, without building one (ingest's main thread writes
// 5,000 articles a run; the Document cost more than the rest of the file). A text is written as
// it is where yaml writes it plain: none of the tests yaml makes before it quotes one
// (stringifyString.js: a control character, an indicator, a document marker, a text another
// type reads — asked of yaml's own schema), no line break. A text yaml quotes for an indicator
// («NAME: …») is written in double quotes when it holds no quote and nothing JSON escapes (yaml's
// double quotes are JSON's then). Anything else: the whole frontmatter through yaml, as before.
// speed-cuts.test.ts checks the two agree.
const QUOTED_BY_YAML = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]|\n/u;
const INDICATOR = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;
const OTHER_TYPES = new Document().schema.tags.filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test);
const writtenPlain = (v: unknown): v is string =>
  typeof v === 'string' && !QUOTED_BY_YAML.test(v) && !INDICATOR.test(v) && !DOCUMENT_MARKER.test(v) && !OTHER_TYPES.some((t) => t.test!.test(v));

const quotedAsJson = (v: string): boolean =>
  !v.includes("'") && !QUOTED_BY_YAML.test(v) && JSON.stringify(v) === `"${v}"` && !DOCUMENT_MARKER.test(v) && INDICATOR.test(v);
/** A text as yaml writes it as a value, when it is one of the two simple cases; else undefined. */
const simpleScalar = (v: unknown): string | undefined =>
  writtenPlain(v) ? v : typeof v === 'string' && quotedAsJson(v) ? `"${v}"` : undefined;

/** The frontmatter's YAML when every value is a simple case (the date: digits and dashes, double-quoted), else undefined. */
export function plainFrontmatter(fm: Record<string, unknown>): string | undefined {
  let out = '';
  for (const [key, value] of Object.entries(fm)) {
    if (key === 'date') {
      if (typeof value !== 'string' || !/^[0-9-]+$/.test(value)) return undefined;
      out += `date: "${value}"\n`;
    } else if (Array.isArray(value)) {
      if (!value.length) { out += `${key}: []\n`; continue; }
      out += `${key}:\n`;
      for (const item of value) {
        const written = simpleScalar(item);
        if (written === undefined) return undefined;
        out += `  - ${written}\n`;
      }
    } else {
      const written = simpleScalar(value);
      if (written === undefined) return undefined;
      out += `${key}: ${written}\n`;
    }
  }
  return out;
}

/** The frontmatter's YAML as yaml's Document writes it (the date double-quoted). */
export function documentFrontmatter(fm: Record<string, unknown>): string {
  const doc = new Document(fm);
  // Quote the date so YAML 1.1 readers do not turn it into a timestamp.
  const date = doc.get('date', true) as { type?: string } | undefined;
  if (date) date.type = 'QUOTE_DOUBLE';
  return doc.toString({ lineWidth: 0 });
}

export function serializeArticleMdx(a: ExtractedArticle): string {
  const fm: Record<string, unknown> = { title: a.title };
  if (a.date) fm.date = a.date;
  if (a.source) fm.source = a.source;
  if (a.agency) fm.agency = a.agency;
  fm.raw = a.raw;
  if (a.via) fm.via = a.via;
  fm.tags = [...a.tags];
  if (a.url_original) fm.url_original = a.url_original;
  if (a.author) fm.author = a.author;
  if (a.section) fm.section = a.section;
  const yaml = plainFrontmatter(fm) ?? documentFrontmatter(fm);
  const body = a.paragraphs.filter((p) => p.trim().length > 0).map(escapeMdxText).join('\n\n');
  const unsigned = `---\n${yaml}---\n\n${body}\n`;
  const checksum = computeChecksum(unsigned);
  return `---\n${yaml}checksum: ${checksum}\n---\n\n${body}\n`;
}

/** A file's frontmatter, validated (its LF text and split kept for the body's reader); throws naming the file. */
export function parseArticleFrontmatter(input: string, fileName: string): { frontmatter: ArticleFrontmatter; textIn: string; fm: Frontmatter } {
  const textIn = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fm = splitFrontmatter(textIn);
  if (!fm) throw new Error(`${fileName}: malformed frontmatter: the file must start with a '---' YAML block closed by '---'`);
  let data: unknown;
  try {
    data = parseYaml(fm.yaml);
  } catch (e) {
    throw new Error(`${fileName}: malformed frontmatter: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${fileName}: malformed frontmatter: expected a mapping of fields`);
  }
  const result = EditedFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${fileName}: invalid frontmatter field '${issue.path.join('.') || '(root)'}': ${issue.message}`);
  }
  const frontmatter: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result.data)) if (v !== undefined) frontmatter[k] = v;
  return { frontmatter: frontmatter as ArticleFrontmatter, textIn, fm };
}
