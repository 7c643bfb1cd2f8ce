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
