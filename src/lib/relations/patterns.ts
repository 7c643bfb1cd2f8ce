// Relation patterns (content/relation-patterns.yaml) compiled for matching: word classes as
// phrase sets, rules as element lists with slots. Data, not code, so an editor can extend
// them; a rule naming an unknown class or slot fails here, loudly, with the rule's text.
import { normalizeArabic } from '../arabic';
import { DIRECTED_TYPES, RELATION_TYPES, type RelationPatternsData, type RelationType } from '../data/schemas';
import type { RelationWords } from './viewDraw';
import { compilePhrase, PhraseSet, PresenceIndex } from './words';
import { withExtraRuleSets } from './ruleSets';
import { compileModality, type Modality } from './modality';

export { DIRECTED_TYPES, RELATION_TYPES };

export type RuleElement =
  /** Words of a class (`cls`, written @name: the rule's own words) or literal words. */
  | { kind: 'words'; words: PhraseSet; cls: boolean; gap: number; spaced: boolean; free?: boolean }
  /** An actor group; `min` actors, the first a person (`person`), after a preposition (`prep`). */
  | { kind: 'slot'; name: string; min: number; person: boolean; prep: string | null; gap: number; spaced: boolean; free?: boolean }
  /** The start of a clause (^), or of one opening on the conjunction و (^و: «…، واتهمت …»). */
  | { kind: 'start'; conjunction: boolean }
  /** A clause cut made by one of these words (~فيما): lets a rule pair two clauses. */
  | { kind: 'cut'; words: PhraseSet };

export interface RuleRelation {
  type: RelationType;
  a: string;
  /** null: every pair inside group `a`. */
  b: string | null;
  directed: boolean;
  /** Also the sides the parties head («الوفد الأمريكي» of its head): written A+ B+. */
  sides: boolean;
}

export interface CompiledRule {
  source: string;
  elements: RuleElement[];
  gives: RuleRelation[];
  /** Slots that are a directed relation's doer, its target, and an accusation's target (modality.ts: whose object they may not be). */
  doers: Set<string>;
  targets: Set<string>;
  accused: Set<string>;
  /** The rule's class words: a sentence without one of them cannot match. */
  needs: PhraseSet[];
  /** The same classes as slots of RelationPatterns.presence (a sentence is gated on them for all 345 rules). */
  needSlots: number[];
}

export interface RelationLabel {
  label: string;
  en: string;
  out?: string;
  in?: string;
  both: string;
  /** A directed type's words around its two ends: «دعم من X إلى Y». */
  from?: string;
  to?: string;
}

export interface RelationPatterns {
  labels: Record<RelationType, RelationLabel>;
  /** The untyped kind's label («ذُكرا معاً»). */
  cooccurrenceLabel: string;
  media: Set<string>;
  placeBefore: PhraseSet;
  placeNouns: PhraseSet;
  outlets: PhraseSet;
  /** A country just after one of these is a sports team («منتخب إيطاليا»), no party. */
  teams: PhraseSet;
  /** «الوفد الأوكراني برئاسة عمروف»: a delegation's country is a party beside its head. */
  delegations: PhraseSet;
  /** «منفصلين»: a list's members met apart, not each other. */
  apart: PhraseSet;
  /** Bodies that are buildings too (actor ids): after «في» a place («في البيت الأبيض»). */
  venues: Set<string>;
  /** Nouns whose nisba names a topic, not a party («الأزمة الأوكرانية»). */
  topicNouns: PhraseSet;
  notConjunction: Set<string>;
  clauseWords: PhraseSet;
  clausePunctuation: string[];
  /** A capital with «ب» right after one of these is a place («في مكتبه بالرياض»). */
  placeSeats: PhraseSet;
  /** A country after «في» right after one of these is whose they are («شركات في روسيا»), not a place. */
  placeOwners: PhraseSet;
  /** A body named just after one of these is the occasion, not a party («على هامش أعمال الجمعية العامة»). */
  occasions: PhraseSet;
  /** Words a `....` gap skips without counting them (honorifics, titles, time words). */
  apposition: PhraseSet;
  /** Words that open a parenthetical between two commas, and its longest length (roles.ts, parentheticalSpans). */
  parentheticals: { openers: PhraseSet; titles: PhraseSet; maxWords: number };
  /** Words that stand for a party named before them (roles.ts, pronounParties). */
  pronouns: { country: PhraseSet; title: PhraseSet; latest: PhraseSet; partner: PhraseSet; pair: PhraseSet; guest: PhraseSet };
  /** Bare plural nisbas («روس»): the country only in a list of nisbas or after a plural noun of people. */
  pluralNisbas: { forms: Array<[string, PhraseSet]>; nouns: PhraseSet };
  /**
   * A cheap test on a sentence's normalised text: may it hold a party the linker did not mention
   * (a pair pronoun, a bare plural nisba)? Only such sentences are read with fewer than two mentions.
   */
  mayHoldUnlinkedParty: (normalisedText: string) => boolean;
  /** A body's nisba that is that body right after a rule word («العقوبات الأوروبية»). */
  bodyNisbas: Array<[string, PhraseSet]>;
  /** Clause words that open a reported clause («أن»): a hedge before them still governs it. */
  complements: PhraseSet;
  /** Negation, offers, refusals: a match near one of these states nothing. */
  hedges: PhraseSet;
  /** Calls and demands: they hedge a match after the «إلى» that follows them in its clause. */
  hedgesCall: { words: PhraseSet; to: PhraseSet };
  /** Offers and readiness: they hedge a match up to `reach` words before it in its clause. */
  hedgesFar: { reach: number; words: PhraseSet };
  /** Wishes, threats, studies, conditions, cancellations, refusals; objects that are no doer or target (modality.ts). */
  modality: Modality;
  /** Title words between a verb and its subject's name (@titles in a rule; the partner pronoun reads them too). */
  titles: PhraseSet;
  rules: CompiledRule[];
  /** Every word of every class: a bare surname equal to one is read as the word (ترأس ≠ Truss). */
  ruleWords: PhraseSet;
  /** The one-word entries of the verb classes (`verbs`), read as verbs: a predicate, never a title between two parties. */
  verbWords: PhraseSet;
  /** The rules' word classes, indexed by word: ReadSentence.has answers them all in one pass. */
  presence: PresenceIndex;
}

const SLOT = /^(?:([^:\s]+):)?([A-Z])(\d)?(p)?$/;
const GIVES = /^\s*(\w+)\s+([A-Z])(\+)?\s*(?:(>)?\s*([A-Z])(\+)?)?\s*$/;
/**
 * Slots every rule may use without matching them: the sentence's first person (S), first party (T), the parties of
 * its first clause (P), and the subject carried over from the sentence before (R: extract.ts says when it holds).
 */
const IMPLICIT_SLOTS = new Set(['S', 'T', 'P', 'R']);

const literal = (tok: string) => new PhraseSet(tok.split('|').map((w) => compilePhrase(w.replace(/_/g, ' '))));

function compileRule(source: string, classes: Map<string, PhraseSet>, gaps: { short: number; long: number }, titles: PhraseSet, presence: PresenceIndex): CompiledRule {
  const [lhs, rhs] = source.split('=>').map((s) => s.trim());
  const fail = (why: string): never => {
    throw new Error(`content/relation-patterns.yaml: rule "${source}": ${why}`);
  };
  const elements: RuleElement[] = [];
  let gap = gaps.short;
  let spaced = false;
  // `....`: a long gap whose apposition words (honorifics, titles, time words) are free.
  let free = false;
  for (const tok of lhs.split(/\s+/)) {
    if (tok === '....') {
      gap = gaps.long;
      spaced = true;
      free = true;
      continue;
    }
    if (tok === '.') {
      // The next element follows directly: no word skipped («وبحث معه المستشار»).
      gap = 0;
      spaced = true;
      continue;
    }
    if (tok === '...' || tok === '..') {
      gap = tok === '...' ? gaps.long : gaps.short;
      spaced = true;
      continue;
    }
    if (tok === '^' || tok === '^و') {
      if (elements.length) fail('^ (the start of a clause) comes first');
      elements.push({ kind: 'start', conjunction: tok === '^و' });
      continue;
    }
    if (tok.startsWith('~')) {
      elements.push({ kind: 'cut', words: literal(tok.slice(1)) });
      continue;
    }
    const slot = SLOT.exec(tok);
    if (slot) {
      const prep = slot[1] ? normalizeArabic(slot[1]) : null;
      elements.push({ kind: 'slot', name: slot[2], min: slot[3] ? Number(slot[3]) : 1, person: Boolean(slot[4]), prep, gap, spaced, ...(free ? { free } : {}) });
    } else if (tok.startsWith('@')) {
      const words = (tok === '@titles' ? titles : classes.get(tok.slice(1))) ?? fail(`no word class "${tok.slice(1)}"`);
      elements.push({ kind: 'words', words, cls: true, gap, spaced, ...(free ? { free } : {}) });
    } else {
      elements.push({ kind: 'words', words: literal(tok), cls: false, gap, spaced, ...(free ? { free } : {}) });
    }
    gap = gaps.short;
    spaced = false;
    free = false;
  }
  const needs = elements.flatMap((e) => (e.kind === 'words' && e.cls && e.words !== titles ? [e.words] : []));
  if (!needs.length) fail('needs at least one @word class');
  const slots = new Set(elements.flatMap((e) => (e.kind === 'slot' ? [e.name] : [])));
  const gives = rhs.split(';').map((g): RuleRelation => {
    const m = GIVES.exec(g) ?? fail(`cannot read "${g.trim()}"`);
    const type = m[1] as RelationType;
    if (!RELATION_TYPES.includes(type)) fail(`unknown relation type "${type}"`);
    const directed = DIRECTED_TYPES.includes(type);
    for (const s of [m[2], m[5]]) if (s && !IMPLICIT_SLOTS.has(s) && !slots.has(s)) fail(`slot ${s} is not in the pattern`);
    if (m[5] && directed !== Boolean(m[4])) fail(directed ? `${type} is directed: write A>B` : `${type} is undirected: write A B`);
    if (m[5] && Boolean(m[3]) !== Boolean(m[6])) fail('write + on both slots or on neither');
    return { type, a: m[2], b: m[5] ?? null, directed, sides: Boolean(m[3]) };
  });
  const doers = new Set(gives.flatMap((g) => (g.directed && g.b !== null ? [g.a] : [])));
  const targets = new Set(gives.flatMap((g) => (g.directed && g.b !== null ? [g.b] : [])));
  const accused = new Set(gives.flatMap((g) => (g.type === 'accusation' && g.b !== null ? [g.b] : [])));
  return { source, elements, gives, doers, targets, accused, needs, needSlots: needs.map((set) => presence.slotOf(set) ?? fail('a class is not indexed')) };
}

/** A quick test for any of these words in a normalised text, with a proclitic و/ف before it. */
function wordTest(list: string[]): (text: string) => boolean {
  if (!list.length) return () => false;
  const alternatives = [...new Set(list.map((w) => normalizeArabic(w)))].join('|');
  const re = new RegExp(`(?:^|[^\\u0621-\\u064A])[وف]?(?:${alternatives})(?![\\u0621-\\u064A])`);
  return (text) => re.test(text);
}

/** Compiles the validated data of content/relation-patterns.yaml. Throws on a rule it cannot read. */
export function compileRelationPatterns(data: RelationPatternsData): RelationPatterns {
  data = withExtraRuleSets(data);
  const labels = {} as RelationPatterns['labels'];
  for (const type of RELATION_TYPES) {
    const t = data[type];
    if (DIRECTED_TYPES.includes(type) && (!t.out || !t.in || !t.from || !t.to)) throw new Error(`content/relation-patterns.yaml: ${type} is directed: give "out", "in", "from" and "to"`);
    labels[type] = { label: t.label, en: t.en, out: t.out, in: t.in, both: t.both, from: t.from, to: t.to };
  }
  const verbs = new Set(data.verbs);
  for (const v of verbs) if (!data.words[v]) throw new Error(`content/relation-patterns.yaml: "verbs" names no word class "${v}"`);
  const classes = new Map(Object.entries(data.words).map(([name, list]) => [name, new PhraseSet(list.map((w) => compilePhrase(w, verbs.has(name))))]));
  const set = (list: string[]) => new PhraseSet(list.map((w) => compilePhrase(w)));
  const titles = set(data.titles);
  // Not ruleWords: asked first of every sentence, alone, its own occursIn stops at its first word found.
  const presence = new PresenceIndex(classes.values());
  return {
    labels,
    cooccurrenceLabel: data.cooccurrence.label,
    media: new Set(data.media),
    placeBefore: set(data.places.before),
    placeNouns: set(data.places.nouns),
    placeSeats: set(data.places.seats),
    placeOwners: set(data.places.owners ?? []),
    occasions: set(data.places.occasions),
    apposition: set(data.apposition),
    parentheticals: { openers: set(data.parentheticals.openers), titles: set(data.parentheticals.titles), maxWords: data.parentheticals.max_words },
    outlets: set(data.outlets),
    teams: set(data.teams ?? []),
    delegations: set(data.delegations ?? []),
    apart: set(data.apart ?? []),
    venues: new Set(data.places.venues ?? []),
    topicNouns: set([...data.topic_nouns, ...data.modality.holders]),
    notConjunction: new Set(data.not_conjunction.map((w) => normalizeArabic(w))),
    clauseWords: set(data.clauses.words),
    clausePunctuation: data.clauses.punctuation,
    hedges: set(data.hedges),
    hedgesFar: { reach: data.hedges_far.reach, words: set(data.hedges_far.words) },
    hedgesCall: { words: set(data.hedges_call.words), to: set(data.hedges_call.to) },
    modality: compileModality(data.modality),
    pronouns: { country: set(data.pronouns.country), title: set(data.pronouns.title), latest: set(data.pronouns.latest), partner: set(data.pronouns.partner), pair: set(data.pronouns.pair), guest: set(data.pronouns.guest ?? []) },
    bodyNisbas: Object.entries(data.body_nisbas).map(([id, forms]) => [id, set(forms)]),
    pluralNisbas: { forms: Object.entries(data.plural_nisbas.forms).map(([id, forms]) => [id, set(forms)]), nouns: set(data.plural_nisbas.nouns) },
    // … and a body's nisba after a rule word («وتواجه المجر انتقادات أوروبية»: the one linked actor and the bloc).
    mayHoldUnlinkedParty: wordTest([...data.pronouns.pair, ...(data.pronouns.guest ?? []), ...Object.values(data.plural_nisbas.forms).flat(), ...Object.values(data.body_nisbas).flat()]),
    complements: set(data.clauses.complements),
    titles,
    rules: data.rules.map((r) => compileRule(r, classes, data.gaps, titles, presence)),
    ruleWords: new PhraseSet([...classes.values()].flatMap((c) => c.phrases.filter((p) => p.length === 1))),
    verbWords: new PhraseSet([...verbs].flatMap((v) => classes.get(v)!.phrases.filter((p) => p.length === 1))),
    presence,
  };
}

/** The words the graph shows for each type and for co-occurrence, from the patterns data (the one source). */
export function relationWords(labels: Record<RelationType, RelationLabel>, cooccurrenceLabel: string): RelationWords {
  const words: RelationWords = { labels: {} as RelationWords['labels'], directed: {}, cooccurrence: cooccurrenceLabel };
  for (const type of RELATION_TYPES) {
    const t = labels[type];
    words.labels[type] = t.label;
    if (DIRECTED_TYPES.includes(type) && t.from && t.to) words.directed[type] = [t.from, t.to];
  }
  return words;
}
