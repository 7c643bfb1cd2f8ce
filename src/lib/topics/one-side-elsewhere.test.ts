// Session 50 (helper 10s): an article that names one side of this war alone — Moscow, the Kremlin, Lavrov, or
// Kyiv's ministry, never the other side nor a word of the war that is neither's (a front town, the Black Sea,
// NATO) — beside another war's word in its title, or with its topic's words claimed by another war, is that side
// speaking of the other story: no topic with the frame (frame.ts `mentions`, `oneSideElsewhere`; content/topics.yaml
// `frame.sides`). Real lexicon and word forms, no model; texts written for this test, none copied. Each case fails
// on main a0c1216a; each guard passes on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon, topicEvidence } from './classify';
import { OTHER_MENTION, PLACE_MENTION, SIDE_MENTION, oneSideElsewhere } from './frame';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)), undefined, { articleFrame: true });
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('one side of this war, speaking of another war', () => {
  it('Moscow on another war\'s truce named in the title', () => {
    expect(ids('موسكو تدعو إلى تثبيت الهدنة في الخرطوم', 'دعت الخارجية الروسية طرفي القتال إلى الالتزام بوقف إطلاق النار وفتح الممرات الإنسانية.')).toEqual([]);
    expect(ids('الكرملين يرحب بوقف إطلاق النار بين تايلاند وكمبوديا', 'قال المتحدث باسم الكرملين إن روسيا تأمل أن يصمد وقف إطلاق النار.')).toEqual([]);
  });
  it('Lavrov on another pair\'s talks and its mediator', () => {
    expect(ids('لافروف يؤيد استئناف المفاوضات بين واشنطن وطهران', 'قال وزير الخارجية الروسي إن بلاده تدعم جولة جديدة من المفاوضات وتشيد بالوساطة العمانية.')).toEqual([]);
  });
  it('the other side alone, too: Kyiv on another pair\'s truce', () => {
    expect(ids('كييف ترحب بوقف إطلاق النار بين الهند وباكستان', 'رحبت الخارجية الأوكرانية بالاتفاق ودعت البلدين إلى الحوار.')).toEqual([]);
  });
  it('the topic is framed, so the learnt reader may not give it back', () => {
    const e = topicEvidence('موسكو تدعو إلى تثبيت الهدنة في الخرطوم', ['دعت الخارجية الروسية طرفي القتال إلى الالتزام بوقف إطلاق النار.'], lex).find((x) => x.id === 'ceasefire')!;
    expect(e.score).toBe(0);
    expect(e.framed).toBe(true);
  });
});

describe('guards: this war keeps its topics', () => {
  it('both sides named, another war compared in the same article', () => {
    expect(ids('بوتين: أي هدنة في أوكرانيا يجب ألا تشبه هدنة غزة', 'قال الرئيس الروسي إن موسكو لن تقبل وقف إطلاق النار من دون آلية رقابة.')).toContain('ceasefire');
  });
  it('one side beside a front town or NATO is this war', () => {
    expect(ids('موسكو تعلن هدنة في كورسك وتنتقد هدنة غزة', 'قالت وزارة الدفاع الروسية إن وقف إطلاق النار يبدأ منتصف الليل.')).toContain('ceasefire');
  });
  it('one side alone with no other story in the title or in the topic\'s clauses', () => {
    expect(ids('موسكو: وقف إطلاق النار مشروط بوقف إمدادات الأسلحة', 'قال الكرملين إن روسيا مستعدة لبحث الهدنة.', 'وفي شأن آخر، بحث لافروف الوضع في لبنان.')).toContain('ceasefire');
  });
});

describe('oneSideElsewhere', () => {
  it('needs another story, one side only, and no word of the war that is neither side\'s', () => {
    expect(oneSideElsewhere(OTHER_MENTION | SIDE_MENTION, 2)).toBe(true);
    expect(oneSideElsewhere(OTHER_MENTION | (SIDE_MENTION << 1), 2)).toBe(true);
    expect(oneSideElsewhere(SIDE_MENTION, 2)).toBe(false);
    expect(oneSideElsewhere(OTHER_MENTION | SIDE_MENTION | (SIDE_MENTION << 1), 2)).toBe(false);
    expect(oneSideElsewhere(OTHER_MENTION | SIDE_MENTION | PLACE_MENTION, 2)).toBe(false);
    expect(oneSideElsewhere(OTHER_MENTION | SIDE_MENTION, 0)).toBe(false);
  });
});
