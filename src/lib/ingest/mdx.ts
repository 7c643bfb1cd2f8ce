// Article files: YAML frontmatter + one escaped paragraph per block. serializeArticleMdx and
// parseArticleMdx are exact inverses for what ingest writes; parse also accepts files people
// edited (blank lines, added paragraphs, changed fields) and names the file when it fails.
import { createHash } from 'node:crypto';
import { Document, parse as parseYaml } from 'yaml';
import { EditedFrontmatterSchema, type ArticleFrontmatter } from '../data/schemas/article';
import type { ExtractedArticle } from '../types';

import { escapeMdxText, unescapeMdxText } from './escape';
import { bodyHasMarkup, markupToText, splitBodyBlocks } from './markup';

export { escapeMdxText, unescapeMdxText };

const CHECKSUM_LINE = /^checksum:.*(?:\n|$)/m;

type Frontmatter = { yaml: string; body: string; end: number };

function splitFrontmatter(text: string): Frontmatter | undefined {
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
function statusOf(text: string, fm: Frontmatter | undefined, textFm = fm): ChecksumStatus {
  const m = fm && /^checksum:\s*["']?([0-9a-f]{16})["']?\s*$/m.exec(fm.yaml);
  if (!m) return 'unmarked';
  return computeChecksum(text, textFm) === m[1] ? 'generated' : 'edited';
}

/** 'generated': written by ingest and untouched; 'edited': changed since; 'unmarked': no checksum. */
export function checksumStatus(text: string): ChecksumStatus {
  return statusOf(text, splitFrontmatter(text.replace(/\r\n/g, '\n')), splitFrontmatter(text));
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
  const doc = new Document(fm);
  // Quote the date so YAML 1.1 readers do not turn it into a timestamp.
  const date = doc.get('date', true) as { type?: string } | undefined;
  if (date) date.type = 'QUOTE_DOUBLE';
  const yaml = doc.toString({ lineWidth: 0 });
  const body = a.paragraphs.filter((p) => p.trim().length > 0).map(escapeMdxText).join('\n\n');
  const unsigned = `---\n${yaml}---\n\n${body}\n`;
  const checksum = computeChecksum(unsigned);
  return `---\n${yaml}checksum: ${checksum}\n---\n\n${body}\n`;
}

export interface ParsedArticle {
  frontmatter: ArticleFrontmatter;
  /** Plain text of each shown block (p-1, p-2 …), for linking, topics and search. */
  paragraphs: string[];
  /** True when a person's edit uses MDX markup: the page compiles this file as MDX. */
  markup: boolean;
  body: string;
}

export function parseArticleMdx(input: string, fileName: string): ParsedArticle {
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
  // Markup only in files a person edited: what ingest signed is escaped text by construction.
  const markup = statusOf(textIn, fm) !== 'generated' && bodyHasMarkup(fm.body);
  const paragraphs = markup
    ? splitBodyBlocks(fm.body).filter((b) => b.kind === 'content').map((b) => markupToText(b.source))
    : fm.body
      .split(/\n[ \t]*\n/)
      .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
      .filter(Boolean)
      .map(unescapeMdxText);
  return { frontmatter: frontmatter as ArticleFrontmatter, paragraphs, markup, body: fm.body };
}
