// Topic classification: normalised, clitic-aware phrase matching over the topic lexicons
// (content/topics.yaml), compiled once into a trie whose words are read through their forms
// (content/word-forms.yaml: أسير = أسرى, توسط = وساطة). An editor reads the title and the lead
// first, so a phrase there is strong evidence; further down, hits add up and long articles
// need more of them. Every assignment keeps the evidence that put it there.
import type { Topic, TopicAssignment, TopicHit, TopicId, TopicPlace } from '../types';
// Direct module imports (not the ../arabic index): these run per token.
import { PhraseTrie, stripArticle } from '../arabic/phrase-trie';
import { cliticReadings, MIN_STEM } from '../arabic/clitics';
import { countWords, phraseTokens, tokenize, type Token } from '../arabic/tokenize';
import { splitSentences } from '../arabic/sentences';
import type { FormIndex } from '../arabic/forms';
import { ClauseState, clauseBreak, compileClauseReader, opensClause, type ActHit, type ClauseReader, type Entry } from './clause-reading';
import { compileFrame, type FrameReader } from './frame';
import { addModelTopics, compileTopicModel, familyKeyOf, lightStem, modelFeatures, readWithModel, type CompiledTopicModel, type TopicModel } from './model';

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

interface PhraseRef {
  topic: TopicId;
  phrase: number;
}

export interface TopicLexicon {
  trie: PhraseTrie<PhraseRef>;
  topics: Topic[];
  /** Phrase number → [text, token count, a key word of its topic, a place name of its topic]. */
  phrases: Array<[string, number, boolean, boolean]>;
  /** A normalised word read through a pronoun suffix of its family («قمتهم», «عقوباتها»). */
  suffixed: (norm: string) => boolean;
  /** Word pairs (topics.yaml `together`): each pair's topic, the phrase number it counts as and its reach. */
  pairs: Array<{ topic: TopicId; phrase: number; within?: number; notBetween?: Set<string> }>;
  /** The matching key of a normalised word (topicWordKey: without the article, its family's key). */
  wordKeyOf: (norm: string) => string;
  /** [pair, side 0 | 1] for each pair side a normalised word belongs to (memoised per word). */
  pairSides: (norm: string) => ReadonlyArray<readonly [number, 0 | 1]>;
  /** Predicate × argument families (topics.yaml `acts`), read clause by clause. */
  acts: ClauseReader;
  /** Phrase numbers from here on are acts (a predicate and its argument), not listed phrases. */
  firstActPhrase: number;
  /** What a normalised word does in this lexicon: one memoised lookup per token for phrases and acts. */
  word: (norm: string) => TopicWord;
  /** The clause reader's state and its hits for the text being read (reused: no allocation per text). */
  clauses: ClauseState;
  actHits: ActHit[];
  /** The learnt reader (content/topic-model.yaml) and the light stem it reads words by. */
  model?: CompiledTopicModel;
  stem: (norm: string) => string;
  /** Per topic with a `frame`: which war its hits belong to (frame.ts). */
  frames: Map<TopicId, FrameReader>;
}

/**
 * One token's part in the lexicon, looked up once per token: most words start no phrase and are
 * no predicate or argument, and one lookup says so for all of them (the trie is asked only when
 * some phrase starts with a reading of the word).
 */
export interface TopicWord {
  startsPhrase: boolean;
  /** The clause reader's rule sides for this word. */
  acts: readonly Entry[];
  opensClause: boolean;
}

/**
 * The matching key of a normalised word: without the article, then its word family's key when
 * the forms data lists it (so «الأسرى», «أسير» and «أسيرين» are one key).
 */
export function topicWordKey(forms?: FormIndex, onSuffixed?: (norm: string) => void): (norm: string) => string {
  if (!forms) return stripArticle;
  const memo = new Map<string, string>();
  return (norm) => {
    let key = memo.get(norm);
    if (key === undefined) {
      const bare = stripArticle(norm);
      key = forms.familyOf(bare) ?? forms.familyOf(norm);
      if (key === undefined) {
        // A possessive suffix never follows the article, so it is tried on the word as written.
        key = forms.suffixedFamilyOf(norm);
        if (key !== undefined) onSuffixed?.(norm);
        else key = bare;
      }
      if (memo.size > 100_000) memo.clear();
      memo.set(norm, key);
    }
    return key;
  };
}

/** Compiles the phrases of every topic into one trie (article- and form-insensitive). */
export function compileTopicLexicon(topics: Topic[], forms?: FormIndex, model?: TopicModel): TopicLexicon {
  const suffixedWords = new Set<string>();
  const wordKey = topicWordKey(forms, (norm) => suffixedWords.size < 100_000 && suffixedWords.add(norm));
  const trie = new PhraseTrie<PhraseRef>(wordKey);
  const phrases: Array<[string, number, boolean, boolean]> = [];
  for (const t of topics) {
    // A key word matches through its forms like any phrase (وساطة = الوساطة = التوسط).
    const keys = new Set((t.keyWords ?? []).map((w) => wordKey(phraseTokens(w)[0] ?? '')));
    const placeCount = t.places?.length ?? 0;
    const listed = [...(t.places ?? []), ...t.phrases, ...(t.keyWords ?? [])];
    const seen = new Set<string>();
    listed.forEach((p, n) => {
      const tokens = phraseTokens(p);
      const canon = tokens.map(wordKey).join(' ');
      if (!tokens.length || seen.has(canon)) return;
      seen.add(canon);
      trie.insert(tokens, { topic: t.id, phrase: phrases.length });
      phrases.push([p, tokens.length, tokens.length === 1 && keys.has(canon), n < placeCount]);
    });
  }
  const pairs: TopicLexicon['pairs'] = [];
  const sides = new Map<string, Array<readonly [number, 0 | 1]>>();
  // A pair `asWritten` keys its words as written (without the article), not by word family:
  // «قادة» (leaders) must not also read «قائد» (a commander), its family's singular.
  const AS_WRITTEN = '=';
  const addSide = (words: string[], pair: number, side: 0 | 1, asWritten = false) => {
    for (const w of words) {
      const norm = phraseTokens(w)[0] ?? '';
      const key = asWritten ? AS_WRITTEN + stripArticle(norm) : wordKey(norm);
      if (!sides.has(key)) sides.set(key, []);
      sides.get(key)!.push([pair, side]);
    }
  };
  for (const t of topics) {
    for (const p of t.together ?? []) {
      addSide(p.words, pairs.length, 0, p.asWritten);
      addSide(p.with, pairs.length, 1, p.asWritten);
      const pair: TopicLexicon['pairs'][number] = { topic: t.id, phrase: phrases.length, within: p.within };
      if (p.notBetween?.length) pair.notBetween = new Set(p.notBetween.map((w) => wordKey(phraseTokens(w)[0] ?? '')));
      pairs.push(pair);
      phrases.push([`${p.words[0]} … ${p.with[0]}`, 2, false, false]);
    }
  }
  const NONE: ReadonlyArray<readonly [number, 0 | 1]> = [];
  const sideMemo = new Map<string, ReadonlyArray<readonly [number, 0 | 1]>>();
  const pairSides = (norm: string) => {
    let r = sideMemo.get(norm);
    if (r === undefined) {
      const read = (w: string) => {
        const byFamily = sides.get(wordKey(w));
        const written = sides.get(AS_WRITTEN + stripArticle(w));
        return byFamily && written ? [...byFamily, ...written] : byFamily ?? written;
      };
      r = read(norm) ?? (norm.length >= 4 && 'وفبلس'.includes(norm[0]) ? read(norm.slice(1)) : undefined) ?? NONE;
      if (sideMemo.size > 100_000) sideMemo.clear();
      sideMemo.set(norm, r);
    }
    return r;
  };
  const firstActPhrase = phrases.length;
  const acts = compileClauseReader(topics, wordKey, (_topic, label) => phrases.push([label, 2, false, false]) - 1);
  // The trie's own test for a phrase start (PhraseTrie.matchesAt reads the same clitic readings).
  const known = (n: string) => trie.hasFirst(n);
  const wordMemo = new Map<string, TopicWord>();
  const word = (norm: string): TopicWord => {
    let w = wordMemo.get(norm);
    if (w === undefined) {
      w = { startsPhrase: cliticReadings(norm, { isKnown: known, minStem: MIN_STEM }).some((r) => trie.hasFirst(r.stem)), acts: acts.entriesOf(norm), opensClause: opensClause(norm) };
      if (wordMemo.size > 100_000) wordMemo.clear();
      wordMemo.set(norm, w);
    }
    return w;
  };
  const family = forms ? familyKeyOf(forms.familyOf) : undefined;
  const stems = new Map<string, string>();
  const stem = (norm: string) => stems.get(norm) ?? (stems.size > 100_000 && stems.clear(), stems.set(norm, lightStem(norm, family)).get(norm)!);
  // Topics sharing one frame (the YAML anchor) share its reader.
  const frames = new Map<TopicId, FrameReader>();
  const frameReaders = new Map<string, FrameReader>();
  for (const t of topics) {
    if (!t.frame && !t.otherFields?.length) continue;
    const key = JSON.stringify([t.frame, t.otherFields, t.ownFields]);
    if (!frameReaders.has(key)) frameReaders.set(key, compileFrame(t.frame, t.otherFields, t.ownFields));
    frames.set(t.id, frameReaders.get(key)!);
  }
  const lex: TopicLexicon = { trie, topics, phrases, suffixed: (norm) => suffixedWords.has(norm), pairs, wordKeyOf: wordKey, pairSides, acts, firstActPhrase, word, clauses: new ClauseState(acts), actHits: [], stem, frames };
  if (model) lex.model = compileTopicModel(model);
  return lex;
}

const compiled = new WeakMap<Topic[], TopicLexicon>();
function lexiconFor(topics: Topic[] | TopicLexicon): TopicLexicon {
  if (!Array.isArray(topics)) return topics;
  let lex = compiled.get(topics);
  if (!lex) compiled.set(topics, (lex = compileTopicLexicon(topics)));
  return lex;
}

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


// Numbers between the words of a phrase are passed over; quotation marks around a word of it
// («مقاتلات «إف-16»», منظومة "باتريوت") do not break it.
const MATCH_OPTS = { skipNumbers: true, quotes: true };

interface TextHit extends PhraseRef {
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
    for (const [pair, side] of lex.pairSides(tokens[i].norm)) {
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

function hits(lex: TopicLexicon, text: string, strongPlace = false, framed?: Set<TopicId>, loose?: Set<TextHit>): TextHit[] {
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
  // `framed` collects the topics a hit was dropped for, so the learnt reader does not add them back.
  if (!out.length || !lex.frames.size) return out;
  const kept = out.filter((h) => !(lex.frames.get(h.topic)?.otherWar(tokens, text, h.at, h.end) && (framed?.add(h.topic), true)));
  // Session 47 at the merge: a hit whose clause names neither war («قمة الأهلي والزمالك», «تثبيت الهدنة»,
  // a section line «| المساعدات الإنسانية») is noted, to be read in the sense the article's framed hits of
  // its topic gave it.
  if (loose) for (const h of kept) if (lex.frames.get(h.topic)?.ownWar(tokens, text, h.at, h.end) === false) loose.add(h);
  return kept;
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

/** Per-topic evidence (also for topics that did not pass), for debugging, the docs and the site. */
export function topicEvidence(title: string, paragraphs: string[], topics: Topic[] | TopicLexicon): TopicEvidence[] {
  const lex = lexiconFor(topics);
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const required = requiredScore(words);
  // `own`: hits that are not place names (a place alone is where something happened, not the topic).
  interface Acc { strong: Set<number>; strongWeight: number; title: number; lead: number; body: number; weight: number; phrases: Set<number>; hits: TopicHit[]; own: number; firm: number }
  const acc = new Map<TopicId, Acc>();

  const perPhrase = new Map<number, number>();
  const framed = new Set<TopicId>();
  const loose = new Set<TextHit>();
  let leadIndex = -1;
  for (const part of places(title, paragraphs)) {
    if (part.place === 'lead') leadIndex++;
    for (const h of hits(lex, part.text, part.place !== 'body', framed, loose)) {
      let a = acc.get(h.topic);
      if (!a) acc.set(h.topic, (a = { strong: new Set(), strongWeight: 0, title: 0, lead: 0, body: 0, weight: 0, phrases: new Set(), hits: [], own: 0, firm: 0 }));
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
      const hit: TopicHit = { phrase, place: part.place, text: h.text };
      if (part.paragraph !== undefined) hit.paragraph = part.paragraph;
      a.hits.push(hit);
    }
  }
  return lex.topics.map((t) => {
    const a = acc.get(t.id);
    // Another war or field claimed this topic's words here, and what is left names neither war: the same
    // sense (a derby's «قمة» in the title, «الهدنة» after Lebanon's truce, aid to Sudan and Gaza).
    if (a && a.firm === 0 && framed.has(t.id)) return { id: t.id, titleHits: 0, leadHits: 0, bodyHits: 0, score: 0, bodyScore: 0, required, phrases: [], hits: [], framed: true };
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
