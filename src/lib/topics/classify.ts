// Topic classification: normalised, clitic-aware phrase matching over the topic lexicons
// (content/topics.yaml), compiled once into a trie whose words are read through their forms
// (content/word-forms.yaml: أسير = أسرى, توسط = وساطة). An editor reads the title and the lead
// first, so a phrase there is strong evidence; further down, hits add up and long articles
// need more of them. Every assignment keeps the evidence that put it there.
import type { Topic, TopicAssignment, TopicHit, TopicId, TopicPlace } from '../types';
import { countWords, tokenize } from '../arabic/tokenize';
import { splitSentences } from '../arabic/sentences';
import { lexiconFor, type TopicLexicon } from './lexicon';
import { textHits, type TextHit } from './text-hits';
import { OTHER_MENTION, oneSideElsewhere, type FrameReader } from './frame';
import { addModelTopics, modelFeatures, readWithModel } from './model';

// The lexicon's compiler lives in lexicon.ts; it is part of this module's public surface.
export { compileTopicLexicon, topicWordKey, type TopicLexicon, type TopicLexiconOptions, type TopicWord } from './lexicon';

/** Weight of one distinct phrase in the title or the lead. */
export const TITLE_HIT_WEIGHT = 3;
/** The lead is the article's first sentences: a phrase there counts like a title hit. */
export const LEAD_SENTENCES = 2;
/**
 * A one-word phrase in the lead (a place name, «قمة») is weaker: it needs one more hit — unless the
 * topic lists it among its `keyWords` (هدنة، وساطة، العقوبات), which name the topic by themselves.
 */
export const LEAD_WORD_WEIGHT = 2;
/** Weight of one phrase hit in the body: a single word (قمة) is weaker evidence than a phrase. */
export const BODY_HIT_WEIGHT = 1;
export const BODY_MULTIWORD_HIT_WEIGHT = 1.5;
/** Score an article needs for a topic (one title or lead hit, or three body hits). */
export const MIN_TOPIC_SCORE = 3;
/** Every this many body words beyond the first block raise the required score by one. */
export const WORDS_PER_EXTRA_HIT = 400;
/** The same phrase counts at most this many times in the body (a repeated slogan is one idea). */
export const MAX_HITS_PER_PHRASE = 3;
/**
 * When no topic reaches its bar, the article still gets its best-evidenced topic if that topic's
 * body hits weigh this much (two mentions further down; a long article's bar rises with its length).
 * A lone one-word lead hit does not count here: measured on the labelled parts, the best topic
 * below the bar on such evidence was a place name («خيرسون») or «تفاوض» — not the main topic.
 */
export const FALLBACK_MIN_BODY_SCORE = 2;

export interface TopicEvidence {
  id: TopicId;
  titleHits: number;
  leadHits: number;
  bodyHits: number;
  score: number;
  /** The part of `score` that body hits (after the lead) add. */
  bodyScore: number;
  /** The distinct phrases that hit, for debugging and editors. */
  phrases: string[];
  /** Where each counted hit was found. */
  hits: TopicHit[];
  required: number;
  /** Session 45: every hit of the topic was another war's (frame.ts), so the model may not give it. */
  framed?: boolean;
}

/** The score an article of `words` body words needs for a topic. */
export function requiredScore(words: number): number {
  return MIN_TOPIC_SCORE + Math.max(0, Math.floor((words - 1) / WORDS_PER_EXTRA_HIT));
}

/** The first `LEAD_SENTENCES` sentences, split paragraph by paragraph (only as far as needed). */
function leadSentences(paragraphs: string[]): Array<{ paragraph: number; start: number; end: number }> {
  const out: Array<{ paragraph: number; start: number; end: number }> = [];
  for (let i = 0; i < paragraphs.length && out.length < LEAD_SENTENCES; i++) {
    for (const s of splitSentences([paragraphs[i]])) {
      if (out.length >= LEAD_SENTENCES) break;
      out.push({ paragraph: i, start: s.start, end: s.end });
    }
  }
  return out;
}

/** The article cut into title, lead (its first sentences) and the body after them. */
function places(title: string, paragraphs: string[]): Array<{ place: TopicPlace; paragraph?: number; text: string }> {
  const out: Array<{ place: TopicPlace; paragraph?: number; text: string }> = [{ place: 'title', text: title }];
  const leadEnd = new Map<number, number>();
  for (const s of leadSentences(paragraphs)) {
    out.push({ place: 'lead', paragraph: s.paragraph, text: paragraphs[s.paragraph].slice(s.start, s.end) });
    leadEnd.set(s.paragraph, s.end);
  }
  paragraphs.forEach((p, i) => {
    const from = leadEnd.get(i) ?? 0;
    if (from < p.length) out.push({ place: 'body', paragraph: i, text: from ? p.slice(from) : p });
  });
  return out;
}

/**
 * Session 48: how far (in paragraphs; the title is paragraph -1) the framed sense reaches from the hits
 * another war or field claimed. A short item keeps one sense throughout: on the labelled parts a loose hit
 * stood at most 4 paragraphs from its framed one (a derby's «هدنة» in the title, the fans' truce in the
 * fourth paragraph under a time stamp). A long article about this war that compares its truce with Gaza's
 * once, far down, keeps the truce its title and lead name.
 */
export const FRAMED_SENSE_REACH = 4;

/** Does every loose hit stand within FRAMED_SENSE_REACH paragraphs of a framed hit of its topic? */
function near(looseAt: number[], framedAt: number[]): boolean {
  return looseAt.every((p) => framedAt.some((q) => Math.abs(p - q) <= FRAMED_SENSE_REACH));
}

/** Per-topic evidence (also for topics that did not pass), for debugging, the docs and the site. */
export function topicEvidence(title: string, paragraphs: string[], topics: Topic[] | TopicLexicon): TopicEvidence[] {
  const lex = lexiconFor(topics);
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const required = requiredScore(words);
  // `own`: hits that are not place names (a place alone is where something happened, not the topic).
  // `looseAt`: the paragraphs (the title is -1) of counted hits whose clause names neither war.
  interface Acc { strong: Set<number>; strongWeight: number; title: number; lead: number; body: number; weight: number; phrases: Set<number>; hits: TopicHit[]; own: number; firm: number; looseAt: number[] }
  const acc = new Map<TopicId, Acc>();

  const perPhrase = new Map<number, number>();
  const framed = new Set<TopicId>();
  // Where another war or field claimed a topic's hits: the paragraphs (the title is -1).
  const framedAt = new Map<TopicId, number[]>();
  let at = -1;
  const onFramed = (topic: TopicId) => {
    framed.add(topic);
    const where = framedAt.get(topic);
    if (!where) framedAt.set(topic, [at]);
    else if (where[where.length - 1] !== at) where.push(at);
  };
  const loose = new Set<TextHit>();
  let leadIndex = -1;
  for (const part of places(title, paragraphs)) {
    if (part.place === 'lead') leadIndex++;
    at = part.paragraph ?? -1;
    for (const h of textHits(lex, part.text, part.place !== 'body', onFramed, loose)) {
      let a = acc.get(h.topic);
      if (!a) acc.set(h.topic, (a = { strong: new Set(), strongWeight: 0, title: 0, lead: 0, body: 0, weight: 0, phrases: new Set(), hits: [], own: 0, firm: 0, looseAt: [] }));
      const [phrase, size, key, place] = lex.phrases[h.phrase];
      if (part.place !== 'body') {
        // A phrase counts once as strong evidence, however often the title and lead repeat it.
        if (a.strong.has(h.phrase)) continue;
        a.strong.add(h.phrase);
        if (part.place === 'title') a.title++;
        else a.lead++;
        // A one-word phrase in the lead is weaker, unless it names the topic by itself (a key
        // word) or carries a possessive suffix: «قمتهما المقبلة» is the subjects' own summit.
        // An act read in the lead's second sentence is context more often than the news
        // («… بإشراف مسؤول جمّدت واشنطن أصوله»): it needs a second piece of evidence.
        const weak = part.place === 'lead' && ((size === 1 && !key && !h.suffixed) || (h.phrase >= lex.firstActPhrase && leadIndex > 0));
        a.strongWeight += weak ? LEAD_WORD_WEIGHT : TITLE_HIT_WEIGHT;
      } else {
        const k = (perPhrase.get(h.phrase) ?? 0) + 1;
        perPhrase.set(h.phrase, k);
        if (k > MAX_HITS_PER_PHRASE) continue;
        a.body++;
        a.weight += size > 1 ? BODY_MULTIWORD_HIT_WEIGHT : BODY_HIT_WEIGHT;
      }
      a.phrases.add(h.phrase);
      if (!place) a.own++;
      if (!loose.has(h)) a.firm++;
      else a.looseAt.push(at);
      const hit: TopicHit = { phrase, place: part.place, text: h.text };
      if (part.paragraph !== undefined) hit.paragraph = part.paragraph;
      a.hits.push(hit);
    }
  }
  // Session 49: does the article name this war anywhere (its sides, places, people: the frame's `thisWar` and
  // `anchors`)? Read once per frame, only for a topic that has evidence to lose, and it stops at the first word of
  // the war (the title, mostly). Session 50: … or only by one of its sides, beside another war's or field's word
  // (`FrameReader.mentions`)? That full reading is asked only where another story claimed a topic's words or the
  // title names one (read first, alone). Each text is tokenized once, when first read, however many frames ask.
  const all = [title, ...paragraphs];
  const tokensOf: Array<ReturnType<typeof tokenize> | undefined> = [];
  const tokensAt = (i: number) => (tokensOf[i] ??= tokenize(all[i]));
  const named = new Map<FrameReader, boolean>();
  const namesThisWar = (reader: FrameReader) => {
    let yes = named.get(reader);
    if (yes === undefined) {
      yes = false;
      for (let i = 0; i < all.length && !yes; i++) yes = reader.namesThisWar(tokensAt(i), all[i]);
      named.set(reader, yes);
    }
    return yes;
  };
  const titleMentioned = new Map<FrameReader, number>();
  const titleMentions = (reader: FrameReader) => {
    let bits = titleMentioned.get(reader);
    if (bits === undefined) titleMentioned.set(reader, (bits = reader.mentions(tokensAt(0), all[0])));
    return bits;
  };
  // Which sides and places of this war the article names: the frame's own words, shared by every framed topic
  // (content/topics.yaml gives them one frame), so read once per article, by the first topic that asks.
  let warBits: number | undefined;
  const warMentions = (reader: FrameReader) => {
    if (warBits === undefined) {
      warBits = 0;
      for (let i = 0; i < all.length; i++) warBits |= reader.mentions(tokensAt(i), all[i]);
    }
    return warBits;
  };
  return lex.topics.map((t) => {
    const a = acc.get(t.id);
    // An article that never names this war — a league's «قمة», a union's «الهدنة», a plant commissioned in
    // Riyadh, a truce in El Fasher — is another field's or war's, whatever its words: no topic with a frame,
    // and the learnt reader may not give one either.
    // Session 50: one side of this war named alone (Moscow, the Kremlin, Kyiv's ministry), and this topic's words
    // claimed by another war or field elsewhere in the article (Gaza's truce in the title, talks «بين واشنطن
    // وطهران»): the side is speaking of that story. With the learnt reader on, a topic with no lexicon evidence is
    // asked too when any topic's words were so claimed (afd19: Moscow offering to host Yemen's talks).
    const reader = t.frame && lex.articleFrame ? lex.frames.get(t.id) : undefined;
    const nowhere = () => !!a && !namesThisWar(reader!);
    // Another story claimed this topic's words, or any topic's for the learnt reader, or the title names one.
    const claimed = () => framed.has(t.id) || (a ? false : framed.size > 0) || (titleMentions(reader!) & OTHER_MENTION) !== 0;
    const oneSide = () => (!!a || !!lex.model) && claimed() && oneSideElsewhere(warMentions(reader!) | OTHER_MENTION, t.frame?.sides?.length ?? 0);
    if (reader && (nowhere() || oneSide())) return { id: t.id, titleHits: 0, leadHits: 0, bodyHits: 0, score: 0, bodyScore: 0, required, phrases: [], hits: [], framed: true };
    // Another war or field claimed this topic's words here, and what is left names neither war: the same
    // sense (a derby's «قمة» in the title, «الهدنة» after Lebanon's truce, aid to Sudan and Gaza).
    if (a && a.firm === 0 && framed.has(t.id) && near(a.looseAt, framedAt.get(t.id)!)) return { id: t.id, titleHits: 0, leadHits: 0, bodyHits: 0, score: 0, bodyScore: 0, required, phrases: [], hits: [], framed: true };
    if (!a || a.own === 0) return { id: t.id, titleHits: 0, leadHits: 0, bodyHits: 0, score: 0, bodyScore: 0, required, phrases: [], hits: [], ...(!a && framed.has(t.id) ? { framed: true } : {}) };
    const score = a.strongWeight + a.weight;
    return { id: t.id, titleHits: a.title, leadHits: a.lead, bodyHits: a.body, score, bodyScore: a.weight, required, phrases: [...a.phrases].map((i) => lex.phrases[i][0]), hits: a.hits };
  });
}

/**
 * Topics whose evidence reaches the required score, best first, each with its evidence. When none
 * does, the best-evidenced topic whose body hits reach `FALLBACK_MIN_BODY_SCORE` (one topic only).
 */
export function classifyTopics(title: string, paragraphs: string[], topics: Topic[] | TopicLexicon): TopicAssignment[] {
  const lex = lexiconFor(topics);
  const evidence = topicEvidence(title, paragraphs, lex);
  // Filtered before sorting: most topics have no evidence, and sorting them all costs a compare each.
  const best = (es: TopicEvidence[]) => es.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  let passed = best(evidence.filter((e) => e.score >= e.required));
  if (!passed.length) passed = best(evidence.filter((e) => e.bodyScore >= FALLBACK_MIN_BODY_SCORE)).slice(0, 1);
  const assigned = passed.map((e) => ({ id: e.id, score: e.score, evidence: e.hits }));
  // Where the lexicon is unsure, the learnt reader is asked (model.ts).
  const model = lex.model;
  return model ? addModelTopics(assigned, evidence, () => readWithModel(model, modelFeatures(title, paragraphs, model.model.scope, lex.stem, model.isFunctionWord)), model.model) : assigned;
}
