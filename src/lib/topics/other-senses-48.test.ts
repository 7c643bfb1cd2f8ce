// Session 48 (part ab, helper 10t): topic words in another sense — a radio's «أف أم» is no fighter «إف-16»
// (military-aid pairs' `numbered`), a bank or company between payers is no mediator (mediation's
// `otherFields`), Turkey's peace process with the PKK is another conflict (the frame's `otherWars`), a
// federation's sanctions over flares and riots are sport (sanctions' `otherFields`). Real lexicon and word
// forms, no model; texts written for this test, none copied. Each case fails on main 85ccebc5; each guard
// passes on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('a type letter names a fighter only before its number (together: numbered)', () => {
  it('a radio\'s «أف أم» / «إف إم» beside a delivery or a deal', () => {
    expect(ids('الديوان يستلم شحنة جديدة', 'جوهرة أف أم – أعلن الديوان تسليم 30 ألف طن من الشعير إلى المطاحن.')).not.toContain('military-aid');
    expect(ids('صفقة جديدة للمطاحن', 'إكسبرس إف إم – وقع الديوان صفقة لتوريد 50 ألف طن من القمح.')).not.toContain('military-aid');
  });
  it('guards: «مقاتلات إف-16», «إف 35» delivered or bought', () => {
    expect(ids('تسلمت أوكرانيا دفعة جديدة من مقاتلات إف-16', 'أعلنت وزارة الدفاع وصول الطائرات.')).toContain('military-aid');
    expect(ids('صفقة مقاتلات إف 35 لبولندا', 'وقعت وارسو العقد.')).toContain('military-aid');
  });
});

describe('a bank or a company between two payers is finance, not good offices (mediation otherFields)', () => {
  it('«عبر مصرف وسيط», «شركات وسيطة»', () => {
    expect(ids('الوزارة تسدد مستحقات الشركة', 'قالت الوزارة إنها سددت مستحقات الشركة عبر مصرف وسيط بعد تعثر التحويلات.')).not.toContain('mediation');
    expect(ids('عقوبات على شبكة تهريب', 'شملت العقوبات 30 شركة وسيطة في دول ثالثة متهمة بالتهرب.')).not.toContain('mediation');
  });
  it('guards: a state\'s mediation and «الوسيط القطري» stay', () => {
    expect(ids('عودة 20 طفلا إلى أوكرانيا', 'قال الوسيط القطري إن الأطفال عادوا إلى ذويهم في كييف.')).toContain('mediation');
    expect(ids('وساطة تركية بين موسكو وكييف', 'عرضت أنقرة التوسط بين روسيا وأوكرانيا.')).toContain('mediation');
  });
});

describe('Turkey\'s peace process with the PKK is another conflict (frame otherWars)', () => {
  it('«مسار السلام مع حزب العمال الكردستاني», talks with Öcalan', () => {
    expect(ids('لجنة برلمانية تبحث مسار السلام مع حزب العمال الكردستاني', 'قالت اللجنة إن المفاوضات مع قيادات الحزب مستمرة.')).not.toContain('peace-talks');
    expect(ids('وفد يزور أوجلان لبحث محادثات السلام', 'قال الوفد إن اللقاء كان إيجابيا.')).not.toContain('peace-talks');
  });
  it('guard: this war\'s peace talks in Istanbul stay', () => {
    expect(ids('مسار السلام بين روسيا وأوكرانيا يعود إلى إسطنبول', 'قال الكرملين إن الوفد سيصل غدا.')).toContain('peace-talks');
  });
});

describe('a federation\'s sanctions over its stands are sport (sanctions otherFields)', () => {
  it('flares, riots, a match behind closed doors', () => {
    expect(ids('الجامعة تدرس ملف الديربي', 'تنتظر الجامعة تقرير الحكم قبل البت في عقوبات محتملة بسبب الشهب الاصطناعية.')).not.toContain('sanctions');
    expect(ids('عقوبات على النادي بسبب أحداث الشغب', 'قررت اللجنة إجراء المباراة المقبلة دون جمهور.')).not.toContain('sanctions');
  });
  it('guard: sanctions on Russia stay', () => {
    expect(ids('عقوبات جديدة على روسيا', 'أقر الاتحاد الأوروبي حزمة عقوبات جديدة على موسكو.')).toContain('sanctions');
  });
});
