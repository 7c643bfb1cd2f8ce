// Session 12 rules (content/topics.yaml, the lexicon alone, no learnt reader): leaders who hold a
// meeting with their counterpart, a pledge to defend, relief delivered. Texts written for this
// test in the shape of n-dev's misses (tests/fixtures/entities-labelled/n-dev.yaml), none copied;
// each rule with the reading it must not take.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('summit: a leader and his counterpart hold a meeting', () => {
  it('«عقد الرئيس … ونظيره … اجتماعا مغلقا» is a summit', () => {
    expect(ids('لقاء في العاصمة', 'عقد الرئيس الفنلندي ألكسندر ستوب ونظيره الأوكراني فولوديمير زيلينسكي اجتماعا مغلقا في هلسنكي.')).toContain('summit');
  });
  it('ministers and their counterparts, or a leader meeting his staff, are not', () => {
    expect(ids('لقاء في العاصمة', 'عقد وزير الخارجية الفنلندي ونظيره الأوكراني اجتماعا مغلقا في هلسنكي.')).not.toContain('summit');
    expect(ids('لقاء في العاصمة', 'عقد الرئيس الفنلندي اجتماعا مع قادة الجيش لبحث الميزانية.')).not.toContain('summit');
  });
});

describe('security guarantees: a pledge to defend', () => {
  it('«تعهدات … للدفاع عنها», «تعهد … بالدفاع عنهم» are guarantees', () => {
    expect(ids('شرط أوكراني', 'قال الرئيس إن بلاده تريد تعهدات مكتوبة من الحلفاء بالتدخل للدفاع عنها إذا تعرضت لهجوم.')).toContain('security-guarantees');
    expect(ids('شرط أوكراني', 'يطالب الأوكرانيون بتعهد أمريكي بالدفاع عنهم.')).toContain('security-guarantees');
  });
  it('a ministry of defence that pledges something else is not', () => {
    expect(ids('خطة جديدة', 'تعهدت وزارة الدفاع بإنشاء مصنع للذخيرة قبل نهاية العام.')).not.toContain('security-guarantees');
  });
});

describe('humanitarian: relief delivered', () => {
  it('«لإيصال سلال غذائية إليهم» is relief', () => {
    expect(ids('تحذير أممي', 'دعت المنظمة إلى تمويل عاجل لإيصال سلال غذائية إلى المسنين في القرى القريبة من الجبهة.')).toContain('humanitarian');
  });
  it('ammunition delivered is not', () => {
    expect(ids('تحذير', 'دعت الحكومة إلى الإسراع في إيصال الذخائر إلى الجبهة.')).not.toContain('humanitarian');
  });
});
