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
  private readonly nouns = new Set<string>();
  private readonly verbs = new Set<string>();
  private readonly others: Phrase[] = [];
  // The multi-word and open-ended phrases indexed by their first word, so a token is tried only
  // against the phrases its own readings can start (the rules of session 45 made `others` long):
  // exact first words by their (noun or verb) reading, open-ended first words tried always.
  private readonly byFirstNoun = new Map<string, Phrase[]>();
  private readonly byFirstVerb = new Map<string, Phrase[]>();
  private readonly openFirst: Phrase[] = [];
  private readonly firstNouns: Set<string>;
  private readonly firstVerbs: Set<string>;

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
