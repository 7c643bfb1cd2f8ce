// The extra rule sets of content/relation-patterns.yaml — `rules_more` (session 45: support, sanctions,
// mediation), `rules_ssm` (session 46: the same types on unseen phrasing), `rules_cross` (session 46: talks,
// accusation, pair subjects, headlines) and `rules_roles` (session 47: a subject carried over from the sentence
// before, relays, chairing and briefing, pair and delegation subjects). Each brings its own word classes, which join
// `words`, and its rules, which come after every earlier list: kept apart so no earlier list's order moves, and a
// later rule only reads the words no earlier rule took. `rules_first` (session 47) is the one set tried BEFORE
// `rules`: readings of the voice and of the role a word plays (a passive or relative accusation, a message received,
// a meeting chaired) that the main list's broader rules would otherwise read the other way round. Session 48 adds
// `rules_directed_first` (tried before `rules`, after `rules_first`) and `rules_directed` (after `rules_roles`):
// support, sanctions and accusation with their direction (a denial or reply, a relative, a carried subject); and
// `rules_shapes` last (coordinated subjects, trips made to meet someone, impersonal signings, thanks for aid). The
// two last sets read no sentence of the labelled sets differently in the other order (every set's score identical).
// Session 49 adds `rules_mediation` (helper 19m; tried before `rules_directed_first`, after `rules_first`): mediation from
// its own grammar — a broker phrase's agent, a bringing-together subject, the sides of an exchange — and a host's guest.
import type { RelationPatternsData } from '../data/schemas';

type RuleSetKey = 'rules_first' | 'rules_more' | 'rules_ssm' | 'rules_cross' | 'rules_roles' | 'rules_shapes' | 'rules_directed_first' | 'rules_directed' | 'rules_mediation';

/** The patterns data with one rule set merged in (its rules after the others, or before them: `first`); a class named twice is an error, not an override. */
export function withRuleSet(data: RelationPatternsData, key: RuleSetKey, first = false): RelationPatternsData {
  const set = data[key];
  if (!set.rules.length && !Object.keys(set.words).length) return data;
  const fail = (why: string): never => {
    throw new Error(`content/relation-patterns.yaml: ${key}: ${why}`);
  };
  for (const name of Object.keys(set.words)) if (data.words[name]) fail(`the word class "${name}" is already in "words" or an earlier rule set`);
  for (const v of set.verbs) if (!set.words[v]) fail(`"verbs" names no word class "${v}" of ${key}`);
  return { ...data, words: { ...data.words, ...set.words }, verbs: [...data.verbs, ...set.verbs], rules: first ? [...set.rules, ...data.rules] : [...data.rules, ...set.rules] };
}

export const withSsmRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_ssm');
/** `rules_more`, then `rules_ssm` after it. */
export const withMoreRules = (data: RelationPatternsData) => withSsmRules(withRuleSet(data, 'rules_more'));
export const withCrossRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_cross');

export const withRolesRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_roles');
export const withShapesRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_shapes');
/** `rules_first`, tried before `rules` (its classes join after every other set's, so a name it repeats is refused). */
export const withFirstRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_first', true);

/** Session 48's directed relations: `rules_directed` after the later sets so far, `rules_directed_first` before `rules` (then `rules_first` before both). */
export const withDirectedRules = (data: RelationPatternsData) => withRuleSet(withRuleSet(data, 'rules_directed'), 'rules_directed_first', true);

/** Session 49's mediation (helper 19m): tried before `rules` and `rules_directed_first`, after `rules_first`. */
export const withMediationRules = (data: RelationPatternsData) => withRuleSet(data, 'rules_mediation', true);

/**
 * Every extra rule set: rules_first, then rules_mediation, then rules_directed_first, before `rules`; rules_more, rules_ssm, rules_cross,
 * rules_roles, rules_directed and rules_shapes after it, in order.
 */
export const withExtraRuleSets = (data: RelationPatternsData) => withFirstRules(withMediationRules(withShapesRules(withDirectedRules(withRolesRules(withCrossRules(withMoreRules(data)))))));
