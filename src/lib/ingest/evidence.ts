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
