// Session 48 (helper 10t): the framed sense has a reach (classify.ts FRAMED_SENSE_REACH). A long article
// about this war whose truce is named in its title and lead by words that name neither war, and that compares
// it once, far down, with Gaza's truces, keeps its truce; a short item's far paragraph still frames its title.
// Real lexicon and word forms, no model; texts written for this test, none copied. The case fails on main
// 85ccebc5 (the framed sense then reached the whole article); the guards pass on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

const title = 'هدنة عيد النصر تبدأ منتصف الليل وسط شكوك في صمودها';
const lead = 'قال المتحدث باسم الرئاسة إن الهدنة تبدأ منتصف ليل الخميس وتستمر ثلاثة أيام.';
// Paragraphs on the front that name this war but no truce word.
const front = [
  'وقالت كييف إنها تدرس العرض الروسي، فيما واصلت القوات الروسية قصف مواقع في دونيتسك.',
  'وأفادت السلطات المحلية في خاركيف بسقوط قذائف على حي سكني ليلا.',
  'وأعلنت وزارة الدفاع الروسية السيطرة على قرية جديدة في منطقة دونيتسك.',
  'وقال حاكم منطقة زابوريجيا إن السكان ينتظرون إصلاح الجسر الرئيسي.',
  'وتحدثت تقارير عن تعزيزات روسية جديدة قرب خطوط التماس.',
];
const gaza = 'ويرى محللون أن هذه الهدنة تشبه هدنات قصيرة في قطاع غزة انهارت سريعا.';

describe('the framed sense reaches four paragraphs (classify.ts FRAMED_SENSE_REACH)', () => {
  it('a long article keeps the truce its title names when Gaza\'s truces come up only far down', () => {
    expect(ids(title, [lead, ...front, gaza])).toContain('ceasefire');
  });
  it('guard: Gaza\'s truces right after the lead still frame the title\'s truce', () => {
    expect(ids(title, [lead, gaza, ...front])).not.toContain('ceasefire');
  });
  it('guard: a short item — Gaza\'s truces in its fourth paragraph, four below the title — still frames it', () => {
    expect(ids(title, [lead, front[0], front[1], gaza])).not.toContain('ceasefire');
  });
});
