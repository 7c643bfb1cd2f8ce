// Topic classification: normalised, clitic-aware phrase matching over the topic lexicons
// (content/topics.yaml), compiled once into a trie. An article gets a topic only when the
// evidence is strong enough: title hits weigh more than body hits, and long articles need more.
import type { Topic, TopicAssignment, TopicId } from '../types';
import { PhraseTrie, phraseTokens, stripArticle, tokenize } from '../arabic';

/** Weight of one phrase hit in the title. */
export const TITLE_HIT_WEIGHT = 3;
/** Weight of one phrase hit in the body: a single word (قمة) is weaker evidence than a phrase. */
export const BODY_HIT_WEIGHT = 1;
export const BODY_MULTIWORD_HIT_WEIGHT = 1.5;
/** Score an article needs for a topic (one title hit, or three body hits). */
export const MIN_TOPIC_SCORE = 3;
/** Every this many body words beyond the first block raise the required score by one. */
export const WORDS_PER_EXTRA_HIT = 400;
/** The same phrase counts at most this many times in the body (a repeated slogan is one idea). */
export const MAX_HITS_PER_PHRASE = 3;

export interface TopicLexicon {
  trie: PhraseTrie<{ topic: TopicId; phrase: number }>;
  topics: Topic[];
  /** Phrase number → [text, token count]. */
  phrases: Array<[string, number]>;
}

/** Compiles the phrases of every topic into one trie (article agreement-insensitive). */
export function compileTopicLexicon(topics: Topic[]): TopicLexicon {
  const trie = new PhraseTrie<{ topic: TopicId; phrase: number }>(stripArticle);
  const phrases: Array<[string, number]> = [];
  for (const t of topics) {
    for (const p of t.phrases) {
      const tokens = phraseTokens(p);
      trie.insert(tokens, { topic: t.id, phrase: phrases.length });
      phrases.push([p, tokens.length]);
    }
  }
  return { trie, topics, phrases };
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
  bodyHits: number;
  score: number;
  /** The phrases that hit (title and body), for debugging and editors. */
  phrases: string[];
  required: number;
}

function hits(lex: TopicLexicon, text: string): Array<{ topic: TopicId; phrase: number }> {
  // Phrases of different topics may overlap («استضافة المحادثات» for mediation, «محادثات سلام»
  // for peace talks, in «استضافة محادثات سلام»): each topic gets its own longest-first,
  // non-overlapping matches, so one topic's phrase never hides another's evidence.
  const tokens = tokenize(text);
  const endOf = new Map<TopicId, number>();
  const out: Array<{ topic: TopicId; phrase: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = lex.trie.matchAt(tokens, i, text);
    if (!m) continue;
    // Spellings that differ only by the article share a trie key: one hit counts once per topic.
    for (const v of m.values) {
      if ((endOf.get(v.topic) ?? 0) > i) continue;
      endOf.set(v.topic, m.to);
      out.push(v);
    }
  }
  return out;
}

/** The score an article of `words` body words needs for a topic. */
export function requiredScore(words: number): number {
  return MIN_TOPIC_SCORE + Math.max(0, Math.floor((words - 1) / WORDS_PER_EXTRA_HIT));
}

/** Per-topic evidence (also for topics that did not pass), for debugging and the docs. */
export function topicEvidence(title: string, paragraphs: string[], topics: Topic[] | TopicLexicon): TopicEvidence[] {
  const lex = lexiconFor(topics);
  const words = paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
  const required = requiredScore(words);
  const title1 = new Map<TopicId, Set<number>>();
  for (const h of hits(lex, title)) (title1.get(h.topic) ?? title1.set(h.topic, new Set()).get(h.topic)!).add(h.phrase);
  const perPhrase = new Map<number, number>();
  const body = new Map<TopicId, { hits: number; weight: number; phrases: Set<number> }>();
  for (const p of paragraphs) {
    for (const h of hits(lex, p)) {
      const k = (perPhrase.get(h.phrase) ?? 0) + 1;
      perPhrase.set(h.phrase, k);
      if (k > MAX_HITS_PER_PHRASE) continue;
      const b = body.get(h.topic) ?? body.set(h.topic, { hits: 0, weight: 0, phrases: new Set() }).get(h.topic)!;
      b.hits++;
      b.weight += lex.phrases[h.phrase][1] > 1 ? BODY_MULTIWORD_HIT_WEIGHT : BODY_HIT_WEIGHT;
      b.phrases.add(h.phrase);
    }
  }
  return lex.topics.map((t) => {
    const inTitle = title1.get(t.id) ?? new Set<number>();
    const b = body.get(t.id);
    const score = inTitle.size * TITLE_HIT_WEIGHT + (b?.weight ?? 0);
    const phrases = [...new Set([...inTitle, ...(b?.phrases ?? [])])].map((i) => lex.phrases[i][0]);
    return { id: t.id, titleHits: inTitle.size, bodyHits: b?.hits ?? 0, score, required, phrases };
  });
}

/** Topics whose evidence reaches the required score, best first. */
export function classifyTopics(title: string, paragraphs: string[], topics: Topic[] | TopicLexicon): TopicAssignment[] {
  return topicEvidence(title, paragraphs, topics)
    .filter((e) => e.score >= e.required)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, score: e.score }));
}
