// Session 13 (issue 14, topics; o-dev od29, od36): a summit said as the meeting that «brought
// together» a leader and his counterpart, and a peace summit read as the peace process too.
// Real content/topics.yaml and word forms; texts written for this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();

describe('the meeting that brought a leader and his counterpart together is a summit', () => {
  it('«القمة التي جمعت الرئيس … ونظيره»', () => {
    expect(ids('لقاء بلا نتائج', 'انتهت القمة التي جمعت الرئيس الفرنسي ونظيره الصيني بعد ساعتين دون بيان مشترك.')).toEqual(['summit']);
    expect(ids('لقاء مطول', 'استمر الاجتماع الذي جمع رئيس الوزراء الهندي ونظيره الروسي أكثر من ثلاث ساعات.')).toEqual(['summit']);
  });
  it('not ministers', () => {
    expect(ids('لقاء وزاري', 'انتهى الاجتماع الذي جمع وزير الخارجية التركي ونظيره الروسي دون بيان مشترك.')).toEqual([]);
  });
});

describe('a peace summit is the peace process', () => {
  it('«قمة سلام» gives peace talks (and the summit)', () => {
    expect(ids('رسالة أوكرانية', 'سلم السفير رسالة تتعلق بالتحضير لقمة سلام ثانية.')).toEqual(['peace-talks', 'summit']);
  });
  it('another summit is no peace talks', () => {
    expect(ids('قمة المناخ', 'تنطلق قمة المناخ الأسبوع المقبل بمشاركة مئة دولة.')).not.toContain('peace-talks');
  });
});
