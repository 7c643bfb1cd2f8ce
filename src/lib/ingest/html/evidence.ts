// A saved web page's metadata as field evidence, on the same scale as text ingest's
// (evidence.ts), so `npm run review` lists an HTML article's weak fields beside the text ones.
// The page's own markup vouches more than a guess from its text: structured data (JSON-LD)
// most, then meta tags and <time>, then the visible headline, then the text rules.
import type { EvidenceField, FieldEvidence } from '../evidence';
import type { PageMetadata } from './choose';
import type { Evidence } from './metadata';

const CONFIDENCE: Record<Evidence, number> = {
  jsonld: 0.95, og: 0.9, meta: 0.9, time: 0.9, canonical: 0.85, h1: 0.85, title: 0.75, dom: 0.7, text: 0.5,
};

const FIELDS: Array<[EvidenceField, keyof PageMetadata]> = [['title', 'title'], ['date', 'date'], ['outlet', 'outlet']];

/** Title, date and outlet of a page with how each was found; a field the page never states is «none». */
export function htmlFieldEvidence(meta: PageMetadata): FieldEvidence[] {
  return FIELDS.map(([field, key]) => {
    const f = meta[key];
    if (!f) return { field, value: null, confidence: field === 'title' ? 0 : 0.6, rule: 'not stated on the page' };
    return { field, value: f.value, confidence: CONFIDENCE[f.from] ?? 0.5, rule: `from the page's ${f.from}` };
  });
}
