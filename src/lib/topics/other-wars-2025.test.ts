// Session 45 (topics on outlets never seen): the truces and deals of 2025's other wars, named by
// their two sides together or by southern Lebanon's words, are not this war's; and a topic whose
// every lexicon hit was another war's is not given back by the learnt reader. Real
// content/topics.yaml, word forms and topic model; texts written for this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopicModel, loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';
import { addModelTopics } from './model';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const topics = loadTopics(`${root}content/topics.yaml`);
const forms = buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`));
const model = loadTopicModel(`${root}content/topic-model.yaml`);
const lexOnly = compileTopicLexicon(topics, forms);
const withModel = compileTopicLexicon(topics, forms, model);
const ids = (lex: typeof lexOnly, title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();

describe('2025\'s other wars by their two sides', () => {
  it('India and Pakistan, Iran and Israel, Thailand and Cambodia', () => {
    expect(ids(lexOnly, 'تصريحات', 'قال الرئيس إنه رعى وقف إطلاق النار بين الهند وباكستان في مايو.')).toEqual([]);
    expect(ids(lexOnly, 'تطورات', 'صمدت الهدنة بين إيران وإسرائيل لأسبوع ثالث.')).toEqual([]);
    expect(ids(lexOnly, 'توقيع', 'وقع البلدان اتفاق السلام بين تايلاند وكمبوديا في كوالالمبور.')).toEqual([]);
  });
  it('southern Lebanon', () => {
    expect(ids(lexOnly, 'لقاء', 'بحث الرئيس مع السفير خروقات وقف إطلاق النار في الجنوب اللبناني.')).toEqual([]);
  });
  it('this war named nearer keeps its truce', () => {
    expect(ids(lexOnly, 'تصريحات', 'قال الرئيس إن وقف إطلاق النار في أوكرانيا ممكن كما حدث بين الهند وباكستان.')).toEqual(['ceasefire']);
  });
});

describe('the learnt reader does not give back a topic the frame took away', () => {
  it('with the real model: a truce between Iran and Israel stays no topic of this war', () => {
    expect(ids(withModel, 'صمود وقف إطلاق النار بين إيران وإسرائيل', 'قالت مصادر إن وقف إطلاق النار بين إيران وإسرائيل صامد منذ أسبوعين، فيما دعت روسيا إلى ضبط النفس.')).toEqual([]);
  });
  it('a framed topic is skipped, another is still added', () => {
    const opts = { ...model, alone: 0.5, confirm: 0.4, extra: undefined };
    const reading = (id: 'ceasefire' | 'sanctions', probability: number) => ({ id, probability, evidence: [] });
    const evidence = [{ id: 'ceasefire' as const, score: 0, required: 3, hits: [], framed: true }];
    const out = addModelTopics([], evidence, () => [reading('ceasefire', 0.9), reading('sanctions', 0.8)], opts);
    expect(out.map((a) => a.id)).toEqual(['sanctions']);
    const unframed = addModelTopics([], [{ ...evidence[0], framed: false }], () => [reading('ceasefire', 0.9)], opts);
    expect(unframed.map((a) => a.id)).toEqual(['ceasefire']);
  });
});
