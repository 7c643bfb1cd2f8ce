// Article files: YAML frontmatter + one escaped paragraph per block. serializeArticleMdx and
// parseArticleMdx are exact inverses for what ingest writes; parse also accepts files people
// edited (blank lines, added paragraphs, changed fields) and names the file when it fails.
import { createHash } from 'node:crypto';
import { Document, parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ArticleFrontmatter, ExtractedArticle } from '../types';

// ASCII punctuation that can start markup anywhere in an MDX/GFM line. Backslash escapes work
// in MDX 3 for all of these, including { } < > (checked by compiling, see mdx.test.ts).
const ALWAYS_ESCAPE = /[\\`*_[\]{}<>|~&]/g;

/**
 * Escapes plain text so MDX renders exactly this text in one paragraph (no code, no markup).
 * Line breaks inside the text become spaces (paragraphs are single lines by contract).
 */
export function escapeMdxText(text: string): string {
  // A paragraph is one line: a line break inside it would end it or start a block, and MDX
  // trims spaces around line breaks anyway, so breaks become single spaces.
  let out = text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ').replace(ALWAYS_ESCAPE, (c) => `\\${c}`);
  // GFM turns «https://…», «www.…» and e-mail addresses into links while still parsing the raw
  // source, so backslashes inside them would show; a character reference stops that.
  out = out.replace(/(https?|ftp|mailto)(:)/gi, '$1&#58;').replace(/\b(www)\./gi, '$1&#46;').replace(/@/g, '&#64;');
  // Leading/trailing whitespace is eaten by Markdown (and 4 spaces make a code block).
  out = out.replace(/^[ \t\f\v\u00A0]+/, (ws) => [...ws].map((c) => `&#${c.codePointAt(0)};`).join(''));
  out = out.replace(/[ \t\f\v\u00A0]+$/, (ws) => [...ws].map((c) => `&#${c.codePointAt(0)};`).join(''));
  // Block starters at the beginning of the paragraph: ESM, headings, lists, rules, quotes.
  out = out.replace(/^(import|export)\b/, (w) => `&#${w.codePointAt(0)};${w.slice(1)}`);
  out = out.replace(/^[#+\-=:]/, (c) => `\\${c}`);
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

const UNESCAPE = /\\([!-/:-@[-`{-~])|&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos|nbsp);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Inverse of escapeMdxText (also decodes the references a person may type by hand). */
export function unescapeMdxText(text: string): string {
  return text.replace(UNESCAPE, (m, punct, dec, hex, named) => {
    if (punct) return punct;
    if (named) return NAMED[named];
    const code = dec ? parseInt(dec, 10) : parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const CHECKSUM_LINE = /^checksum:.*(?:\n|$)/m;

function splitFrontmatter(text: string): { yaml: string; body: string; end: number } | undefined {
  const m = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length), end: m[0].length } : undefined;
}

/** sha256 (first 16 hex) of the file without its checksum line. */
export function computeChecksum(text: string): string {
  const fm = splitFrontmatter(text);
  const without = fm ? text.slice(0, fm.end).replace(CHECKSUM_LINE, '') + text.slice(fm.end) : text;
  return createHash('sha256').update(without, 'utf8').digest('hex').slice(0, 16);
}

/** 'generated': written by ingest and untouched; 'edited': changed since; 'unmarked': no checksum. */
export function checksumStatus(text: string): 'generated' | 'edited' | 'unmarked' {
  const fm = splitFrontmatter(text.replace(/\r\n/g, '\n'));
  const m = fm && /^checksum:\s*["']?([0-9a-f]{16})["']?\s*$/m.exec(fm.yaml);
  if (!m) return 'unmarked';
  return computeChecksum(text) === m[1] ? 'generated' : 'edited';
}

export function serializeArticleMdx(a: ExtractedArticle): string {
  const fm: Record<string, unknown> = { title: a.title };
  if (a.date) fm.date = a.date;
  if (a.source) fm.source = a.source;
  if (a.agency) fm.agency = a.agency;
  fm.raw = a.raw;
  if (a.via) fm.via = a.via;
  fm.tags = [...a.tags];
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

const text = z.union([z.string(), z.number()]).transform(String);
const optionalText = text.nullish().transform((v) => (v == null || v === '' ? undefined : v));
const overrides = z.object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() }).optional();

const frontmatterSchema = z.object({
  title: text.refine((t) => t.trim().length > 0, 'title is empty'),
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .nullish().transform((v) => v ?? undefined),
  source: optionalText,
  agency: optionalText,
  raw: text.refine((t) => t.trim().length > 0, 'raw is empty'),
  via: optionalText,
  tags: z.array(text).nullish().transform((v) => v ?? []),
  actors: overrides,
  topics: overrides,
  checksum: text.optional(),
});

export function parseArticleMdx(input: string, fileName: string): { frontmatter: ArticleFrontmatter; paragraphs: string[] } {
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
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${fileName}: invalid frontmatter field '${issue.path.join('.') || '(root)'}': ${issue.message}`);
  }
  const frontmatter: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result.data)) if (v !== undefined) frontmatter[k] = v;
  const paragraphs = fm.body
    .split(/\n[ \t]*\n/)
    .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean)
    .map(unescapeMdxText);
  return { frontmatter: frontmatter as unknown as ArticleFrontmatter, paragraphs };
}
