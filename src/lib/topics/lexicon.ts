// The topic lexicon, compiled once: the phrases of every topic (content/topics.yaml) in one trie whose
// words are read through their forms (content/word-forms.yaml: أسير = أسرى, توسط = وساطة), the word
// pairs (`together`), the clause reader (`acts`), the frames (another war's or field's words) and the
// learnt reader. classify.ts scores an article with it; text-hits.ts reads one text against it.
import type { Topic, TopicId } from '../types';
// Direct module imports (not the ../arabic index): these run per token.
import { PhraseTrie, stripArticle } from '../arabic/phrase-trie';
import { cliticReadings, MIN_STEM } from '../arabic/clitics';
import { phraseTokens } from '../arabic/tokenize';
import type { FormIndex } from '../arabic/forms';
import { ClauseState, compileClauseReader, opensClause, type ActHit, type ClauseReader, type Entry } from './clause-reading';
import { compileFrame, compileWarMention, type FrameReader } from './frame';
import { compileTopicModel, familyKeyOf, lightStem, type CompiledTopicModel, type TopicModel } from './model';

export interface PhraseRef {
  topic: TopicId;
  phrase: number;
}

/** A word's side of a pair: [pair, side 0 | 1, counts only before a number (the pair's `numbered`)]. */
export type PairSide = readonly [number, 0 | 1, boolean];

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
  pairSides: (norm: string) => ReadonlyArray<PairSide>;
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
  /**
   * Session 49: does a text name this war at all (any topic's `frame.thisWar` word)? Topics with a
   * frame are not given to an article that names it nowhere (classify.ts). Absent when no topic has one.
   */
  namesThisWar?: (text: string) => boolean;
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
  const sides = new Map<string, PairSide[]>();
  // A pair `asWritten` keys its words as written (without the article), not by word family:
  // «قادة» (leaders) must not also read «قائد» (a commander), its family's singular.
  const AS_WRITTEN = '=';
  // A `numbered` word of a pair (a type letter: «إف-16», «إف 35») counts only before a number.
  const addSide = (words: string[], pair: number, side: 0 | 1, asWritten = false, numbered?: Set<string>) => {
    for (const w of words) {
      const norm = phraseTokens(w)[0] ?? '';
      const key = asWritten ? AS_WRITTEN + stripArticle(norm) : wordKey(norm);
      if (!sides.has(key)) sides.set(key, []);
      sides.get(key)!.push([pair, side, numbered?.has(key) ?? false]);
    }
  };
  for (const t of topics) {
    for (const p of t.together ?? []) {
      const key = (w: string) => (p.asWritten ? AS_WRITTEN + stripArticle(phraseTokens(w)[0] ?? '') : wordKey(phraseTokens(w)[0] ?? ''));
      const numbered = p.numbered?.length ? new Set(p.numbered.map(key)) : undefined;
      addSide(p.words, pairs.length, 0, p.asWritten, numbered);
      addSide(p.with, pairs.length, 1, p.asWritten, numbered);
      const pair: TopicLexicon['pairs'][number] = { topic: t.id, phrase: phrases.length, within: p.within };
      if (p.notBetween?.length) pair.notBetween = new Set(p.notBetween.map((w) => wordKey(phraseTokens(w)[0] ?? '')));
      pairs.push(pair);
      phrases.push([`${p.words[0]} … ${p.with[0]}`, 2, false, false]);
    }
  }
  const NONE: ReadonlyArray<PairSide> = [];
  const sideMemo = new Map<string, ReadonlyArray<PairSide>>();
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
  const thisWar = [...new Set(topics.flatMap((t) => t.frame?.thisWar ?? []))];
  if (thisWar.length) lex.namesThisWar = compileWarMention(thisWar);
  if (model) lex.model = compileTopicModel(model);
  return lex;
}

const compiled = new WeakMap<Topic[], TopicLexicon>();
export function lexiconFor(topics: Topic[] | TopicLexicon): TopicLexicon {
  if (!Array.isArray(topics)) return topics;
  let lex = compiled.get(topics);
  if (!lex) compiled.set(topics, (lex = compileTopicLexicon(topics)));
  return lex;
}
