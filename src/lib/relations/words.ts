// Word lists of the relation patterns, compiled for fast lookup: one-word entries in hash
// sets, open-ended (*) and multi-word entries checked one by one (there are few).
import { cliticVariants, normalizeArabic, phraseTokens, type Token } from '../arabic';

/** One word of a compiled phrase: normalised, optionally open-ended (written with *). */
export interface PatternWord {
  norm: string;
  prefix: boolean;
  /** A verb: matched without the article ال (دعم the verb, not الدعم the noun). */
  verb?: boolean;
}
/** A phrase: consecutive words. */
export type Phrase = PatternWord[];

// Pronoun suffixes on nouns and verbs: دعمها، عقوباتنا، مساعدتهم (ة becomes ت before them).
const SUFFIXES = ['هما', 'هم', 'ها', 'نا', 'ه', 'كم'];

/** Readings of a sentence token: clitic-stripped stems, then the same without a pronoun suffix. */
export function wordReadings(norm: string, verb = false): string[] {
  const out = new Set<string>();
  // A verb takes only the conjunctions و ف (لبحث، بالدعم are nouns).
  const stems = verb ? [norm, ...(/^[وف]/.test(norm) && norm.length > 3 ? [norm.slice(1)] : [])] : cliticVariants(norm, { minStem: 2 });
  for (const stem of stems) {
    out.add(stem);
    for (const s of SUFFIXES) {
      if (stem.length - s.length < 2 || !stem.endsWith(s)) continue;
      const base = stem.slice(0, -s.length);
      out.add(base);
      if (base.endsWith('ت')) out.add(base.slice(0, -1) + 'ه');
    }
  }
  return [...out];
}

/** Readings of one token: all of them, a verb's (no article), and without a pronoun suffix. */
export interface Readings {
  all: string[];
  verb: string[];
  /** «أنه» is not the clause word «أن». */
  bare: string[];
}

// News vocabulary repeats: each distinct word is read once. Bounded, like tokenize's cache.
const READINGS_CACHE = new Map<string, Readings>();
const READINGS_CACHE_MAX = 200_000;

export function tokenReadings(t: Token): Readings {
  let r = READINGS_CACHE.get(t.norm);
  if (!r) {
    r = { all: wordReadings(t.norm), verb: wordReadings(t.norm, true), bare: cliticVariants(t.norm, { minStem: 2 }) };
    if (READINGS_CACHE.size >= READINGS_CACHE_MAX) READINGS_CACHE.clear();
    READINGS_CACHE.set(t.norm, r);
  }
  return r;
}

export type ReadingKind = 'all' | 'bare';

export function compilePhrase(pattern: string, verb = false): Phrase {
  return pattern
    .trim()
    .split(/\s+/)
    .map((w) => {
      const prefix = w.endsWith('*');
      const bare = prefix ? w.slice(0, -1) : w;
      // phraseTokens drops punctuation and normalises; a word is one token.
      const norm = phraseTokens(bare).join('') || normalizeArabic(bare);
      return { norm, prefix, verb };
    })
    .filter((w) => w.norm.length > 0);
}

// Plain loops, not `some` with a closure: these run for every token of every sentence and rule.
function wordMatches(rs: string[], w: PatternWord): boolean {
  for (const r of rs) if (w.prefix ? r.startsWith(w.norm) : r === w.norm) return true;
  return false;
}

function phraseAt(readings: Readings[], i: number, kind: ReadingKind, p: Phrase): boolean {
  if (i + p.length > readings.length) return false;
  for (let k = 0; k < p.length; k++) if (!wordMatches(p[k].verb ? readings[i + k].verb : readings[i + k][kind], p[k])) return false;
  return true;
}

/** Do two sets share a word? Walks the smaller one (no array made: called per sentence and word class). */
function meets(mine: Set<string>, theirs: Set<string>): boolean {
  if (!mine.size || !theirs.size) return false;
  if (mine.size > theirs.size) return meets(theirs, mine);
  for (const w of mine) if (theirs.has(w)) return true;
  return false;
}

const NO_PHRASES: Phrase[] = [];

/** A list of phrases, matched at a token: the length of the longest one found there. */
export class PhraseSet {
  // One-word entries, open-ended first words and first words: read by PresenceIndex too.
  readonly nouns = new Set<string>();
  readonly verbs = new Set<string>();
  private readonly others: Phrase[] = [];
  // The multi-word and open-ended phrases indexed by their first word, so a token is tried only
  // against the phrases its own readings can start (the rules of session 45 made `others` long):
  // exact first words by their (noun or verb) reading, open-ended first words tried always.
  private readonly byFirstNoun = new Map<string, Phrase[]>();
  private readonly byFirstVerb = new Map<string, Phrase[]>();
  readonly openFirst: Phrase[] = [];
  readonly firstNouns: Set<string>;
  readonly firstVerbs: Set<string>;

  constructor(readonly phrases: Phrase[]) {
    for (const p of phrases) {
      if (p.length === 1 && !p[0].prefix) (p[0].verb ? this.verbs : this.nouns).add(p[0].norm);
      else {
        this.others.push(p);
        if (p[0].prefix) this.openFirst.push(p);
        else {
          const index = p[0].verb ? this.byFirstVerb : this.byFirstNoun;
          const list = index.get(p[0].norm);
          if (list) list.push(p);
          else index.set(p[0].norm, [p]);
        }
      }
    }
    this.firstNouns = new Set(this.byFirstNoun.keys());
    this.firstVerbs = new Set(this.byFirstVerb.keys());
  }

  /** The longest of `others` at token i (0 if none): the same as trying each, in any order. */
  private othersAt(readings: Readings[], i: number, kind: ReadingKind): number {
    let best = 0;
    const r = readings[i];
    if (this.byFirstNoun.size) for (const w of r[kind]) for (const p of this.byFirstNoun.get(w) ?? NO_PHRASES) if (p.length > best && phraseAt(readings, i, kind, p)) best = p.length;
    if (this.byFirstVerb.size) for (const w of r.verb) for (const p of this.byFirstVerb.get(w) ?? NO_PHRASES) if (p.length > best && phraseAt(readings, i, kind, p)) best = p.length;
    for (const p of this.openFirst) if (p.length > best && phraseAt(readings, i, kind, p)) best = p.length;
    return best;
  }

  lengthAt(readings: Readings[], i: number, kind: ReadingKind = 'all'): number {
    const best = this.others.length ? this.othersAt(readings, i, kind) : 0;
    if (best) return best;
    if (this.nouns.size) for (const r of readings[i][kind]) if (this.nouns.has(r)) return 1;
    if (this.verbs.size) for (const r of readings[i].verb) if (this.verbs.has(r)) return 1;
    return 0;
  }

  /** Does a phrase of the set occur in these readings? `union` holds every reading of every token (a fast first test). */
  occursIn(readings: Readings[], union: { all: Set<string>; verb: Set<string> }): boolean {
    if (meets(this.nouns, union.all) || meets(this.verbs, union.verb)) return true;
    if (!this.others.length) return false;
    // No token reads as the first word of any phrase: none can occur (open-ended first words aside).
    if (!this.openFirst.length && !meets(this.firstNouns, union.all) && !meets(this.firstVerbs, union.verb)) return false;
    return this.othersOccurIn(readings);
  }

  /** Does one of the multi-word or open-ended phrases occur (tried at every token)? */
  othersOccurIn(readings: Readings[]): boolean {
    for (let i = 0; i < readings.length; i++) if (this.othersAt(readings, i, 'all')) return true;
    return false;
  }

  /** Does one of the phrases end right before token `end`? */
  endsAt(readings: Readings[], end: number): boolean {
    return this.phrases.some((p) => {
      const start = end - p.length;
      return start >= 0 && p.every((w, k) => wordMatches(w.verb ? readings[start + k].verb : readings[start + k].all, w));
    });
  }
}

/** Per sentence and indexed set: 0 none of its phrases occurs, 1 one does, 2 a longer phrase may (try it). */
export const ABSENT = 0;
export const PRESENT = 1;
export const MAYBE = 2;

// A word's entry lists slot * 2 (a one-word entry of that set) or slot * 2 + 1 (a longer phrase's first word).
const index = (map: Map<string, number[]>, words: Iterable<string>, code: number) => {
  for (const w of words) {
    const list = map.get(w);
    if (!list) map.set(w, [code]);
    else if (list[list.length - 1] !== code) list.push(code);
  }
};

/**
 * Many phrase sets asked at once whether they occur in a sentence (the rules' word classes, 132
 * of them in session 46): a word → sets index built at compile time, so each distinct reading of
 * a sentence is looked up once, instead of every set walking its own words against the sentence
 * (`meets` per class and sentence was the largest cost left in session 45). Same answers as
 * PhraseSet.occursIn: PRESENT for a one-word entry, MAYBE when a longer phrase's first word (or an
 * open-ended one) is there — the caller then tries the phrases — ABSENT otherwise.
 */
export class PresenceIndex {
  private readonly slots = new Map<PhraseSet, number>();
  /** The indexed sets by slot. */
  readonly sets: PhraseSet[] = [];
  private readonly nouns = new Map<string, number[]>();
  private readonly verbs = new Map<string, number[]>();
  private readonly open: number[] = [];

  constructor(sets: Iterable<PhraseSet>) {
    for (const s of sets) {
      if (this.slots.has(s)) continue;
      const slot = this.slots.size;
      this.slots.set(s, slot);
      this.sets.push(s);
      index(this.nouns, s.nouns, slot * 2);
      index(this.nouns, s.firstNouns, slot * 2 + 1);
      index(this.verbs, s.verbs, slot * 2);
      index(this.verbs, s.firstVerbs, slot * 2 + 1);
      if (s.openFirst.length) this.open.push(slot);
    }
  }

  /** The set's place in `scan`'s answer; undefined for a set not indexed. */
  slotOf(set: PhraseSet): number | undefined {
    return this.slots.get(set);
  }

  /** Every indexed set's state for a sentence whose readings are `union` (every reading of every token). */
  scan(union: { all: Set<string>; verb: Set<string> }): Uint8Array {
    const state = new Uint8Array(this.slots.size);
    for (const w of union.all) mark(state, this.nouns.get(w));
    for (const w of union.verb) mark(state, this.verbs.get(w));
    for (const j of this.open) if (state[j] === ABSENT) state[j] = MAYBE;
    return state;
  }
}

function mark(state: Uint8Array, codes: number[] | undefined): void {
  if (codes) for (const c of codes) if (state[c >> 1] !== PRESENT) state[c >> 1] = c & 1 ? MAYBE : PRESENT;
}
