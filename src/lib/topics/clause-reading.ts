// Topic evidence from a predicate and its argument in one clause (issue 14, session 8): an
// outlet that never writes «وقف إطلاق النار» still writes that a side «أوقفت عملياتها القتالية»
// or «علّقت ضرباتها». Per topic, `acts` in content/topics.yaml list families of predicates
// (verbs and verbal nouns) and of arguments (the thing acted on); any predicate meets any
// argument of its family that follows it, inside one clause and within a few words.
//
// Cheap by design: every listed word is expanded once, at compile time, into the affixed
// forms outlets write (أوقفت، ستوقف، يعلقون، تجميدها، عملياتها), so reading a token is one
// memoised lookup after trying the clitics a word can carry (و ف س ل ب ال).
import type { Topic, TopicId } from '../types';
import { phraseTokens, type Token } from '../arabic/tokenize';
import { stripArticle } from '../arabic/phrase-trie';

/** Default reach: predicate and argument at most this many words apart. */
export const ACT_WITHIN = 6;

// Regular endings a verb takes (person/number, then an object pronoun); a verbal noun or an
// argument takes a possessive pronoun, or the accusative ـا («عسكريا»). Irregular forms
// (رعت، ترعى) are listed as data.
// Perfect and imperfect take different endings: «ضمن» (within) and «ضمان» (a guarantee) must not
// read as forms of «ضم».
const PERFECT_ENDINGS = ['', 'ت', 'وا', 'تا', 'ا'];
const IMPERFECT_ENDINGS = ['', 'ون', 'ان'];
const OBJECT_PRONOUNS = ['', 'ه', 'ها', 'هم', 'هما'];
const NOUN_ENDINGS = ['', 'ا', 'ه', 'ها', 'هم', 'هما', 'نا'];
// Clitics before a word, longest first; ال after them is handled by stripArticle.
const CLITICS = ['وس', 'فس', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'س', 'ب', 'ل', 'ك'];

type Side = 0 | 1;
/** [rule, side, the words that must follow an argument's head («العمليات القتالية»)]. */
export type Entry = readonly [number, Side, readonly string[]];

export interface ActRule {
  topic: TopicId;
  /** The phrase number this rule counts as in the topic lexicon (its evidence label). */
  phrase: number;
  within: number;
  /** Words that, right before the argument, give the predicate another sense (normalised). */
  notAfter?: Set<string>;
  /** Words that, right after the argument, make it another thing («محطة الحاويات»). */
  notFollowedBy?: Set<string>;
  /** Words that, between the predicate and the argument, give the pair another sense. */
  notBetween?: Set<string>;
  /** Words one of which must stand between the predicate and the argument. */
  needsBetween?: Set<string>;
  /** Two sides must be named right after the argument (word → side number). */
  parties?: { side: Map<string, number>; within: number; stops: Set<string>; both: Set<string> };
  /** A topic's `cancelledBy` predicates: never fires, cancels the topic's phrases after it. */
  cancels?: boolean;
}

/** Parties named within this many words after the argument by default. */
export const PARTIES_WITHIN = 6;

export interface ClauseReader {
  rules: ActRule[];
  /** Topic → its cancelling rules (`cancelledBy`). */
  cancellers: Map<TopicId, number[]>;
  /** Rule sides a normalised word reads as (memoised). */
  entriesOf: (norm: string) => readonly Entry[];
}

/** A listed word without its article, however short (السد → سد). */
const bareWord = (norm: string) => (norm.length >= 4 && norm.startsWith('ال') ? norm.slice(2) : norm);

/** A normalised word read as written, without its article, or after one clitic (والروسي → روسي). */
function readsAs(words: ReadonlySet<string> | ReadonlyMap<string, unknown>, norm: string): string | undefined {
  if (words.has(norm)) return norm;
  const bare = stripArticle(norm);
  if (words.has(bare)) return bare;
  for (const c of CLITICS) {
    if (norm.length - c.length < 3 || !norm.startsWith(c)) continue;
    const rest = norm.slice(c.length);
    if (words.has(rest)) return rest;
    if (words.has(stripArticle(rest))) return stripArticle(rest);
  }
  return undefined;
}

/** Normalised one-word list, each word also without its article. */
function wordSet(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const n = phraseTokens(w)[0];
    if (n) out.add(n).add(stripArticle(n));
  }
  return out;
}

function verbForms(form: string): string[] {
  const out: string[] = [];
  const add = (stem: string, endings: string[]) => {
    for (const e of endings) for (const o of OBJECT_PRONOUNS) out.push(e === 'وا' && o ? `${stem}و${o}` : stem + e + o);
  };
  // An imperfect is listed with ي and also stands for its ت and ن persons (يعلق → تعلق، نعلق).
  if (form.startsWith('ي') && form.length >= 3) for (const p of ['ي', 'ت', 'ن']) add(p + form.slice(1), IMPERFECT_ENDINGS);
  else add(form, PERFECT_ENDINGS);
  return out;
}

function nounForms(form: string): string[] {
  // ة (normalised ه) becomes ت before a suffix: تهدئة → تهدئتها.
  const stem = form.endsWith('ه') ? form.slice(0, -1) + 'ت' : form;
  return NOUN_ENDINGS.map((e) => (e ? stem + e : form));
}

/**
 * Compiles every topic's `acts` into one word → entries table. `addPhrase` registers a rule's
 * evidence label in the topic lexicon and returns its phrase number; `wordKey` reads a word
 * through its family in content/word-forms.yaml (محادثات = محادثة = محادثاتهما).
 */
export function compileClauseReader(topics: Topic[], wordKey: (norm: string) => string, addPhrase: (topic: TopicId, label: string) => number): ClauseReader {
  const rules: ActRule[] = [];
  const table = new Map<string, Entry[]>();
  const byFamily = new Map<string, Entry[]>();
  const put = (map: Map<string, Entry[]>, word: string, entry: Entry) => {
    const list = map.get(word);
    if (!list) map.set(word, [entry]);
    else if (!list.some((e) => e[0] === entry[0] && e[1] === entry[1] && e[2].join(' ') === entry[2].join(' '))) list.push(entry);
  };
  const cancellers = new Map<TopicId, number[]>();
  const addPredicates = (predicates: string[], rule: number) => {
    for (const p of predicates) {
      const w = bareWord(phraseTokens(p)[0] ?? '');
      const entry: Entry = [rule, 0, []];
      for (const f of [...verbForms(w), ...nounForms(w)]) put(table, f, entry);
      put(byFamily, wordKey(w), entry);
    }
  };
  for (const t of topics) {
    if (t.cancelledBy) {
      const rule = rules.length;
      rules.push({ topic: t.id, phrase: -1, within: t.cancelledBy.within ?? ACT_WITHIN, cancels: true });
      cancellers.set(t.id, [...(cancellers.get(t.id) ?? []), rule]);
      addPredicates(t.cancelledBy.predicates, rule);
    }
    for (const act of t.acts ?? []) {
      const rule = rules.length;
      const r: ActRule = { topic: t.id, phrase: addPhrase(t.id, `${act.predicates[0]} … ${act.arguments[0]}`), within: act.within ?? ACT_WITHIN };
      if (act.notAfter?.length) r.notAfter = new Set(act.notAfter.map((w) => phraseTokens(w)[0] ?? ''));
      if (act.notBetween?.length) r.notBetween = wordSet(act.notBetween);
      if (act.notFollowedBy?.length) r.notFollowedBy = wordSet(act.notFollowedBy);
      if (act.needsBetween?.length) r.needsBetween = wordSet(act.needsBetween);
      if (act.parties) {
        const side = new Map<string, number>();
        act.parties.sides.forEach((words, k) => wordSet(words).forEach((w) => side.set(w, k)));
        r.parties = { side, within: act.parties.within ?? PARTIES_WITHIN, stops: wordSet(act.parties.stops ?? []), both: wordSet(act.parties.both ?? []) };
      }
      rules.push(r);
      addPredicates(act.predicates, rule);
      for (const a of act.arguments) {
        const [head, ...rest] = phraseTokens(a);
        if (!head) continue;
        const h = bareWord(head);
        const entry: Entry = [rule, 1, rest.map(stripArticle)];
        for (const f of nounForms(h)) put(table, f, entry);
        put(byFamily, wordKey(h), entry);
      }
    }
  }
  const NONE: readonly Entry[] = [];
  const memo = new Map<string, readonly Entry[]>();
  const entriesOf = (norm: string): readonly Entry[] => {
    let r = memo.get(norm);
    if (r !== undefined) return r;
    let found: Entry[] | undefined;
    const add = (list: Entry[] | undefined) => {
      if (!list) return;
      found ??= [];
      for (const e of list) if (!found.includes(e)) found.push(e);
    };
    const read = (word: string) => {
      add(table.get(word));
      // Short words keep their article in stripArticle (السد): here any ال before two letters goes.
      if (word.length >= 4 && word.startsWith('ال')) add(table.get(word.slice(2)));
      add(byFamily.get(wordKey(word)));
    };
    read(norm);
    for (const c of CLITICS) if (norm.length - c.length >= 3 && norm.startsWith(c)) read(norm.slice(c.length));
    // «للقتال», «وللأصول»: ل before the article drops its alif (ل + القتال), so no clitic above reads it.
    const ll = norm.startsWith('لل') ? 2 : norm.startsWith('ولل') || norm.startsWith('فلل') ? 3 : 0;
    if (ll && norm.length - ll >= 3) read('ال' + norm.slice(ll));
    // Arguments first: a word that is both («حظرا») closes the pair a predicate before it opened
    // before it opens one of its own.
    r = found ? found.sort((a, b) => b[1] - a[1]) : NONE;
    if (memo.size > 100_000) memo.clear();
    memo.set(norm, r);
    return r;
  };
  return { rules, cancellers, entriesOf };
}

// A clause ends at a sentence end, comma, semicolon, colon, bracket or dash between two words; «فيما» and
// «بينما» open a new one.
const CLAUSE_PUNCT = new Set([...'.!?؟،,؛;:()\u2013\u2014'].map((c) => c.charCodeAt(0)));
/** Is there clause punctuation between two offsets (read in place: gaps are mostly one space)? */
export function clauseBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_PUNCT.has(text.charCodeAt(k))) return true;
  return false;
}
const CLAUSE_OPENERS = new Set(['فيما', 'بينما', 'وفيما', 'وبينما', 'حين', 'لكن', 'ولكن']);
/** Does this normalised word open a new clause («فيما», «بينما», «لكن»)? */
export const opensClause = (norm: string): boolean => CLAUSE_OPENERS.has(norm);

export interface ActHit {
  topic: TopicId;
  phrase: number;
  /** The words from the first to the last of the pair, as written. */
  text: string;
  /** Always false: the shape of classify.ts's phrase hits, so one array holds both cheaply. */
  suffixed: false;
  /** Token indices of the predicate and after the argument (the frame check reads around them). */
  at: number;
  end: number;
}

/**
 * The reader's state while it reads one text, fed token by token by the caller's own pass (the
 * topic classifier reads each token once for phrases and acts alike). A predicate governs what
 * follows it (Arabic news is verb-first: «علقت كييف ضرباتها», «تجميد الأصول»), so an argument
 * counts only after a predicate of its rule in the same clause, within the rule's reach; each rule
 * fires once per text. «الأراضي التي تسيطر عليها» (the argument before, in a relative clause) is
 * not an act on it. Built once per lexicon and reused: clauses and texts are numbered, so starting
 * one is a counter step, not a new Map or Set.
 */
export class ClauseState {
  /** Whether some predicate is open in the current clause (only then do breaks matter). */
  pending = false;
  private readonly predicateAt: Float64Array;
  private readonly predicateClause: Float64Array;
  private readonly firedText: Float64Array;
  private clause = 1;
  private text = 1;
  constructor(private readonly reader: ClauseReader) {
    const n = reader.rules.length;
    this.predicateAt = new Float64Array(n);
    this.predicateClause = new Float64Array(n);
    this.firedText = new Float64Array(n);
  }

  startText(): void {
    this.text++;
    this.endClause();
  }

  endClause(): void {
    this.clause++;
    this.pending = false;
  }

  /** Reads token i, whose rule sides are `entries` (the reader's entriesOf of its normal form). */
  read(entries: readonly Entry[], i: number, tokens: Token[], text: string, out: { push(hit: ActHit): unknown }): void {
    for (let n = 0; n < entries.length; n++) {
      const [rule, side, tail] = entries[n];
      if (this.firedText[rule] === this.text) continue;
      if (side === 0) {
        this.predicateAt[rule] = i;
        this.predicateClause[rule] = this.clause;
        this.pending = true;
        continue;
      }
      if (this.predicateClause[rule] !== this.clause) continue;
      const from = this.predicateAt[rule];
      const r = this.reader.rules[rule];
      if (from === i || i - from > r.within) continue;
      if (tail.length && !tail.every((w, k) => i + 1 + k < tokens.length && stripArticle(tokens[i + 1 + k].norm) === w)) continue;
      // «علق على الضربات» is a comment on them, «علق الضربات» suspends them; «بعد توقف القتال»
      // is a time to come, not the news.
      if (r.notAfter && ((i > 0 && r.notAfter.has(tokens[i - 1].norm)) || (from > 0 && r.notAfter.has(tokens[from - 1].norm)))) continue;
      if (r.notBetween && anyBetween(r.notBetween, tokens, from + 1, i)) continue;
      // «ضربت … محطة الحاويات»: the word after the argument makes it a station of another kind.
      const next = i + 1 + tail.length;
      if (r.notFollowedBy && next < tokens.length && readsAs(r.notFollowedBy, tokens[next].norm) !== undefined) continue;
      if (r.needsBetween && !anyBetween(r.needsBetween, tokens, from + 1, i)) continue;
      if (r.parties && !twoParties(r.parties, tokens, text, i + 1 + tail.length)) continue;
      this.firedText[rule] = this.text;
      out.push({ topic: r.topic, phrase: r.phrase, text: text.slice(tokens[from].start, tokens[i + tail.length].end), suffixed: false, at: from, end: i + tail.length + 1 });
    }
  }

  /** Was a predicate cancelling `topic`'s phrases read earlier in this clause, within its reach of token i? */
  cancelled(topic: TopicId, i: number): boolean {
    const rules = this.reader.cancellers.get(topic);
    if (!rules) return false;
    for (const rule of rules) {
      if (this.predicateClause[rule] !== this.clause) continue;
      const from = this.predicateAt[rule];
      if (from < i && i - from <= this.reader.rules[rule].within) return true;
    }
    return false;
  }
}

function anyBetween(words: ReadonlySet<string>, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (readsAs(words, tokens[k].norm) !== undefined) return true;
  return false;
}

/** Words of two different sides among the words after the argument (up to a stop word or a clause break). */
function twoParties(p: NonNullable<ActRule['parties']>, tokens: Token[], text: string, from: number): boolean {
  let seen = -1;
  for (let k = from; k < tokens.length && k < from + p.within; k++) {
    if (k > 0 && clauseBreak(text, tokens[k - 1].end, tokens[k].start)) break;
    if (readsAs(p.stops, tokens[k].norm) !== undefined) break;
    if (readsAs(p.both, tokens[k].norm) !== undefined) return true;
    const word = readsAs(p.side, tokens[k].norm);
    if (word === undefined) continue;
    const side = p.side.get(word)!;
    if (seen >= 0 && side !== seen) return true;
    seen = side;
  }
  return false;
}

/** One pass of the reader over a text's tokens on its own (tests; classify.ts feeds ClauseState in its phrase pass). */
export function clauseHits(reader: ClauseReader, tokens: Token[], text: string, out: { push(hit: ActHit): unknown }): void {
  if (!reader.rules.length) return;
  const state = new ClauseState(reader);
  state.startText();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (state.pending && (clauseBreak(text, tokens[i - 1].end, tok.start) || opensClause(tok.norm))) state.endClause();
    const entries = reader.entriesOf(tok.norm);
    if (entries.length) state.read(entries, i, tokens, text, out);
  }
}
