// Which war a topic hit belongs to (issue 14, session 14). Topic words are shared by every war:
// «تثبيت الهدنة في قطاع غزة» is a truce, but not one of the Russia–Ukraine war this site covers,
// and «مفاوضات باكو ويريفان» are peace talks of another conflict. A topic's `frame`
// (content/topics.yaml) lists the words of other wars (their places and non-state parties) and of
// this one; a hit whose clause names another war nearer to it than this one is dropped. Only run
// where a hit was found (rare), so it costs nothing on the words that name no topic.
import type { Topic } from '../types';
import { PhraseTrie, stripArticle } from '../arabic/phrase-trie';
import { phraseTokens, type Token } from '../arabic/tokenize';
import { clauseBreak, opensClause } from './clause-reading';

/** How far (in words) each side of a hit the clause is read for a war's words. */
export const FRAME_REACH = 8;

const OTHER = 1;
const THIS = 2;
/** Set beside OTHER on another field's words (`otherFields`), not on another war's. */
const FIELD = 4;
/** Set beside THIS on the words that name this war itself (`thisWar`, `anchors`), not on the topic's `ownFields`. */
const ANCHOR = 8;
/** Session 50: set beside THIS on a word of one side of this war (`frame.sides`): bit SIDE << i for side i. */
const SIDE = 16;
/** Only spaces between tokens k-1 and k (one name). */
const spaced = (text: string, tokens: Token[], k: number) => /^[\s\u00A0]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start));

export interface FrameReader {
  /** Does another war's word stand nearer to tokens[from..to) in its clause than any of this war's? */
  otherWar(tokens: Token[], text: string, from: number, to: number): boolean;
  /** Does this war's word stand in the clause of tokens[from..to)? */
  ownWar(tokens: Token[], text: string, from: number, to: number): boolean;
  /**
   * Session 49: does the text name this war at all — one of `thisWar` or `anchors` anywhere (not a team
   * named by its country, «منتخب أوكرانيا»)? An article that never does is another field's or war's.
   */
  namesThisWar(tokens: Token[], text: string): boolean;
  /**
   * Session 50: how the text names this war and others, for the article as a whole (`WarMention` bits:
   * a side of it, a word of it that is no side's, another war's or field's word).
   */
  mentions(tokens: Token[], text: string): number;
}

/**
 * Session 50: what `FrameReader.mentions` reports. `SIDE_MENTION << i`: side i of this war (`frame.sides`) is
 * named; `PLACE_MENTION`: a word of this war that is no side's (a front town, the Black Sea, NATO, an envoy);
 * `OTHER_MENTION`: another war's word (`otherWars`) or the topic's other field (`otherFields`).
 */
export const OTHER_MENTION = 1;
export const PLACE_MENTION = 2;
export const SIDE_MENTION = 4;

/**
 * Session 50: an article that names one side of this war only — Moscow, the Kremlin, Lavrov, or Kyiv alone —
 * and another war's or field's word is that side speaking of or acting in another story (Moscow on El Fasher's
 * truce, Lavrov on Washington–Tehran talks, a Russian delegation over an oil field's contract). The war itself
 * has two sides: one of them named beside the other, or beside a word of the war that is neither's, is this war.
 */
export function oneSideElsewhere(mentions: number, sides: number): boolean {
  if (!(mentions & OTHER_MENTION) || mentions & PLACE_MENTION || sides < 2) return false;
  let named = 0;
  for (let i = 0; i < sides; i++) if (mentions & (SIDE_MENTION << i)) named++;
  return named === 1;
}

/** A sentence ends at . ! ? ؟ or a line break; a fronted place ends at a comma. */
const SENTENCE_END = /[.!?؟\n]/;
const COMMA = /[،,]/;
/** How far back a hit's sentence is read for its fronted place, and how long that place may be. */
const SENTENCE_REACH = 40;
const FRONTED_WORDS = 4;

/** A nisba listed once («روسي») stands for its forms (روسيه، روسيين، روسيون، روسيان، روسيتين). */
function forms(word: string): string[][] {
  const tokens = phraseTokens(word);
  if (tokens.length !== 1 || !tokens[0].endsWith('ي')) return [tokens];
  return ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان'].map((e) => [tokens[0] + e]);
}

/**
 * Session 46: `otherFields` (a topic's words of another field its words also serve: a league's
 * «مباراة القمة», a federation's or a traffic law's «عقوبات», another country's civil reactor) are read
 * like another war's words: a hit they stand nearer to than this war's words is not the topic.
 */
export function compileFrame(frame: Topic['frame'] | undefined, otherFields: readonly string[] = [], ownFields: readonly string[] = []): FrameReader {
  const trie = new PhraseTrie<number>(stripArticle);
  for (const w of frame?.otherWars ?? []) for (const f of forms(w)) trie.insert(f, OTHER);
  for (const w of otherFields) for (const f of forms(w)) trie.insert(f, OTHER | FIELD);
  // Session 47: the topic's own field («قصف», «ضربة» beside a plant) weighs like this war's words.
  for (const w of ownFields) for (const f of forms(w)) trie.insert(f, THIS);
  // Session 49: this war's own words, and the words that place a text in it without naming a side
  // (its front towns, the Black Sea corridor), also say the text is about this war at all.
  for (const w of frame?.thisWar ?? []) for (const f of forms(w)) trie.insert(f, THIS | ANCHOR);
  for (const w of frame?.anchors ?? []) for (const f of forms(w)) trie.insert(f, ANCHOR);
  // Session 50: each side's own words (its state, capital, nisba, leaders and spokespeople).
  (frame?.sides ?? []).forEach((words, i) => {
    for (const w of words) for (const f of forms(w)) trie.insert(f, SIDE << i);
  });
  const sideAt = (tokens: Token[], k: number, text: string): number => {
    let side = 0;
    for (const m of trie.matchesAt(tokens, k, text)) for (const v of m.values) side |= v;
    return side;
  };
  // Session 47 (part y): this war's word right after another field's word, in one name, is part of that
  // name — a team or a club named by its country or city («منتخب أوكرانيا», «دينامو كييف», «شاختار
  // دونيتسك») — and reads as the other field, not as this war.
  const sideOf = (tokens: Token[], k: number, text: string): number => {
    const side = sideAt(tokens, k, text);
    if (!(side & THIS) || !otherFields.length || k === 0 || !spaced(text, tokens, k)) return side;
    const before = sideAt(tokens, k - 1, text);
    return before & FIELD && !(before & THIS) ? OTHER : side;
  };
  /**
   * Session 47 at the merge (the spent x-aside xa04): «وفي غزة، قال البرنامج إن … منذ سريان وقف إطلاق
   * النار» — a place fronted before the sentence's first comma sets the whole sentence in that place,
   * however far and past however many clauses the hit stands. Is it another war's place?
   */
  const frontedOther = (tokens: Token[], text: string, from: number): boolean => {
    let start = from;
    while (start > 0 && from - start < SENTENCE_REACH && !SENTENCE_END.test(text.slice(tokens[start - 1].end, tokens[start].start))) start--;
    const head = tokens[start]?.norm;
    if (head !== 'في' && head !== 'وفي') return false;
    for (let k = start + 1; k < from && k <= start + FRONTED_WORDS; k++) {
      if (!COMMA.test(text.slice(tokens[k].end, tokens[k + 1].start))) continue;
      let side = 0;
      for (let j = start + 1; j <= k; j++) side |= sideAt(tokens, j, text);
      return (side & OTHER) !== 0 && !(side & THIS);
    }
    return false;
  };
  /**
   * Session 50 (the spent ae-aside aea05, aea17, aea18): a clause that names neither war takes its sentence's
   * war — «تطورات الأوضاع في قطاع غزة، حيث استعرض … الجهود لتثبيت وقف إطلاق النار», «… والإفراج عن الأسرى
   * الفلسطينيين، وفتح المعابر … وإعادة إعمار غزة». Does the hit's sentence name another war and none of this
   * war's words? Another field's words do not count here: a company or a match is named in many sentences of
   * this war's news, a war's place is not.
   */
  const sentenceOther = (tokens: Token[], text: string, from: number, to: number): boolean => {
    let start = from;
    while (start > 0 && from - start < SENTENCE_REACH && !SENTENCE_END.test(text.slice(tokens[start - 1].end, tokens[start].start))) start--;
    let end = to;
    while (end < tokens.length && end - to < SENTENCE_REACH && !SENTENCE_END.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
    let other = false;
    for (let k = start; k < end; k++) {
      if (k >= from && k < to) continue;
      const side = sideOf(tokens, k, text);
      if (side & THIS) return false;
      if (side & OTHER && !(side & FIELD)) other = true;
    }
    return other;
  };
  /** The distances (in words) from the hit to the nearest other war's and this war's word in its clause. */
  const distances = (tokens: Token[], text: string, from: number, to: number): [number, number] => {
      let other = Infinity;
      let own = Infinity;
      // Left of the hit, back to the clause's start.
      for (let k = from - 1, d = 1; k >= 0 && d <= FRAME_REACH; k--, d++) {
        if (clauseBreak(text, tokens[k].end, tokens[k + 1].start) || opensClause(tokens[k + 1].norm)) break;
        const side = sideOf(tokens, k, text);
        if (side & THIS) own = Math.min(own, d);
        if (side & OTHER) other = Math.min(other, d);
      }
      // Right of it, to the clause's end.
      for (let k = to, d = 1; k < tokens.length && d <= FRAME_REACH; k++, d++) {
        if (clauseBreak(text, tokens[k - 1].end, tokens[k].start) || opensClause(tokens[k].norm)) break;
        const side = sideOf(tokens, k, text);
        if (side & THIS) own = Math.min(own, d);
        if (side & OTHER) other = Math.min(other, d);
      }
      return [other, own];
  };
  return {
    otherWar(tokens, text, from, to) {
      // Session 47: a hit that opens a longer phrase of another field («الهدنة التجارية») is that field's.
      for (const m of trie.matchesAt(tokens, from, text)) if (m.to > to && m.values.some((v) => v & FIELD)) return true;
      const [other, own] = distances(tokens, text, from, to);
      if (other < own) return true;
      // A clause that names neither war takes the place its sentence opens with.
      return own === Infinity && other === Infinity && (frontedOther(tokens, text, from) || sentenceOther(tokens, text, from, to));
    },
    ownWar(tokens, text, from, to) {
      return distances(tokens, text, from, to)[1] < Infinity;
    },
    namesThisWar(tokens, text) {
      for (let k = 0; k < tokens.length; k++) if (sideOf(tokens, k, text) & ANCHOR) return true;
      return false;
    },
    mentions(tokens, text) {
      let seen = 0;
      for (let k = 0; k < tokens.length; k++) {
        const side = sideOf(tokens, k, text);
        if (side & OTHER) seen |= OTHER_MENTION;
        if (!(side & ANCHOR)) continue;
        const sideBits = side >> 4;
        seen |= sideBits ? sideBits * SIDE_MENTION : PLACE_MENTION;
      }
      return seen;
    },
  };
}
