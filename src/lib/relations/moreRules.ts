// `rules_more:` of content/relation-patterns.yaml (support, sanctions and mediation phrasings of
// session 45): its word classes join `words`, its rules come after `rules`. Kept apart so the
// main list's order is untouched: a later rule only reads the words no earlier rule took.
import type { RelationPatternsData } from '../data/schemas';
import { withSsmRules } from './ssmRules';

/** The patterns data with `rules_more` merged in; a class named twice is an error, not an override. */
export function withMoreRules(data: RelationPatternsData): RelationPatternsData {
  const more = data.rules_more;
  if (!more.rules.length && !Object.keys(more.words).length) return withSsmRules(data);
  const fail = (why: string): never => {
    throw new Error(`content/relation-patterns.yaml: rules_more: ${why}`);
  };
  for (const name of Object.keys(more.words)) if (data.words[name]) fail(`the word class "${name}" is already in "words"`);
  for (const v of more.verbs) if (!more.words[v]) fail(`"verbs" names no word class "${v}" of rules_more`);
  // Session 46's `rules_ssm` after these (ssmRules.ts).
  return withSsmRules({ ...data, words: { ...data.words, ...more.words }, verbs: [...data.verbs, ...more.verbs], rules: [...data.rules, ...more.rules] });
}
