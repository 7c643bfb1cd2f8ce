// Topics read the way an editor reads (issue 14): the lead counts like the title, words match
// through their forms (content/word-forms.yaml), numbers inside a phrase do not break it, a
// topic's phrase nested in another topic's still counts, and every assignment carries evidence.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Topic, TopicId } from '../types';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms, parseTopics } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const forms = buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`));
const T = (id: TopicId, phrases: string[]): Topic => ({ id, name: id, en: id, phrases });
const small = compileTopicLexicon([
  T('peace-talks', ['محادثات سلام']),
  T('prisoner-exchange', ['تبادل الأسرى']),
  T('mediation', ['وساطة']),
  T('nato', ['قمة الناتو']),
  T('summit', ['قمة']),
], forms);
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), forms);
const ids = (title: string, paragraphs: string[], lex = small) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();
const filler = 'وتناول البيان تفاصيل أخرى لا صلة لها بالموضوع، منها الطقس وحركة المرور في المدينة.';

describe('the lead counts like the title', () => {
  it('a phrase in the first sentences is enough; the same phrase further down is not', () => {
    expect(ids('', ['أعلن الطرفان عقد أول محادثات سلام مباشرة منذ عامين.', filler])).toEqual(['peace-talks']);
    expect(ids('', [filler, filler, 'وأشار إلى محادثات سلام سابقة.'])).toEqual([]);
  });
});

describe('forms, not strings', () => {
  it('singular, plural, broken plural and the verb of one root match', () => {
    expect(ids('تبادل أسير بين البلدين', [])).toEqual(['prisoner-exchange']);
    expect(ids('قطر تتوسط بين الطرفين', [])).toEqual(['mediation']);
    expect(ids('الإمارات تواصل التوسط', [])).toEqual(['mediation']);
  });
  it('numbers inside a phrase do not break it', () => {
    expect(ids('تبادل 300 أسير بين روسيا وأوكرانيا', [])).toEqual(['prisoner-exchange']);
  });
  it('a word outside every family is never stemmed', () => {
    expect(ids('زيت الزيتون', [])).toEqual([]);
  });
});

describe('phrases of different topics may nest', () => {
  it('«قمة الناتو» is NATO and a summit', () => {
    expect(ids('قمة الناتو في لاهاي', [])).toEqual(['nato', 'summit']);
  });
});

describe('the real lexicon on the issue\'s examples', () => {
  it('short items stated once in the lead get their topic', () => {
    expect(ids('', ['أعلن الرئيس وقفاً مؤقتاً لإطلاق النار على جميع الجبهات، أي هدنة تمتد ثلاثين ساعة.'], real)).toContain('ceasefire');
    expect(ids('', ['بحث القادة الأوروبيون نشر قوة حفظ السلام في أوكرانيا بعد أي اتفاق.'], real)).toContain('security-guarantees');
    expect(ids('قمة في جنيف تبحث مسار السلام', [filler], real)).toContain('peace-talks');
    expect(ids('', ['أعلنت كييف إعادة 12 طفلاً أوكرانياً إلى ذويهم بوساطة قطرية.'], real)).toEqual(expect.arrayContaining(['humanitarian', 'mediation']));
  });
});

describe('evidence', () => {
  it('each topic carries the phrases that put it there and where they were found', () => {
    const [a] = classifyTopics('تبادل 300 أسير', ['وجرت عملية التبادل على الحدود.'], small);
    expect(a.id).toBe('prisoner-exchange');
    expect(a.evidence).toEqual([{ phrase: 'تبادل الأسرى', place: 'title', text: 'تبادل 300 أسير' }]);
    const [b] = classifyTopics('', ['أعلن الطرفان عقد محادثات سلام مباشرة.'], small);
    expect(b.evidence).toEqual([{ phrase: 'محادثات سلام', place: 'lead', paragraph: 0, text: 'محادثات سلام' }]);
  });
});

describe('key words name their topic in the lead (session 3)', () => {
  const keyed = compileTopicLexicon([
    { ...T('mediation', ['وساطة']), keyWords: ['وساطة'] },
    T('territory', ['خيرسون']),
  ], forms);
  it('a key word once in the lead is enough; a plain one-word phrase (a place name) is not', () => {
    const para = (w: string) => [`أثمرت الجهود عن إطلاق سراح 146 محتجزا. وأكد البيان أن ${w} تعكس مكانة الدولة.`, filler];
    expect(ids('', para('الوساطة'), keyed)).toEqual(['mediation']);
    expect(ids('', para('خيرسون'), keyed)).toEqual([]);
  });
  it('a key word further down is one body hit, as before', () => {
    expect(ids('', [filler, filler, 'وأشار إلى الوساطة.'], keyed)).toEqual([]);
  });
});

describe('more forms and wordings from real coverage (session 3)', () => {
  it('the verb of «إنهاء» matches the phrase: «اتفاق ينهي النزاع» is «إنهاء النزاع»', () => {
    expect(ids('', ['قال المتحدث إن الوصول إلى اتفاق ينهي النزاع في أوكرانيا يحتاج إلى وقت.', filler], real)).toContain('peace-talks');
  });
  it('a preposition with its pronoun is the same word: «جسرا بينهما» = «جسرا بين»', () => {
    expect(ids('', ['أكد الرئيس أن بلاده تستطيع أن تكون جسرا بينهما.', filler], real)).toContain('mediation');
  });
  it('a short item whose only evidence is a key word in its lead gets its topic', () => {
    expect(ids('', ['قالت المفوضية إن موجة النزوح من المدينة تتسع مع اقتراب الشتاء.', filler], real)).toContain('humanitarian');
    expect(ids('', ['أعلنت الحكومة أن الهدنة دخلت حيز التنفيذ عند منتصف الليل.', filler], real)).toContain('ceasefire');
  });
  it('«من الأسر» alone (from families / from captivity) is no longer evidence; «عادوا من الأسر» is', () => {
    expect(ids('', ['دفع القصف مزيداً من الأسر إلى النزوح نحو الغرب.', filler], real)).not.toContain('prisoner-exchange');
    expect(ids('', ['وقال الجنود الذين عادوا من الأسر إنهم تعرضوا لسوء المعاملة.', filler], real)).toContain('prisoner-exchange');
  });
});

describe('key words are data, checked by the schema', () => {
  it('a key word of two words is refused with the file and the entry named', () => {
    const yaml = readFileSync(`${root}content/topics.yaml`, 'utf8').replace('keyWords: [هدنة, تهدئة]', 'keyWords: [هدنة, وقف النار]');
    expect(() => parseTopics(yaml, 'topics.yaml')).toThrow(/topics\.yaml[\s\S]*keyWords[\s\S]*one word/);
  });
});
