// Typing a co-occurrence: a sentence that mentions two actors says HOW they relate only when
// a relation pattern sits close to both of them. Untyped co-occurrence stays the default;
// a type is claimed only with evidence inside that sentence.
import { cliticVariants, tokenize, type Token } from '../arabic';
import type { Mention, RelationType, Sentence } from '../types';
import { RELATION_TYPES, type CompiledPattern, type PatternWord, type RelationPatterns } from './patterns';

/** A pattern word is at most this many tokens from the nearer of the two actors. */
export const NEAR_TOKENS = 8;
/** The pattern and both actors fit in a window of this many tokens (one clause, not a paragraph). */
export const SPAN_TOKENS = 20;

// Pronoun suffixes on nouns and verbs: دعمها، عقوباتنا، مساعدتهم (ة becomes ت before them).
const SUFFIXES = ['هما', 'هم', 'ها', 'نا', 'ه', 'كم'];

/** Readings of a sentence token: clitic-stripped stems, then the same without a pronoun suffix. */
export function wordReadings(norm: string): string[] {
  const out = new Set<string>();
  for (const stem of cliticVariants(norm, { minStem: 2 })) {
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

function wordMatches(readings: string[], w: PatternWord): boolean {
  return readings.some((r) => (w.prefix ? r.startsWith(w.norm) : r === w.norm));
}

/** Token ranges [first, last] where each pattern occurs in the tokens. */
export function findPatterns(tokens: Token[], patterns: CompiledPattern[]): Array<{ pattern: CompiledPattern; first: number; last: number }> {
  const readings = tokens.map((t) => wordReadings(t.norm));
  const hits: Array<{ pattern: CompiledPattern; first: number; last: number }> = [];
  for (const pattern of patterns) {
    const n = pattern.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = wordMatches(readings[i + k], pattern.words[k]);
      if (ok) hits.push({ pattern, first: i, last: i + n - 1 });
    }
  }
  return hits;
}

/** Token index range covered by a mention (offsets are paragraph offsets). */
function mentionTokens(tokens: Token[], sentenceStart: number, m: Mention): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].start + sentenceStart;
    const e = tokens[i].end + sentenceStart;
    if (e <= m.start || s >= m.end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

export interface SentenceTyping {
  /** Types claimed for each actor pair "a|b" (a < b) of the sentence. */
  pairs: Map<string, RelationType[]>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Relation types for every pair of actors mentioned in one sentence.
 * `mentions` are the mentions of this sentence only.
 */
export function typeSentencePairs(sentence: Sentence, mentions: Mention[], patterns: RelationPatterns): Map<string, RelationType[]> {
  const out = new Map<string, RelationType[]>();
  const tokens = tokenize(sentence.text);
  const hits = findPatterns(tokens, patterns.patterns);
  if (!hits.length) return out;
  const excluded = findPatterns(tokens, patterns.exclude);
  const live = hits.filter((h) => !excluded.some((x) => x.pattern.type === h.pattern.type && x.first <= h.first && h.last <= x.last));
  // Where each actor sits in the sentence, as token ranges.
  const spans = new Map<string, Array<[number, number]>>();
  for (const m of mentions) {
    const r = mentionTokens(tokens, sentence.start, m);
    if (!r) continue;
    if (!spans.has(m.actorId)) spans.set(m.actorId, []);
    spans.get(m.actorId)!.push(r);
  }
  const ids = [...spans.keys()].sort();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const types = new Set<RelationType>();
      for (const h of live) {
        if (types.has(h.pattern.type)) continue;
        if (supports(h, spans.get(ids[i])!, spans.get(ids[j])!)) types.add(h.pattern.type);
      }
      if (types.size) out.set(pairKey(ids[i], ids[j]), RELATION_TYPES.filter((t) => types.has(t)));
    }
  }
  return out;
}

const gap = (a: [number, number], first: number, last: number) =>
  a[1] < first ? first - a[1] : a[0] > last ? a[0] - last : 0;

/** The pattern is near one actor and the three fit in one clause-sized window; it is not part of a name. */
function supports(h: { first: number; last: number }, as: Array<[number, number]>, bs: Array<[number, number]>): boolean {
  for (const a of as) {
    for (const b of bs) {
      const inside = (r: [number, number]) => r[0] <= h.first && h.last <= r[1];
      if (inside(a) || inside(b)) continue;
      const near = Math.min(gap(a, h.first, h.last), gap(b, h.first, h.last));
      const span = Math.max(a[1], b[1], h.last) - Math.min(a[0], b[0], h.first) + 1;
      if (near <= NEAR_TOKENS && span <= SPAN_TOKENS) return true;
    }
  }
  return false;
}
