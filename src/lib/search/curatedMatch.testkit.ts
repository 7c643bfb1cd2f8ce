// Shared by the search pass tests: the browser's planning context from the real curated data,
// and «does query q match text» as the site decides it (every key of the plan among the text's keys).
import { loadActors } from '../data/load';
import { loadSearchVocabularyBeside } from '../data/search';
import { buildContextJson, contextFromJson, splitContextJson } from './context';
import { indexKeys, planQuery } from './keys';
import { keyedRecordBody, TOPIC_CONCEPT_WEIGHT } from './record';
import { patternReader } from './patternReadings';

export const vocabulary = loadSearchVocabularyBeside('content/actors.yaml');
const { planning } = splitContextJson(buildContextJson(loadActors(), vocabulary));
export const ctx = contextFromJson(JSON.parse(JSON.stringify(planning)));
/** The indexer's context: the browser's, and the pattern readings (index side only: src/indexer/write.ts). */
export const indexCtx = { ...ctx, ...(vocabulary.patterns ? { patterns: patternReader(vocabulary.patterns) } : {}) };
export const finds = (q: string, text: string) => {
  const keys = new Set(indexKeys(text, ctx));
  return planQuery(q, ctx).search.split(' ').every((k) => keys.has(k));
};
export const concept = (q: string, text: string) => {
  const plan = planQuery(q, ctx).concept;
  const keys = new Set(indexKeys(text, ctx));
  return !!plan && plan.search.split(' ').every((k) => keys.has(k));
};
/** The query's concept tier, the wider search of the near-synonym sets included, matches the text. */
export const conceptOrWider = (q: string, text: string) => {
  const plan = planQuery(q, ctx).concept;
  const keys = new Set(indexKeys(text, ctx));
  return !!plan && [plan.search, plan.wider].some((s) => s !== undefined && s.split(' ').every((k) => keys.has(k)));
};

/** The keys of a one-paragraph record at full weight and at the low weight. */
export function weights(text: string): { full: Set<string>; low: Set<string> } {
  const body = keyedRecordBody({ title: '', paragraphs: [text] }, indexCtx);
  const low = body.match(new RegExp(`<p data-pagefind-weight="${TOPIC_CONCEPT_WEIGHT}">([^<]*)</p>`))?.[1] ?? '';
  const full = body.replace(/<p data-pagefind-weight="[^"]*">[^<]*<\/p>/, '').replace(/<[^>]+>/g, ' ');
  return { full: new Set(full.split(/\s+/).filter(Boolean)), low: new Set(low.split(/\s+/).filter(Boolean)) };
}
/** The query's search keys as the browser plans them. */
export const key = (q: string) => planQuery(q, ctx).search;
/** Whether a page of `text` holds the query's key at the low weight (a reading), or at full weight. */
export const readAs = (query: string, text: string) => {
  const { full, low } = weights(text);
  return { low: low.has(key(query)), full: full.has(key(query)) };
};
