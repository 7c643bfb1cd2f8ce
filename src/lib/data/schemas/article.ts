// Frontmatter of an article file (content/articles/<slug>.mdx). One schema for the stored
// shape: ingest writes it, the content collection (src/content.config.ts) extends it, and
// the TypeScript type is its output. Files people edit are read through
// EditedFrontmatterSchema, which first undoes what YAML does to hand edits.
import { z } from 'zod';

/** Editor overrides: ids to add to / remove from what linking or classification found. */
const overrides = z
  .object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() })
  .strict()
  .optional();

export const ArticleFrontmatterSchema = z.object({
  title: z.string().min(1),
  /** YYYY-MM-DD, absent when the page does not state it. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
  /** Publishing outlet, Arabic as written on the page. */
  source: z.string().optional(),
  /** Wire agency, when the page states one. */
  agency: z.string().optional(),
  /** Input file name in content/raw/. */
  raw: z.string(),
  /** Slug of the host page an embedded article was found in. */
  via: z.string().optional(),
  tags: z.array(z.string()).default([]),
  /** The page's own URL (canonical link) when ingested from a saved web page. */
  url_original: z.string().regex(/^https?:\/\/\S+$/, 'url_original must be an http(s) URL').optional(),
  /** Byline and section as a saved web page states them (JSON-LD, meta tags, breadcrumbs). */
  author: z.string().optional(),
  section: z.string().optional(),
  actors: overrides,
  topics: overrides,
  /** Hash of the generated file; a mismatch means a person edited it (see ingest/mdx.ts). */
  checksum: z.string().optional(),
});

export type ArticleFrontmatter = z.output<typeof ArticleFrontmatterSchema>;

const TEXT_FIELDS = new Set(['title', 'source', 'agency', 'raw', 'via', 'url_original', 'author', 'section', 'checksum']);
/** Fields a person may blank out to mean «not stated». */
const OPTIONAL_TEXT = new Set(['source', 'agency', 'via', 'url_original', 'author', 'section']);
const asText = (v: unknown) => (typeof v === 'number' ? String(v) : v);
const asOverrides = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => k === 'add' || k === 'remove')) : v;

/**
 * Hand edits as YAML reads them: a number where text was meant (title: 2024), an empty or
 * null field, a date read as a timestamp, a stray key inside an override. Made canonical
 * here; anything else is left for the schema to reject.
 */
function undoYamlReadings(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    let v = value;
    if (TEXT_FIELDS.has(key)) v = asText(v);
    if (key === 'date' && v instanceof Date) v = v.toISOString().slice(0, 10);
    if (key === 'tags' && Array.isArray(v)) v = v.map(asText);
    if (key === 'actors' || key === 'topics') v = asOverrides(v);
    if (v === null || (v === '' && OPTIONAL_TEXT.has(key))) continue;
    out[key] = v;
  }
  return out;
}

export const EditedFrontmatterSchema = z.preprocess(
  undoYamlReadings,
  ArticleFrontmatterSchema.superRefine((f, ctx) => {
    if (!f.title.trim()) ctx.addIssue({ code: 'custom', path: ['title'], message: 'title is empty' });
    if (!f.raw.trim()) ctx.addIssue({ code: 'custom', path: ['raw'], message: 'raw is empty' });
  }),
);
