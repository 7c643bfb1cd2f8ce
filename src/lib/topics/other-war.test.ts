// Session 14 (issue 14, topics; p-dev and the spent parts): the frame check — a topic word whose
// clause names another war nearer than this one is that war's («تثبيت الهدنة في قطاع غزة»:
// p-dev pd13; «مفاوضات باكو ويريفان»: l-dev ld04) — and the wordings p-dev and the spent o-aside
// missed: a host offering a summit of the two belligerents' leaders (oa17, pd09), two presidents
// and «their meeting» (pd25), «اليد الميتة» (pd12), sanctions on oil exports that are not a strike on
// a plant (pd05). Real content/topics.yaml and word forms; texts written for this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();

describe('another war\'s truce, talks or aid is not this war\'s', () => {
  it('a truce in Gaza, talks between Baku and Yerevan', () => {
    expect(ids('لقاء في موسكو', 'استقبل الوزير الروسي وفدا فلسطينيا، وبحث الجانبان تثبيت الهدنة في قطاع غزة.')).toEqual([]);
    expect(ids('اتصال هاتفي', 'بحث الوزيران جهود تثبيت وقف إطلاق النار في غزة.')).toEqual([]);
    expect(ids('جولة جديدة', 'تستأنف مفاوضات السلام بين باكو ويريفان الأسبوع المقبل.')).toEqual([]);
  });
  it('this war named nearer keeps the hit', () => {
    expect(ids('اتصال هاتفي', 'بحث الوزيران جهود وقف إطلاق النار في أوكرانيا.')).toEqual(['ceasefire']);
    expect(ids('دعوة أوروبية', 'دعا الوزير إلى هدنة بين روسيا وأوكرانيا على غرار ما جرى في غزة.')).toEqual(['ceasefire']);
    // A river's west bank is no West Bank (f-dev fd22).
    expect(ids('قافلة إغاثة', 'وصلت قافلة مساعدات إنسانية إلى بلدات على الضفة الغربية من نهر دنيبرو.')).toEqual(['humanitarian']);
    // Another war in another clause does not touch it.
    expect(ids('بيان', 'رحب الوزير بالهدنة بين موسكو وكييف، فيما تتواصل الغارات على غزة.')).toEqual(['ceasefire']);
  });
});

describe('a host offering a summit of the two belligerents\' leaders is a mediator', () => {
  it('Putin and Zelensky, or the two presidents by their nisbas', () => {
    expect(ids('عرض تركي', 'قال الوزير إن بلاده مستعدة لاستضافة قمة تجمع زيلنسكي وبوتين.')).toContain('mediation');
    expect(ids('عرض جديد', 'أكد الوزير استعداد بلاده لاحتضان لقاء يجمع الرئيسين الروسي والأوكراني.')).toContain('mediation');
  });
  it('a Trump–Putin summit\'s host is its venue', () => {
    expect(ids('تحضيرات', 'أعلنت المدينة استعدادها لاستضافة قمة تجمع ترامب وبوتين الشهر المقبل.')).not.toContain('mediation');
  });
});

describe('wordings of p-dev', () => {
  it('two presidents and «their meeting» are a summit', () => {
    expect(ids('ملفات إقليمية', 'اختتم الرئيسان الروسي والتركي لقاءهما في سوتشي.')).toEqual(['summit']);
  });
  it('«اليد الميتة» is the nuclear file', () => {
    expect(ids('تلويح جديد', 'لوح المسؤول بمنظومة «اليد الميتة» ردا على تصريحات غربية.')).toEqual(['nuclear']);
  });
  it('a measure aimed at oil exports is no strike on a plant; a strike still is', () => {
    expect(ids('قرار جديد', 'أدرج الاتحاد ناقلات إضافية على قائمته في خطوة تستهدف صادرات النفط.')).not.toContain('energy-infrastructure');
    expect(ids('ليلة صعبة', 'استهدفت مسيرات مستودع النفط في المدينة ليلا.')).toEqual(['energy-infrastructure']);
  });
});

describe('a meeting that will bring the two together, with the pronoun (q-dev qd06)', () => {
  it('«لقاء يجمعهما», as «لقاء يجمع»', () => {
    expect(ids('موعد جديد', 'اتفق الرئيس مع نظيره في مكالمة هاتفية على لقاء يجمعهما في العاصمة المجرية خلال أسبوعين.')).toContain('summit');
    expect(ids('موعد جديد', 'اتفق الرئيس مع نظيره في مكالمة هاتفية على لقاء يجمع الرئيسين في العاصمة المجرية.')).toContain('summit');
  });
  it('a past audience «لقاء جمع …» is no new summit hit (b-dev bd38)', () => {
    expect(ids('مهمة إنسانية', 'وجاء الإعلان بعد لقاء جمع البابا والضيف في مقر إقامته الصيفي.')).not.toContain('summit');
  });
});
