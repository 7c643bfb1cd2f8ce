// Session 49 (helper 10t): an article that never names this war — none of the shared frame's `thisWar` words
// nor its `anchors` (front towns, the Black Sea corridor, the line of contact, NATO, the sides' envoys) — is
// another field's or war's, and gets no topic with that frame (classify.ts, frame.ts `namesThisWar`). It reads
// wordings no `otherFields` or `otherWars` list holds: a tariff truce, a plant in Kuwait, players' fighting,
// a Sudanese town's truce, Colombia's talks. Real lexicon and word forms, no model; texts written for this
// test, none copied. Each case fails on main 3ac76b60; each guard passes on both (the anchors keep them).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon, topicEvidence } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// As the build reads them: whole articles (`articleFrame`).
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)), undefined, { articleFrame: true });
const sentenceLex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('an article that never names this war gets no framed topic', () => {
  it('other fields\' truces, fights and plants', () => {
    expect(ids('الصين والولايات المتحدة تمددان الهدنة الجمركية', 'اتفق البلدان على تمديد الهدنة 90 يوما إضافية، ما طمأن الأسواق.')).toEqual([]);
    expect(ids('توقف القتال بين لاعبي الفريقين بعد تدخل الحكم', 'أوقف الحكم اللقاء عشر دقائق قبل أن يستأنف.')).toEqual([]);
    expect(ids('محطة توليد جديدة في الكويت تدخل الخدمة', 'قالت وزارة الكهرباء إن المحطة ستقلل انقطاع التيار خلال أشهر الصيف.')).toEqual([]);
  });
  it('other wars\' truces and talks that no list names', () => {
    expect(ids('هدنة إنسانية لثلاثة أيام في مدينة الجنينة', 'أعلنت الأطراف وقف إطلاق النار للسماح بدخول قوافل الإغاثة.')).toEqual([]);
    expect(ids('جولة مفاوضات جديدة بين حكومة كولومبيا والمتمردين في هافانا', 'قال الوسطاء إن محادثات السلام ستركز على نزع السلاح.')).toEqual([]);
  });
  it('the evidence says so: the topic is framed, so the learnt reader may not give it back', () => {
    const e = topicEvidence('الصين والولايات المتحدة تمددان الهدنة الجمركية', ['اتفق البلدان على تمديد الهدنة 90 يوما إضافية.'], lex).find((x) => x.id === 'ceasefire')!;
    expect(e.score).toBe(0);
    expect(e.framed).toBe(true);
  });
});

describe('guards: an article placed in this war by its anchors or its sides keeps its topics', () => {
  it('front towns, the line of contact, NATO, an envoy — no side named', () => {
    expect(ids('نزوح آلاف المدنيين من قرى حول بوكروفسك', 'قالت الإدارة العسكرية إن الحافلات نقلت العائلات إلى مراكز الإيواء.')).toContain('humanitarian');
    expect(ids('هدوء على خطوط التماس بعد إعلان وقف إطلاق النار', 'قال مراقبون إن القصف توقف منذ منتصف الليل.')).toContain('ceasefire');
    expect(ids('قادة الناتو يعقدون قمتهم في لاهاي', 'يبحث القادة رفع الإنفاق الدفاعي.')).toContain('summit');
    expect(ids('كيلوغ: نقترح هدنة على طول خط الجبهة', 'قال المبعوث الأمريكي إن الهدنة تمهد لمفاوضات أوسع.')).toContain('ceasefire');
  });
  it('the sides named once, far from the hit', () => {
    expect(ids('تبادل 200 أسير على الحدود البيلاروسية', 'جرت العملية بعد أسابيع من الاتصالات.', 'وقالت كييف إن بين العائدين جرحى.')).toContain('prisoner-exchange');
  });
  it('a lone sentence read out of its article (articleFrame off) keeps the reading the readers\' tests check', () => {
    expect(classifyTopics('قرار مفاجئ من القيادة', ['قررت القيادة تجميد عملياتها الهجومية.'], sentenceLex).map((t) => t.id)).toContain('ceasefire');
    expect(classifyTopics('قرار مفاجئ من القيادة', ['قررت القيادة تجميد عملياتها الهجومية.'], lex).map((t) => t.id)).toEqual([]);
  });
  it('a team named by its country is no anchor («منتخب أوكرانيا»)', () => {
    expect(ids('قمة نارية بين منتخب أوكرانيا ومنتخب إنجلترا', 'يلتقي المنتخبان في قمة المجموعة الثالثة.')).not.toContain('summit');
  });
});
