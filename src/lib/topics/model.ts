// A learnt reader beside the lexicon: per topic, a logistic regression over the light stems of
// an article's words and adjacent word pairs (trained by scripts/train-topics.ts on the labelled
// articles, kept as data in content/topic-model.yaml). It reads what the hand-written phrases do
// not list — another member of a class of words that coverage uses for a topic — and is asked
// only where the lexicon is unsure: an article the lexicon gives no topic, or a topic with some
// lexicon evidence below its bar. Its evidence is the words that weighed most.
import type { TopicAssignment, TopicHit, TopicId, TopicPlace } from '../types';
import { tokenize } from '../arabic/tokenize';
import { splitSentences } from '../arabic/sentences';
import { stripArticle } from '../arabic/phrase-trie';

/** Which part of an article the model reads. */
export type ModelScope = 'lead' | 'all';

export interface TopicModelTopic {
  id: TopicId;
  bias: number;
  /** Feature → weight: a light stem («تسليم»), or two adjacent stems («ناقل نفط»). */
  weights: Record<string, number>;
}

export interface TopicModel {
  scope: ModelScope;
  /** Probability the model alone needs to give a topic to an article the lexicon left without one. */
  alone: number;
  /** Probability that confirms a topic the lexicon found evidence for, below its bar. */
  confirm: number;
  /** Probability at which the model adds a topic beside the lexicon's own (absent: never). */
  extra?: number;
  /** Normalised function words the model never reads: no feature, no weight, never evidence. */
  functionWords?: string[];
  topics: TopicModelTopic[];
}

/** One feature of an article and the first place it was read (for the evidence). */
export interface ModelFeature {
  place: TopicPlace;
  paragraph?: number;
  text: string;
}

// Endings a light stem drops (normalised: ة is ه), longest first; the stem keeps 3 letters.
const SUFFIXES = ['تهما', 'هما', 'تها', 'تهم', 'ها', 'هم', 'ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي'];
// Prefixes that carry the article (و/ف/ب/ك + ال, لل), dropped before the ending.
const ARTICLE_PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال'];
const MIN_STEM = 3;

/**
 * A light stem of a normalised word: its word family's key when content/word-forms.yaml lists it
 * (`familyKey`), else the word without an article-bearing prefix and one ending. Crude on
 * purpose: the model only needs one key per common form, and it learns which keys weigh.
 */
export function lightStem(norm: string, familyKey?: (norm: string) => string | undefined): string {
  const family = familyKey?.(norm);
  if (family !== undefined) return family;
  let s = norm;
  for (const p of ARTICLE_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= MIN_STEM) {
      s = s.slice(p.length);
      break;
    }
  }
  // A preposition or conjunction on a word without the article, before its alef («لإنهاء»,
  // «بإطلاق», «وأعلن»): read as the word.
  if (s === norm && s.length >= 5 && s[1] === 'ا' && 'لبوف'.includes(s[0])) s = s.slice(1);
  for (const e of SUFFIXES) {
    if (s.endsWith(e) && s.length - e.length >= MIN_STEM) return s.slice(0, -e.length);
  }
  return s;
}

/** The family key of a word read through word-forms (with or without its article), if any. */
export function familyKeyOf(familyOf: (norm: string) => string | undefined): (norm: string) => string | undefined {
  return (norm) => familyOf(stripArticle(norm)) ?? familyOf(norm);
}

/** Words too short to mean anything alone (particles, prepositions) are not features. */
const MIN_WORD = 3;

/**
 * A test for function words (content/function-words.yaml, normalised): the word itself, or the
 * word after one conjunction or preposition letter («وإذا», «فإن», «لأن»).
 */
export function functionWordTest(words: readonly string[] | undefined): ((norm: string) => boolean) | undefined {
  if (!words?.length) return undefined;
  const set = new Set(words);
  return (norm) => set.has(norm) || (norm.length > 3 && 'وفبلك'.includes(norm[0]) && set.has(norm.slice(1)));
}

/**
 * The article's features: light stems of its Arabic words and adjacent stem pairs, in the title
 * and the lead (scope `lead`: the first two sentences) or the whole text (`all`). Each feature
 * keeps where it was first read. A function word (`isFunctionWord`) is skipped like a short
 * word: no feature of its own, and no pair across it.
 */
export function modelFeatures(title: string, paragraphs: string[], scope: ModelScope, stem: (norm: string) => string, isFunctionWord?: (norm: string) => boolean): Map<string, ModelFeature> {
  const out = new Map<string, ModelFeature>();
  const read = (text: string, place: TopicPlace, paragraph?: number) => {
    let prev: { key: string; start: number } | undefined;
    for (const t of tokenize(text)) {
      if (t.type !== 'ar' || t.norm.length < MIN_WORD || isFunctionWord?.(t.norm)) {
        prev = undefined;
        continue;
      }
      const key = stem(t.norm);
      // «الأكثر» stems to a function word too.
      if (isFunctionWord?.(key)) {
        prev = undefined;
        continue;
      }
      const at = (k: string, from: number) => {
        if (out.has(k)) return;
        const f: ModelFeature = { place, text: text.slice(from, t.end) };
        if (paragraph !== undefined) f.paragraph = paragraph;
        out.set(k, f);
      };
      at(key, t.start);
      if (prev) at(`${prev.key} ${key}`, prev.start);
      prev = { key, start: t.start };
    }
  };
  read(title, 'title');
  if (scope === 'all') {
    paragraphs.forEach((p, i) => read(p, i === 0 ? 'lead' : 'body', i));
    return out;
  }
  let n = 0;
  for (let i = 0; i < paragraphs.length && n < 2; i++) {
    for (const s of splitSentences([paragraphs[i]])) {
      if (n++ >= 2) break;
      read(paragraphs[i].slice(s.start, s.end), 'lead', i);
    }
  }
  return out;
}

export interface ModelReading {
  id: TopicId;
  probability: number;
  /** The features that weighed most for the topic, heaviest first. */
  evidence: TopicHit[];
}

/** A model ready to read: one lookup per feature gives every topic's weight. */
export interface CompiledTopicModel {
  model: TopicModel;
  weights: Map<string, Array<[number, number]>>;
  /** The model's function words (none: every word is read). */
  isFunctionWord?: (norm: string) => boolean;
}

export function compileTopicModel(model: TopicModel): CompiledTopicModel {
  const weights = new Map<string, Array<[number, number]>>();
  model.topics.forEach((t, i) => {
    for (const [k, w] of Object.entries(t.weights)) {
      if (!weights.has(k)) weights.set(k, []);
      weights.get(k)!.push([i, w]);
    }
  });
  const isFunctionWord = functionWordTest(model.functionWords);
  return isFunctionWord ? { model, weights, isFunctionWord } : { model, weights };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** How many of the heaviest words are kept as a topic's evidence. */
export const MODEL_EVIDENCE_WORDS = 3;

/** Every topic's probability for the article's features, with the words that weighed most. */
export function readWithModel(compiled: CompiledTopicModel, features: Map<string, ModelFeature>): ModelReading[] {
  const topics = compiled.model.topics;
  const z = topics.map((t) => t.bias);
  const weighed: Array<Array<[string, number]>> = topics.map(() => []);
  for (const k of features.keys()) {
    const ws = compiled.weights.get(k);
    if (!ws) continue;
    for (const [i, w] of ws) {
      z[i] += w;
      if (w > 0) weighed[i].push([k, w]);
    }
  }
  return topics.map((t, i) => {
    // Only content words are shown: a weight left on a function word (a model trained before
    // they were skipped) still counts, but never stands as evidence.
    const shown = compiled.isFunctionWord ? weighed[i].filter(([k]) => !k.split(' ').some(compiled.isFunctionWord!)) : weighed[i];
    const heaviest = shown.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, MODEL_EVIDENCE_WORDS);
    const evidence = heaviest.map(([k]): TopicHit => {
      const f = features.get(k)!;
      const hit: TopicHit = { phrase: `~${k}`, place: f.place, text: f.text, learnt: true };
      if (f.paragraph !== undefined) hit.paragraph = f.paragraph;
      return hit;
    });
    return { id: t.id, probability: sigmoid(z[i]), evidence };
  });
}

/** What the lexicon found for one topic (classify.ts TopicEvidence, the fields read here). */
export interface LexiconReading {
  id: TopicId;
  score: number;
  required: number;
  hits: TopicHit[];
  /** Every lexicon hit of the topic named another war (frame.ts): the model does not give it either. */
  framed?: boolean;
}

/**
 * The lexicon's topics; when it gives none, the model's: a topic with some lexicon evidence below
 * its bar when the model confirms it (`confirm`), else the topics the model gives at least
 * `alone` by itself (at most two). An article the lexicon already gave a topic is not read again
 * (measured: confirming weak topics beside the lexicon's own added two true topics in 720 and
 * cost the topic step two thirds more CPU on the bench's articles). `read` is called at most once.
 */
export function addModelTopics(passed: TopicAssignment[], evidence: LexiconReading[], read: () => ModelReading[], model: TopicModel): TopicAssignment[] {
  if (passed.length && model.extra === undefined) return passed;
  // Session 45: a truce the lexicon read as another war's («بين إيران وإسرائيل») is not this war's for the model either.
  const framed = evidence.filter((e) => e.framed);
  const readings = framed.length ? read().filter((r) => !framed.some((e) => e.id === r.id)) : read();
  const byId = new Map(readings.map((r) => [r.id, r]));
  const added: Array<{ a: TopicAssignment; p: number }> = [];
  if (!passed.length) {
    for (const e of evidence) {
      const r = byId.get(e.id);
      if (r && e.score > 0 && r.probability >= model.confirm) added.push({ a: { id: e.id, score: e.score, evidence: [...e.hits, ...r.evidence] }, p: r.probability });
    }
    if (!added.length) {
      const alone = readings.filter((r) => r.probability >= model.alone).sort((a, b) => b.probability - a.probability || (a.id < b.id ? -1 : 1)).slice(0, MODEL_MAX_ALONE);
      for (const r of alone) added.push({ a: { id: r.id, score: 0, evidence: r.evidence }, p: r.probability });
    }
  } else {
    const have = new Set(passed.map((a) => a.id));
    for (const r of readings) if (r.probability >= model.extra! && !have.has(r.id)) added.push({ a: { id: r.id, score: 0, evidence: r.evidence }, p: r.probability });
  }
  added.sort((x, y) => y.p - x.p || (x.a.id < y.a.id ? -1 : 1));
  return [...passed, ...added.map((x) => x.a)];
}

/** At most this many topics from the model alone. */
export const MODEL_MAX_ALONE = 2;
