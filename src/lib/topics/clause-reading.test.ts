// A predicate and its argument in one clause (issue 14, session 8). First the reader on a small
// lexicon (forms, order, clause, reach, guards), then the real content/topics.yaml `acts` on
// one-sentence wire items written for this test, each the topic said once by a verb and its
// object, and the precision cases: a topic merely mentioned must not become the article's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { tokenize } from '../arabic/tokenize';
import { stripArticle } from '../arabic/phrase-trie';
import { DataFileError, loadTopics, loadWordForms, parseTopics } from '../data';
import type { Topic } from '../types';
import { classifyTopics, compileTopicLexicon } from './classify';
import { clauseHits, compileClauseReader, type ActHit } from './clause-reading';

const small: Topic[] = [
  {
    id: 'ceasefire',
    name: 'وقف إطلاق النار',
    en: 'Ceasefire',
    phrases: ['هدنة'],
    acts: [{ predicates: ['أوقف', 'يوقف', 'تجميد', 'علق'], arguments: ['العمليات القتالية', 'الضربات', 'القتال'], notAfter: ['على', 'بعد'] }],
  },
  { id: 'sanctions', name: 'العقوبات', en: 'Sanctions', phrases: ['عقوبات'], acts: [{ predicates: ['فرض', 'حظر'], arguments: ['قيود', 'حظر'] }] },
  { id: 'energy-infrastructure', name: 'الطاقة', en: 'Energy', phrases: ['محطة كهرباء'], acts: [{ predicates: ['استهدف'], arguments: ['سد'], within: 3 }] },
];
let labels: string[] = [];
const reader = compileClauseReader(small, stripArticle, (_t, label) => labels.push(label) - 1);
const read = (text: string): string[] => {
  const out: ActHit[] = [];
  clauseHits(reader, tokenize(text), text, out);
  return out.map((h) => `${h.topic}:${h.text}`);
};

describe('clause reader: a predicate family meets an argument family', () => {
  it('reads verbs with their prefixes and suffixes, verbal nouns and arguments with pronouns', () => {
    expect(read('قالت موسكو إنها ستوقف عملياتها القتالية ثلاثة أيام')).toEqual(['ceasefire:ستوقف عملياتها القتالية']);
    expect(read('وأوقفت القوات الضربات فجرا')).toEqual(['ceasefire:وأوقفت القوات الضربات']);
    expect(read('أعلن الجيش تجميد القتال')).toEqual(['ceasefire:تجميد القتال']);
    expect(read('فرضت الوزارة قيودا جديدة')).toEqual(['sanctions:فرضت الوزارة قيودا']);
  });
  it('a multi-word argument needs its following words («العمليات» alone is not «العمليات القتالية»)', () => {
    expect(read('أوقفت الشركة عملياتها في المدينة')).toEqual([]);
  });
  it('the argument must follow the predicate, in the same clause, within the reach', () => {
    expect(read('الضربات التي لم يوقفها أحد')).toEqual([]);
    expect(read('أوقف المزارعون الحصاد، واستمر القتال في الجنوب')).toEqual([]);
    expect(read('استهدفت المسيرات فجر اليوم الأربعاء السد')).toEqual([]);
    expect(read('استهدفت المسيرات السد')).toEqual(['energy-infrastructure:استهدفت المسيرات السد']);
  });
  it('a guard word before either side gives the pair another sense', () => {
    expect(read('علق المتحدث على الضربات')).toEqual([]);
    expect(read('يمكن نشر القوة بعد توقف القتال')).toEqual([]);
    expect(read('علقت كييف الضربات')).toEqual(['ceasefire:علقت كييف الضربات']);
  });
  it('one word that is both a predicate and an argument («حظر») is not a pair by itself', () => {
    expect(read('قال إن الحظر مستمر')).toEqual([]);
    expect(read('فرض الاتحاد حظرا على الواردات')).toEqual(['sanctions:فرض الاتحاد حظرا']);
  });
  it('each rule is one evidence label in the topic lexicon', () => {
    expect(reader.rules.map((r) => labels[r.phrase])).toEqual(['أوقف … العمليات القتالية', 'فرض … قيود', 'استهدف … سد']);
  });
});

const root = fileURLToPath(new URL('../../../', import.meta.url));
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, real).map((t) => t.id).sort();

describe('content/topics.yaml acts: the topic said once by a verb and its object', () => {
  it('ceasefire: a side suspends or freezes its operations or strikes', () => {
    expect(ids('إعلان من الكرملين', 'أعلن الكرملين أن القوات الروسية ستوقف عملياتها القتالية من منتصف الليل لمدة يومين.')).toEqual(['ceasefire']);
    expect(ids('قرار مفاجئ من القيادة', 'قررت القيادة تجميد عملياتها الهجومية على المحور الشرقي أسبوعا.')).toEqual(['ceasefire']);
  });
  it('sanctions: restrictions imposed, tightened or widened', () => {
    expect(ids('الخزانة تتحرك', 'شددت وزارة الخزانة قيودها على مصارف تتعامل مع موسكو.')).toEqual(['sanctions']);
    expect(ids('لائحة أطول', 'وسعت الحكومة قائمتها السوداء لتشمل ناقلات جديدة.')).toEqual(['sanctions']);
  });
  it('mediation: a third party hosts a round or sponsors a return', () => {
    expect(ids('العاصمة تفتح أبوابها', 'احتضنت العاصمة جولة جديدة من المباحثات بين الوفدين.')).toContain('mediation');
    expect(ids('دور جديد للدوحة', 'رعت قطر عودة 13 طفلا إلى عائلاتهم.')).toContain('mediation');
  });
  it('energy infrastructure: a strike on a plant, a dam or an oil facility', () => {
    expect(ids('ليلة صعبة في المدينة', 'ضربت مسيرات ليل الثلاثاء محطة لتوليد الكهرباء بالفحم.')).toEqual(['energy-infrastructure']);
    expect(ids('أضرار كبيرة', 'استهدفت صواريخ فجر اليوم السد الكهرومائي على النهر.')).toEqual(['energy-infrastructure']);
    expect(ids('حريق في المنطقة الصناعية', 'أصابت مسيرات منشأة لتكرير النفط في المقاطعة.')).toEqual(['energy-infrastructure']);
  });
  it('prisoner exchange, territory, humanitarian, peace talks, guarantees', () => {
    expect(ids('خطوة جديدة', 'أعادت روسيا وأوكرانيا 150 عسكريا إلى كل منهما.')).toContain('prisoner-exchange');
    expect(ids('موقف ثابت', 'قالت الوزارة إن ضم المقاطعات الأربع نهائي.')).toEqual(['territory']);
    expect(ids('قطارات إلى الغرب', 'أجلت السلطات 300 مسن من دور الرعاية القريبة من الجبهة.')).toEqual(['humanitarian']);
    expect(ids('زيارة المبعوثين', 'وصل المبعوثان لعرض الصيغة المعدلة من مشروع الاتفاق على الرئيس.')).toEqual(['peace-talks']);
    expect(ids('مطلب مكتوب', 'قال الرئيس إنه يريد تعهدا مكتوبا بحماية بلاده إذا هوجمت مجددا.')).toEqual(['security-guarantees']);
  });
});

describe('merely mentioned: the act is context, not the news', () => {
  const tail = 'وقال مسؤولون إن التفاصيل ستعلن لاحقا بعد انتهاء الاجتماعات المقررة هذا الأسبوع.';
  it('«بعد توقف القتال» is a time to come', () => {
    expect(ids('ملامح الخطة', 'كشفت الدولتان عن قوة يمكن نشرها بعد توقف القتال لطمأنة كييف.', tail)).not.toContain('ceasefire');
  });
  it('«علق … على» is a comment, «وأضاف» is «he added»', () => {
    expect(ids('رد رسمي', 'علق المتحدث على الضربات الأخيرة بالقول إنها لن تغير شيئا.', tail)).not.toContain('ceasefire');
    expect(ids('دعم متواصل', 'قال المستشار إن حكومته تدرس الطلب. وأضاف أن القيود على مدى الأسلحة رفعت.', tail)).not.toContain('sanctions');
  });
  it('shelling near a plant is not a strike on it; land held in a relative clause is not an act on land', () => {
    expect(ids('قلق دولي', 'حذر المدير من خطورة القصف قرب المحطة النووية.', tail)).not.toContain('energy-infrastructure');
    expect(ids('عودة الأطفال', 'عاد أطفال إلى ذويهم بعد نقلهم إلى أراض تسيطر عليها القوات.', tail)).not.toContain('territory');
  });
  it('an act in the lead\'s second sentence needs a second piece of evidence', () => {
    expect(ids('تبادل جديد', 'أجرى الطرفان عملية تبادل شملت 150 محتجزا.', 'وجرت العملية بإشراف مسؤول جمدت واشنطن أصوله العام الماضي.')).not.toContain('sanctions');
  });
  it('a host of two leaders\' meeting is a venue, not a mediator', () => {
    expect(ids('قمة مرتقبة', 'قال البيت الأبيض إن الرئيسين سيلتقيان في العاصمة، التي رحبت باستضافة اللقاء.')).not.toContain('mediation');
  });
});

describe('topics.yaml acts are validated', () => {
  it('a predicate with a space is refused, naming the file and the reason', () => {
    const text = readFileSync(`${root}content/topics.yaml`, 'utf8').replace('    - predicates: [فرض, يفرض,', '    - predicates: [فرض عقوبات, يفرض,');
    expect(() => parseTopics(text, 'content/topics.yaml')).toThrow(DataFileError);
    expect(() => parseTopics(text, 'content/topics.yaml')).toThrow(/topics\.yaml[\s\S]*one word/);
  });
});
