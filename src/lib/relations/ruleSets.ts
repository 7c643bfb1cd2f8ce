// The later rule sets of content/relation-patterns.yaml — `rules_more` (session 45: support, sanctions,
// mediation), `rules_ssm` (session 46: the same types on unseen phrasing) and `rules_cross` (session 46: talks,
// accusation, pair subjects, headlines). Each brings its own word classes, which join `words`, and its rules,
// which come after every earlier list: kept apart so no earlier list's order moves, and a later rule only reads
// the words no earlier rule took.
import type { RelationPatternsData } from '../data/schemas';

type RuleSetKey = 'rules_more' | 'rules_ssm' | 'rules_cross';

/** The patterns data with one rule set merged in; a class named twice is an error, not an override. */
export function withRuleSet(data: RelationPatternsData, key: RuleSetKey): RelationPatternsData {
  const set = data[key];
  if (!set.rules.length && !Object.keys(set.words).length) return data;
  const fail = (why: string): never => {
    throw new Error(`content/relation-patterns.yaml: ${key}: ${why}`);
  };
  for (const name of Object.keys(set.words)) if (data.words[name]) fail(`the word class "${name}" is already in "words" or an earlier rule set`);
  for (const v of set.verbs) if (!set.words[v]) fail(`"verbs" names no word class "${v}" of ${key}`);
  return { ...data, words: { ...data.words, ...set.words }, verbs: [...data.verbs, ...set.verbs], rules: [...data.rules, ...set.rules] };
}

export const withSsmRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_ssm');
/** `rules_more`, then `rules_ssm` after it. */
export const withMoreRules = (data: RelationPatternsData) => withSsmRules(withRuleSet(data, 'rules_more'));
export const withCrossRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_cross');

/** Every later rule set, in order: rules_more, rules_ssm, rules_cross. */
export const withLaterRuleSets = (data: RelationPatternsData) => withCrossRules(withMoreRules(data));
