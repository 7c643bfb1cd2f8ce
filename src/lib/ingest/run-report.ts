// The ingest report (.cache/ingest-report.json) and what the terminal shows of it: every file
// that did not become an article with its reason, every slug collision and every capped page.
// Pure: run.ts fills the report, scripts/ingest.ts prints reportMessages and summaryLine.
import type { SlugCollision } from './slug';
import type { PageMetadata } from './html/choose';
import { sortReview, type ReviewRow } from './evidence';

export type ArticleOutcome = 'written' | 'unchanged' | 'kept-edited';

/** Embedded articles a page had beyond the cap are left out; the page is named with both counts. */
export interface EmbeddedCap { found: number; kept: number }

export interface FileReport {
  file: string;
  status: 'ok' | 'reused' | 'rejected' | 'duplicate';
  reason?: string;
  duplicateOf?: string;
  slugs: string[];
  articles: { slug: string; outcome: ArticleOutcome }[];
  capped?: EmbeddedCap;
  /** Saved web pages: the page's metadata, each field with where it came from (html/choose.ts). */
  htmlMetadata?: PageMetadata;
  /** Fields of this page's articles chosen with low confidence (evidence.ts). */
  review?: ReviewRow[];
}

export interface IngestReport {
  version: 1;
  input: string;
  output: string;
  totals: {
    pages: number; articles: number; written: number; unchanged: number; reused: number;
    keptEdited: number; rejected: number; duplicates: number; removed: number;
    collisions: number; capped: number;
  };
  files: FileReport[];
  /** Generated files a person edited, kept as they are (slug, and why they would have changed). */
  keptEdited: { slug: string; file: string; reason: 'changed-by-ingest' | 'stale' }[];
  /** Slugs of stale generated articles removed (their raw page is gone or no longer yields them). */
  removed: string[];
  /** Two articles that wanted one slug: both written, one under another slug. */
  collisions: SlugCollision[];
  /** Pages with more embedded articles than the cap. */
  capped: ({ file: string } & EmbeddedCap)[];
  /** Every low-confidence field, least sure first: what `npm run review` prints. */
  review: ReviewRow[];
  exitCode: number;
}

export function makeReport(
  where: { input: string; output: string; pages: number; lenient?: boolean },
  files: FileReport[], keptEdited: IngestReport['keptEdited'], removed: string[], collisions: SlugCollision[],
): IngestReport {
  const count = (s: FileReport['status']) => files.filter((f) => f.status === s).length;
  const outcomes = files.flatMap((f) => (f.status === 'ok' ? f.articles : []));
  const rejected = count('rejected');
  const capped = files.flatMap((f) => (f.capped ? [{ file: f.file, ...f.capped }] : []));
  return {
    version: 1,
    input: where.input,
    output: where.output,
    totals: {
      pages: where.pages,
      articles: files.reduce((s, f) => s + f.slugs.length, 0),
      written: outcomes.filter((a) => a.outcome === 'written').length,
      unchanged: outcomes.filter((a) => a.outcome === 'unchanged').length,
      reused: count('reused'),
      keptEdited: keptEdited.length,
      rejected,
      duplicates: count('duplicate'),
      removed: removed.length,
      collisions: collisions.length,
      capped: capped.length,
    },
    files,
    keptEdited,
    removed,
    collisions,
    capped,
    review: sortReview(files.flatMap((f) => f.review ?? [])),
    exitCode: rejected > 0 && !where.lenient ? 1 : 0,
  };
}

/** One line per file that did not become articles as it is, per collision, cap and kept edit. */
export function reportMessages(r: IngestReport): string[] {
  const lines: string[] = [];
  for (const f of r.files) {
    if (f.status === 'rejected') lines.push(`rejected: ${f.file}: ${f.reason}`);
    if (f.status === 'duplicate') lines.push(`duplicate: ${f.file} (same content as ${f.duplicateOf}; skipped)`);
    if (f.capped) lines.push(`capped: ${f.file}: ${f.capped.found} embedded articles, only the first ${f.capped.kept} kept`);
  }
  for (const c of r.collisions) {
    const owner = c.keptBy === 'reserved' ? 'a page of the site' : `${c.keptBy}`;
    lines.push(`slug collision: «${c.slug}» belongs to ${owner}; the article from ${c.file} is written as ${c.renamedTo}.mdx`);
  }
  for (const k of r.keptEdited) {
    lines.push(`kept because edited: ${k.slug}.mdx${k.reason === 'stale' ? ' — its raw page no longer yields it' : ' — ingest would have changed it'}`);
  }
  return lines;
}

/** One-line summary for the terminal. */
export function summaryLine(r: IngestReport): string {
  const t = r.totals;
  return `ingest: ${t.pages} pages read, ${t.articles} articles (${t.written} written, ${t.unchanged} unchanged), `
    + `${t.reused} pages reused, ${t.keptEdited} kept because edited, ${t.rejected} rejected, `
    + `${t.duplicates} duplicates, ${t.removed} stale removed`
    + `${t.collisions ? `, ${t.collisions} slug collisions` : ''}${t.capped ? `, ${t.capped} pages capped` : ''}`;
}
