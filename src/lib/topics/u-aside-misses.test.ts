// Session 46 (the spent u-aside's misses, helper 10m): negotiations with companies over a stake are
// business, not peace talks; the alliance judging another's act right after the verb is a speaker,
// not the NATO topic. Real lexicon and word forms, no model; texts written for this test, none copied.
// Each case fails on s46-merge 31b52dbf; each guard passes on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();

describe('negotiations with companies are no peace talks (ua15)', () => {
  it('a ministry negotiating with companies over a stake or a plant', () => {
    expect(ids('الوزارة تفاوض ثلاث شركات على حصة في الحقل', 'قال مصدر إن الإنتاج لم يتوقف.')).not.toContain('peace-talks');
    expect(ids('تعثر صفقة الحقل', 'تجري الحكومة مفاوضات مع شركتين أجنبيتين لإنشاء محطة جديدة.')).not.toContain('peace-talks');
  });
  it('guards: talks between Moscow and Kyiv still count, also beside a company named elsewhere', () => {
    expect(ids('جولة مفاوضات جديدة بين موسكو وكييف', 'انطلقت المفاوضات بين الوفدين الروسي والأوكراني في إسطنبول.')).toContain('peace-talks');
    expect(ids('مفاوضات السلام تتعثر', 'تعثرت مفاوضات السلام بين روسيا وأوكرانيا، فيما أعلنت شركة نفطية وقف صادراتها.')).toContain('peace-talks');
  });
});

describe('the alliance judging another\'s act is a speaker (ua11)', () => {
  it('«وصفها حلف شمال الأطلسي», «ودان الناتو»', () => {
    expect(ids('مسيرات روسية تضرب محطة كهرباء', 'ضربت مسيرات روسية محطة للكهرباء في خاركيف، في خطوة وصفها حلف شمال الأطلسي بأنها تصعيد خطير.')).not.toContain('nato');
    expect(ids('ضربات على شبكة الكهرباء', 'استهدفت صواريخ روسية محطات الكهرباء في أوكرانيا ليلا.', 'ودان الناتو الهجوم في بيان.')).not.toContain('nato');
  });
  it('guards: the alliance as the subject of the news still counts', () => {
    expect(ids('الناتو يعزز جناحه الشرقي', 'أعلن حلف شمال الأطلسي نشر قوات إضافية على جناحه الشرقي.')).toContain('nato');
    expect(ids('قيادة جديدة في الشمال', 'وافق الحلفاء على إنشاء قيادة برية تابعة لحلف شمال الأطلسي في فنلندا.')).toContain('nato');
  });
});
