// Session 50 (helper 10m, the spent part ae): articles of another war or field that name Russia or Ukraine in
// passing (a visitor's title, a veto recalled, a supplier's war) keep the article-level frame open, so the hit
// itself must be read in its sentence: a clause that names neither war takes its sentence's war (frame.ts
// `sentenceOther`). The Korean armistice is another war (content/topics.yaml `otherWars`), and military aid
// reads the shared frame like the other diplomatic topics (an armed group's drones are not this war's aid).
// Real lexicon and word forms, no model; texts written for this test, none copied from a page or a fixture.
// Each case fails on main a0c1216a; each guard passes on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)), undefined, { articleFrame: true });
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('the hit\'s sentence names another war and not this one', () => {
  it('a truce of Gaza in a call between two presidents, one of them Russian', () => {
    const got = ids(
      'الرئيس يتلقى اتصالا من نظيره الروسي',
      'بحث الرئيسان العلاقات الثنائية ومشروعات الطاقة المشتركة.',
      'وتطرق الاتصال إلى الأوضاع في قطاع غزة، إذ عرض الرئيس المساعي الرامية إلى تثبيت وقف إطلاق النار وفتح المعابر.',
    );
    expect(got).not.toContain('ceasefire');
  });
  it('prisoners of another war in a minister\'s talks with a Russian deputy minister', () => {
    const got = ids(
      'وزير الخارجية يلتقي نائب وزير الخارجية الروسي',
      'استقبل الوزير المسؤول الروسي في مقر الوزارة وبحثا الأوضاع الإقليمية.',
      'وشدد الوزير على استكمال الإفراج عن الأسرى والمحتجزين، وإدخال المساعدات، والتحضير لإعادة إعمار غزة.',
    );
    expect(got).not.toContain('prisoner-exchange');
  });
  it('relief convoys of Sudan\'s war, with a Russian veto recalled further down', () => {
    const got = ids(
      'دول الوساطة تدعو مجددا إلى وقف القتال في كردفان',
      'دعت دول الوساطة طرفي الحرب في السودان إلى القبول بوقف للقتال مدته شهران حول المدن المحاصرة، يسمح بمرور قوافل الإغاثة من دون عوائق، وذلك في بيان مشترك صدر أمس.',
      'وكانت روسيا قد عطلت في مجلس الأمن مشروع قرار سابقا بشأن البلاد.',
    );
    expect(got).not.toContain('humanitarian');
  });
  it('the Korean armistice line, with the North\'s aid to Moscow in the last paragraph', () => {
    const got = ids(
      'سيول تدعو إلى محادثات عسكرية بشأن خط الترسيم العسكري',
      'دعت سيول الشمال إلى اجتماع في بانمونجوم لمراجعة الخط الذي حددته اتفاقية الهدنة، بعد توغلات متكررة في المنطقة منزوعة السلاح.',
      'ويقول خبراء إن بيونغ يانغ باتت أقل اهتماما بالحوار منذ أن أرسلت قوات إلى روسيا.',
    );
    expect(got).not.toContain('ceasefire');
    expect(got).not.toContain('territory');
  });
  it('an armed group of another war buying drones with smuggled gold, a Russian firm recalled', () => {
    const got = ids(
      'عقوبات على شبكة لتهريب الذهب',
      'فرضت الخزانة عقوبات على شركات تبيع ذهب دارفور لصالح قوات الدعم السريع، وتستخدم العائدات لشراء مسيرات ووقود.',
      'وكانت شركات روسية قد أدرجت في السابق على القائمة نفسها.',
    );
    expect(got).not.toContain('military-aid');
  });
});

describe('guards: this war\'s hits keep their topics beside another war', () => {
  it('a sentence that names both wars keeps the topic', () => {
    expect(ids('دعوة إلى التهدئة', 'دعا الأمين العام إلى وقف إطلاق النار في أوكرانيا وغزة على السواء.')).toContain('ceasefire');
  });
  it('this war\'s truce in its own sentence, Gaza in the next', () => {
    const got = ids(
      'موسكو وكييف تتبادلان الاتهامات بخرق الهدنة',
      'اتهمت كييف موسكو بخرق وقف إطلاق النار خلال الليل.',
      'وفي سياق آخر، بحث الوزير الأوضاع في غزة.',
    );
    expect(got).toContain('ceasefire');
  });
  it('a swap read in a clause with no war word, in a sentence of this war', () => {
    expect(ids('عودة أسرى إلى أوكرانيا', 'أعلنت كييف أن عملية تبادل جديدة أعادت 150 أسيرا، وذلك بعد مفاوضات طويلة مع موسكو.')).toContain('prisoner-exchange');
  });
  it('weapons for Kyiv keep military aid; North Korea alone is no other war', () => {
    expect(ids('حزمة جديدة تشمل صواريخ أتاكمز لأوكرانيا', 'أعلنت واشنطن إرسال ذخائر ومنظومة دفاع جوي إلى كييف.')).toContain('military-aid');
    expect(ids('كوريا الشمالية ترسل دفعة جديدة من قذائف المدفعية إلى روسيا', 'قالت سيول إن الشحنات تسلم عبر القطارات لاستخدامها في الحرب على أوكرانيا.')).toContain('military-aid');
  });
});
