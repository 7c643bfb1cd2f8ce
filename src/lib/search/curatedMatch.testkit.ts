// Shared by the search pass tests: the browser's planning context from the real curated data,
// and «does query q match text» as the site decides it (every key of the plan among the text's keys).
import { loadActors } from '../data/load';
import { loadSearchVocabularyBeside } from '../data/search';
import { buildContextJson, contextFromJson, splitContextJson } from './context';
import { indexKeys, planQuery } from './keys';

export const vocabulary = loadSearchVocabularyBeside('content/actors.yaml');
const { planning } = splitContextJson(buildContextJson(loadActors(), vocabulary));
export const ctx = contextFromJson(JSON.parse(JSON.stringify(planning)));
export const finds = (q: string, text: string) => {
  const keys = new Set(indexKeys(text, ctx));
  return planQuery(q, ctx).search.split(' ').every((k) => keys.has(k));
};
export const concept = (q: string, text: string) => {
  const plan = planQuery(q, ctx).concept;
  const keys = new Set(indexKeys(text, ctx));
  return !!plan && plan.search.split(' ').every((k) => keys.has(k));
};
