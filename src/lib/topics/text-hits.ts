// One text (a title, a lead sentence, the body after the lead) read against the compiled topic lexicon:
// phrase hits from the trie, word pairs in the title and lead, the clause reader's acts, and the frame
// check that drops a hit another war or field claims. classify.ts weighs these hits by place.
import type { TopicId } from '../types';
import { tokenize, type Token } from '../arabic/tokenize';
import { clauseBreak } from './clause-reading';
import type { PhraseRef, TopicLexicon, TopicWord } from './lexicon';

// Numbers between the words of a phrase are passed over; quotation marks around a word of it
// («مقاتلات «إف-16»», منظومة "باتريوت") do not break it.
const MATCH_OPTS = { skipNumbers: true, quotes: true };
const NUMBER = /^[0-9٠-٩]/;

export interface TextHit extends PhraseRef {
  text: string;
  /** A one-word hit read through a pronoun suffix («قمتهم»): the subject's own event. */
  suffixed: boolean;
  /** Token indices of its first word and after its last (the frame check reads around them). */
  at: number;
  end: number;
}

/**
 * Does a word of the pair's `notBetween` stand between its two words («لمنع التقدم الروسي» is
 * no ban on Russian goods)? Read as written or without one leading clitic, like the pair's words.
 */
function blockedBetween(lex: TopicLexicon, pair: number, tokens: Token[], from: number, to: number): boolean {
  const words = lex.pairs[pair].notBetween;
  if (!words) return false;
  for (let k = from + 1; k < to; k++) {
    const norm = tokens[k].norm;
    if (words.has(lex.wordKeyOf(norm)) || (norm.length >= 4 && 'وفبلس'.includes(norm[0]) && words.has(lex.wordKeyOf(norm.slice(1))))) return true;
  }
  return false;
}

/**
 * Word-pair hits in one title or lead sentence: both sides present, in any order. Each token is
 * looked up once (memoised per word), as written or without one leading clitic (وتسلمت، بمنظومة).
 */
function pairHits(lex: TopicLexicon, tokens: Token[], text: string, out: TextHit[]): void {
  const first = new Map<number, number>();
  const second = new Map<number, number>();
  // A pair with a reach (`within`) needs its second word close after its first: the last first-word
  // position seen, and the hit once found.
  const lastFirst = new Map<number, number>();
  const near = new Map<number, [number, number]>();
  for (let i = 0; i < tokens.length; i++) {
    for (const [pair, side, numbered] of lex.pairSides(tokens[i].norm)) {
      // A type letter names the weapon only before its number («إف-16»), not in a radio's «أف أم».
      if (numbered && !NUMBER.test(tokens[i + 1]?.norm ?? '')) continue;
      const reach = lex.pairs[pair].within;
      if (reach !== undefined) {
        if (side === 0) lastFirst.set(pair, i);
        else if (!near.has(pair) && lastFirst.has(pair) && i - lastFirst.get(pair)! <= reach && !blockedBetween(lex, pair, tokens, lastFirst.get(pair)!, i)) near.set(pair, [lastFirst.get(pair)!, i]);
        continue;
      }
      const seen = side === 0 ? first : second;
      if (!seen.has(pair)) seen.set(pair, i);
    }
  }
  for (const [pair, [a, b]] of near) {
    const p = lex.pairs[pair];
    out.push({ topic: p.topic, phrase: p.phrase, text: text.slice(tokens[a].start, tokens[b].end), suffixed: false, at: a, end: b + 1 });
  }
  for (const [pair, a] of first) {
    const b = second.get(pair);
    if (b === undefined) continue;
    const [from, to] = a < b ? [a, b] : [b, a];
    const p = lex.pairs[pair];
    out.push({ topic: p.topic, phrase: p.phrase, text: text.slice(tokens[from].start, tokens[to].end), suffixed: false, at: from, end: to + 1 });
  }
}

export function textHits(lex: TopicLexicon, text: string, strongPlace = false, framed?: (topic: TopicId) => void, loose?: Set<TextHit>): TextHit[] {
  // Phrases of different topics may overlap («قمة الناتو» for NATO, «قمة» for summits;
  // «استضافة محادثات سلام»): at each token every topic takes its own longest phrase, and a
  // topic's matches do not overlap each other, so one topic's phrase never hides another's.
  // The same pass feeds the clause reader (predicate × argument), one word lookup for both.
  const tokens = tokenize(text);
  const endOf = new Map<TopicId, number>();
  const out: TextHit[] = [];
  const reading = lex.acts.rules.length > 0;
  const clauses = lex.clauses;
  const actHits = lex.actHits;
  actHits.length = 0;
  clauses.startText();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // The lexicon's entry for this word, memoised on its WrittenWord (no Map lookup by string).
    const w = (tok.word.memo(lex) as TopicWord | undefined) ?? tok.word.remember(lex, lex.word(tok.norm));
    if (reading) {
      if (clauses.pending && (w.opensClause || clauseBreak(text, tokens[i - 1].end, tok.start))) clauses.endClause();
      if (w.acts.length) clauses.read(w.acts, i, tokens, text, actHits);
    }
    if (!w.startsPhrase) continue;
    // Numbers between the words of a phrase («تبادل 300 أسير», «إعادة 12 طفلاً») do not break it.
    const found = lex.trie.matchesAt(tokens, i, text, MATCH_OPTS);
    if (!found.length) continue;
    // Longest first: a topic that took a phrase here has its end past i, so its shorter ones are skipped.
    for (const m of found) {
      for (const v of m.values) {
        if ((endOf.get(v.topic) ?? 0) > i) continue;
        endOf.set(v.topic, m.to);
        // «أسقطت … صواريخ أتاكمز»: the phrase names what was acted on, not the topic (cancelledBy).
        if (reading && clauses.cancelled(v.topic, i)) continue;
        out.push({ topic: v.topic, phrase: v.phrase, text: text.slice(tokens[i].start, tokens[m.to - 1].end), suffixed: m.to - i === 1 && lex.suffixed(m.reading), at: i, end: m.to });
      }
    }
  }
  if (strongPlace && lex.pairs.length) pairHits(lex, tokens, text, out);
  // Act hits come last and have the phrase hits' shape (one hidden class keeps the scoring loop monomorphic).
  for (let k = 0; k < actHits.length; k++) out.push(actHits[k]);
  // «تثبيت الهدنة في قطاع غزة»: a hit another war's words stand nearer to is that war's (frame.ts).
  // `framed` is told each topic a hit was dropped for, so the learnt reader does not add them back.
  if (!out.length || !lex.frames.size) return out;
  const kept = out.filter((h) => !(lex.frames.get(h.topic)?.otherWar(tokens, text, h.at, h.end) && (framed?.(h.topic), true)));
  // Session 47 at the merge: a hit whose clause names neither war («قمة الأهلي والزمالك», «تثبيت الهدنة»,
  // a section line «| المساعدات الإنسانية») is noted, to be read in the sense the article's framed hits of
  // its topic gave it.
  if (loose) for (const h of kept) if (lex.frames.get(h.topic)?.ownWar(tokens, text, h.at, h.end) === false) loose.add(h);
  return kept;
}
