// `rules_cross:` of content/relation-patterns.yaml (session 46: talks, accusation and the readings
// that cut across types — pair subjects, «بينه وبين», a partner after «نظيره», headlines): its word
// classes join `words`, its rules come after `rules` and `rules_more`, so they only read the words
// no earlier rule took. Kept apart like `rules_more` so neither list's order moves.
import type { RelationPatternsData } from '../data/schemas';

/** The patterns data with `rules_cross` merged in; a class named twice is an error, not an override. */
export function withCrossRules(data: RelationPatternsData): RelationPatternsData {
  const cross = data.rules_cross;
  if (!cross.rules.length && !Object.keys(cross.words).length) return data;
  const fail = (why: string): never => {
    throw new Error(`content/relation-patterns.yaml: rules_cross: ${why}`);
  };
  for (const name of Object.keys(cross.words)) if (data.words[name]) fail(`the word class "${name}" is already in "words" or "rules_more"`);
  for (const v of cross.verbs) if (!cross.words[v]) fail(`"verbs" names no word class "${v}" of rules_cross`);
  return { ...data, words: { ...data.words, ...cross.words }, verbs: [...data.verbs, ...cross.verbs], rules: [...data.rules, ...cross.rules] };
}
