// What Pagefind indexes for one article: a small synthetic HTML page (never served) whose
// body is the key stream — title in <h1> (weighted), paragraphs in <p> — with filters,
// sort keys and the real text as metadata outside the indexed body.
import type { CorpusArticle } from '../corpus/types';
import { indexKeys, type KeyContext } from './keys';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Sort keys: newest first puts undated articles last, and so does oldest first. */
export const UNDATED_DESC = '0000-00-00';
export const UNDATED_ASC = '9999-12-31';

/** Paragraph separator inside the `text` meta (never occurs in article text). */
export const PARAGRAPH_SEPARATOR = '\u2029';

export interface RecordFilters {
  actor: string[];
  topic: string[];
  source: string[];
  year: string[];
}

export function articleFilters(a: CorpusArticle): RecordFilters {
  const source = a.outlet?.id ?? a.source;
  return {
    actor: [...a.actorIds],
    topic: a.topics.map((t) => t.id),
    source: source ? [source] : [],
    year: a.date ? [a.date.slice(0, 4)] : [],
  };
}

function filterSpans(filters: RecordFilters): string {
  return Object.entries(filters)
    .flatMap(([name, values]) => values.map((v: string) => `<span data-pagefind-filter="${name}">${escapeHtml(v)}</span>`))
    .join('');
}

function metaSpans(a: CorpusArticle): string {
  const meta: Record<string, string> = { title: a.title, text: a.paragraphs.join(PARAGRAPH_SEPARATOR) };
  if (a.date) meta.date = a.date;
  if (a.source) meta.source = a.source;
  return Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${k}">${escapeHtml(v)}</span>`).join('');
}

function sortSpans(a: CorpusArticle): string {
  return (
    `<span data-pagefind-sort="date">${a.date ?? UNDATED_DESC}</span>` +
    `<span data-pagefind-sort="oldest">${a.date ?? UNDATED_ASC}</span>`
  );
}

/** The keyed record: what the site's search uses. */
export function keyedRecordHtml(a: CorpusArticle, ctx: KeyContext): string {
  const title = indexKeys(a.title, ctx).join(' ');
  const body = a.paragraphs.map((p) => `<p>${indexKeys(p, ctx).join(' ')}</p>`).join('');
  return (
    `<!doctype html><html lang="ar"><body>` +
    `<main data-pagefind-body><h1 data-pagefind-weight="7">${title}</h1>${body}</main>` +
    `<footer>${metaSpans(a)}${filterSpans(articleFilters(a))}${sortSpans(a)}</footer>` +
    `</body></html>`
  );
}

/** The same article as plain Pagefind would see it (baseline for measurements). */
export function plainRecordHtml(a: CorpusArticle): string {
  const body = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  return (
    `<!doctype html><html lang="ar"><body>` +
    `<main data-pagefind-body><h1>${escapeHtml(a.title)}</h1>${body}</main>` +
    `<footer>${filterSpans(articleFilters(a))}${sortSpans(a)}</footer>` +
    `</body></html>`
  );
}
