// How each metadata field of an extracted article was found, and how sure ingest is. The
// ingest report lists the low-confidence fields; `npm run review` prints them as a table so an
// editor knows which articles to check first.

export type EvidenceField = 'title' | 'date' | 'outlet' | 'agency';

export interface FieldEvidence {
  field: EvidenceField;
  /** The value written to the frontmatter (null: none found). */
  value: string | null;
  /** 0–1: how far the evidence vouches for the value. */
  confidence: number;
  /** Which rule chose it («lead repeats 80% of its words», «dateline», «© line» …). */
  rule: string;
  /** 1-based line of the raw page the value came from. */
  line?: number;
  /** The best candidate that lost, when there was one. */
  runnerUp?: { value: string; rule: string; line?: number };
}

export interface ArticleEvidence {
  slug: string;
  /** The dateline's place («موسكو»), when the lead or a line of its own had one. */
  place?: string;
  fields: FieldEvidence[];
}

/** Fields below this confidence are listed in the ingest report for review. */
export const REVIEW_BELOW = 0.7;

export interface ReviewRow extends FieldEvidence {
  slug: string;
  file: string;
}

/** The fields of these articles an editor should check, least sure first. */
export function reviewRows(file: string, evidence: ArticleEvidence[]): ReviewRow[] {
  return evidence.flatMap((a) => a.fields.filter((f) => f.confidence < REVIEW_BELOW).map((f) => ({ slug: a.slug, file, ...f })));
}

export function sortReview(rows: ReviewRow[]): ReviewRow[] {
  return [...rows].sort((a, b) => a.confidence - b.confidence || a.slug.localeCompare(b.slug, 'en') || a.field.localeCompare(b.field, 'en'));
}

/** Rounds a confidence for display and stable JSON. */
export function roundConfidence(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

const cell = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ').replace(/\|/g, '¦').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * The review table (Markdown): one row per field to check, least sure first, at most `limit`
 * rows: article, field, value chosen, confidence, runner-up, why (rule and raw line).
 */
export function formatReviewTable(rows: ReviewRow[], limit = 50): string {
  if (!rows.length) return 'Nothing to review: every title, date, outlet and agency was chosen with confidence.';
  const head = '| article | field | value chosen | confidence | runner-up | why |\n|---|---|---|---|---|---|';
  const body = sortReview(rows).slice(0, limit).map((r) => {
    const why = `${r.rule}${r.line ? ` (line ${r.line})` : ''}`;
    const runner = r.runnerUp ? `${r.runnerUp.value} — ${r.runnerUp.rule}${r.runnerUp.line ? ` (line ${r.runnerUp.line})` : ''}` : '—';
    return `| ${r.slug} | ${r.field} | ${cell(r.value ?? '(none)', 60)} | ${r.confidence.toFixed(2)} | ${cell(runner, 60)} | ${cell(why, 70)} |`;
  });
  const more = rows.length > limit ? `\n\n… and ${rows.length - limit} more (--limit N to see them).` : '';
  return `${head}\n${body.join('\n')}${more}`;
}
