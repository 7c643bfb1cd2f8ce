// The learnt topic reader (model.ts, train.ts; session 12): training is deterministic, the
// shipped model (content/topic-model.yaml) finds a topic through words the lexicon does not list,
// leaves an article about nothing alone, and says which words weighed. Texts written for this
// test in the shape of short wire items (tests/fixtures/entities-labelled/), none copied.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildFormIndex, normalizeArabic } from '../arabic';
import { loadTopicModel, loadTopics, loadWordForms, TopicModelSchema } from '../data';
import type { TopicId } from '../types';
import { classifyTopics, compileTopicLexicon } from './classify';
import { addModelTopics, familyKeyOf, lightStem, modelFeatures } from './model';
import { DEFAULT_TRAIN_OPTIONS, trainTopicModel, type TrainingArticle } from './train';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const topics = loadTopics(`${root}content/topics.yaml`);
const forms = buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`));
const model = loadTopicModel(`${root}content/topic-model.yaml`);
const withModel = compileTopicLexicon(topics, forms, model);
const lexiconOnly = compileTopicLexicon(topics, forms);
const ids = (lex: typeof withModel, title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);
const stem = (n: string) => lightStem(n, familyKeyOf(forms.familyOf));
/** The stem of a word as written. */
const stemOf = (w: string) => stem(normalizeArabic(w));

describe('lightStem', () => {
  it('reads a word by its word family when content/word-forms.yaml lists it', () => {
    expect(stemOf('الأسرى')).toBe(stemOf('أسير'));
  });
  it('drops an article-bearing prefix and one ending, keeping three letters', () => {
    expect(lightStem('والعقوبات')).toBe('عقوب');
    expect(lightStem('عقوبه')).toBe('عقوب');
    expect(lightStem('لانهاء')).toBe('انهاء');
    expect(lightStem('قمه')).toBe('قمه');
  });
});

describe('modelFeatures', () => {
  it('reads stems and adjacent pairs of the title and the lead, each with where it was read', () => {
    const f = modelFeatures('ناقلات الظل', ['أدرجت الحكومة ناقلات جديدة.', 'فقرة ثانية.', 'فقرة ثالثة لا تقرأ.'], 'lead', stem);
    expect(f.get(`${stemOf('ناقلات')} ${stemOf('الظل')}`)).toEqual({ place: 'title', text: 'ناقلات الظل' });
    expect(f.get(stemOf('الحكومة'))).toEqual({ place: 'lead', paragraph: 0, text: 'الحكومة' });
    expect(f.has(stemOf('ثالثة'))).toBe(false);
  });
});

describe('trainTopicModel', () => {
  const read = (file: string): TrainingArticle[] =>
    (parse(readFileSync(`${root}tests/fixtures/entities-labelled/${file}`, 'utf8')) as Array<{ title: string; paragraphs: string[]; topics: { main: TopicId[]; mentioned?: TopicId[] } }>).map((a) => ({ title: a.title, paragraphs: a.paragraphs, main: a.topics.main, mentioned: a.topics.mentioned ?? [] }));
  const articles = [...read('k-dev.yaml'), ...read('m-dev.yaml')];
  const opts = { ...DEFAULT_TRAIN_OPTIONS, iterations: 60 };
  const ids15 = topics.map((t) => t.id);
  it('gives the same weights, to the byte, when trained twice on the same articles', () => {
    const a = trainTopicModel(articles, ids15, stem, opts);
    const b = trainTopicModel(articles, ids15, stem, opts);
    expect(stringify(a)).toBe(stringify(b));
    expect(TopicModelSchema.parse(a)).toEqual(a);
  });
  it('learns a topic word from its positives («أسرى» weighs for prisoner exchange, not for NATO)', () => {
    const m = trainTopicModel(articles, ids15, stem, opts);
    const w = (topic: TopicId, word: string) => m.topics.find((t) => t.id === topic)!.weights[stemOf(word)] ?? 0;
    expect(w('prisoner-exchange', 'الأسرى')).toBeGreaterThan(0);
    expect(w('prisoner-exchange', 'الأسرى')).toBeGreaterThan(w('nato', 'الأسرى'));
  });
  it('the shipped content/topic-model.yaml is valid and names every topic once', () => {
    expect(model.topics.map((t) => t.id)).toEqual(topics.map((t) => t.id));
    expect(() => TopicModelSchema.parse({ ...model, topics: [{ id: 'weather', bias: 0, weights: {} }] })).toThrow(/topic id/);
    expect(() => TopicModelSchema.parse({ ...model, topics: [{ id: 'nato', bias: 0, weights: { 'console.log(1)': 1 } }] })).toThrow(/Arabic/);
  });
});

describe('the lexicon with the learnt reader', () => {
  it('an offer to host both sides is mediation though no listed phrase says so', () => {
    // (Session 13: the session 12 text, «لفتح أبوابها أمام ممثلي موسكو وكييف», is now a lexicon rule.)
    const text = ['الدوحة مستعدة', 'قالت قطر إنها مستعدة للعب دور بين روسيا وأوكرانيا إذا طلب الطرفان ذلك.'] as const;
    expect(ids(lexiconOnly, ...text)).toEqual([]);
    const got = classifyTopics(text[0], [text[1]], withModel);
    expect(got.map((t) => t.id)).toEqual(['mediation']);
    // Its evidence is the words that weighed most, marked as learnt, with where they were read.
    expect(got[0].evidence!.length).toBeGreaterThan(0);
    expect(got[0].evidence!.every((h) => h.learnt && (h.place === 'title' || h.paragraph === 0))).toBe(true);
  });
  it('an article about nothing of the fifteen topics is left without one', () => {
    expect(ids(withModel, 'وفد سياحي في موسكو', 'يزور وفد من رجال الأعمال موسكو لبحث زيادة الرحلات السياحية بين البلدين.')).toEqual([]);
    expect(ids(withModel, 'الروبل يهبط', 'تراجعت العملة الروسية أمام الدولار إلى أدنى مستوى لها منذ عام بفعل هبوط أسعار النفط.')).toEqual([]);
  });
  it('an article the lexicon gave a topic is not read by the model, even with weaker evidence for others', () => {
    let reads = 0;
    const passed = [{ id: 'nato' as TopicId, score: 3, evidence: [] }];
    const evidence = [{ id: 'nato' as TopicId, score: 3, required: 3, hits: [] }, { id: 'summit' as TopicId, score: 2, required: 3, hits: [] }];
    const out = addModelTopics(passed, evidence, () => (reads++, [{ id: 'summit' as TopicId, probability: 0.99, evidence: [] }]), model);
    expect(out).toEqual(passed);
    expect(reads).toBe(0);
  });
  it('a topic with lexicon evidence below its bar is given when the model confirms it, else not', () => {
    const weak = [{ id: 'summit' as TopicId, score: 2, required: 3, hits: [] }];
    const reading = (p: number) => () => [{ id: 'summit' as TopicId, probability: p, evidence: [] }];
    const confirming = { ...model, confirm: 0.3 };
    expect(addModelTopics([], weak, reading(0.31), confirming).map((t) => t.id)).toEqual(['summit']);
    expect(addModelTopics([], weak, reading(0.29), confirming).map((t) => t.id)).toEqual([]);
  });
});
