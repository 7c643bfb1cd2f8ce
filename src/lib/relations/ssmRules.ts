// `rules_ssm:` of content/relation-patterns.yaml (support, sanctions and mediation phrasings of
// session 46: nisba givers, thanks for a broker, joined packages, passive «تخضع … لعقوبات»): its word
// classes join `words`, its rules come after the ones before it, so they only read untaken words.
import type { RelationPatternsData } from '../data/schemas';

/** The patterns data with `rules_ssm` merged in; a class named twice is an error, not an override. */
export function withSsmRules(data: RelationPatternsData): RelationPatternsData {
  const more = data.rules_ssm;
  if (!more.rules.length && !Object.keys(more.words).length) return data;
  const fail = (why: string): never => {
    throw new Error(`content/relation-patterns.yaml: rules_ssm: ${why}`);
  };
  for (const name of Object.keys(more.words)) if (data.words[name]) fail(`the word class "${name}" is already in "words"`);
  for (const v of more.verbs) if (!more.words[v]) fail(`"verbs" names no word class "${v}" of rules_ssm`);
  return { ...data, words: { ...data.words, ...more.words }, verbs: [...data.verbs, ...more.verbs], rules: [...data.rules, ...more.rules] };
}
