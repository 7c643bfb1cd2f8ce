// Session 48 at the merge (helper 10m): side-stories whose topic words belong to another war or field — the
// war on Iran of 2026 (Hormuz, «the war on Iran», its sides together), the Iran–Iraq war's remains, the Gulf's
// air defences and plants, a union's «الهدنة الاجتماعية», calming prices, a league round's «قمة», a yearly
// round over quotas, a civil reactor put into commercial service (content/topics.yaml: the shared frame's
// `otherWars`, the topics' `otherFields`, air-defense's new frame). Real lexicon and word forms, no model;
// texts written for this test, none copied. Each case fails on s48-merge e5543c30; each guard passes on both.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id);

describe('the war on Iran and the Iran–Iraq war are other wars (frame otherWars)', () => {
  it('remains exchanged by Iraq and Iran, a truce in the war on Iran, Hormuz', () => {
    expect(ids('إيران والعراق تتسلمان رفات 40 جنديا', 'تسلم البلدان عند المعبر الحدودي رفات جنود قتلوا في الحرب العراقية الإيرانية.')).not.toContain('prisoner-exchange');
    expect(ids('دعوات إلى هدنة في الحرب على إيران', 'طالبت عواصم أوروبية بوقف إطلاق النار بين الولايات المتحدة وإسرائيل من جهة وإيران من جهة أخرى.')).not.toContain('ceasefire');
    expect(ids('ناقلات تنتظر عند مضيق هرمز', 'قالت شركات الشحن إن مفاوضات تجري لتأمين عبور الناقلات في مضيق هرمز.')).not.toContain('peace-talks');
  });
  it('guards: this war\'s swap and truce keep their topics beside a line on Iran', () => {
    expect(ids('روسيا وأوكرانيا تتبادلان 150 أسيرا', 'جرى التبادل بوساطة إماراتية، في وقت تتواصل فيه الحرب على إيران.')).toContain('prisoner-exchange');
    expect(ids('الكرملين يعلن هدنة في أوكرانيا', 'أعلن بوتين وقف إطلاق النار لثلاثة أيام رغم انشغال واشنطن بمضيق هرمز.')).toContain('ceasefire');
  });
});

describe('another country\'s air defences and plants are not this war\'s (air-defense frame, energy otherFields)', () => {
  it('the Gulf states\' air defences against missiles from Iran; the Gulf\'s plants struck', () => {
    expect(ids('الدفاعات الجوية القطرية تعترض صاروخين', 'قالت وزارة الدفاع إن الصاروخين أطلقا باتجاه الدوحة دون إصابات.')).not.toContain('air-defense');
    expect(ids('تحذير من ضرب محطات الطاقة', 'حذر الوزير من أن استهداف محطات الطاقة في دول الخليج يهدد الأسواق.')).not.toContain('energy-infrastructure');
  });
  it('guards: Ukraine\'s air defences and its plants struck', () => {
    expect(ids('الدفاعات الجوية الأوكرانية تعترض 40 مسيرة', 'أعلن سلاح الجو في كييف إسقاط المسيرات ليلا.')).toContain('air-defense');
    expect(ids('مسيرات روسية تضرب محطة كهرباء في أوديسا', 'قالت الشركة إن القصف ألحق أضرارا بالمحطة.')).toContain('energy-infrastructure');
  });
});

describe('other fields\' truces, summits and talks (otherFields)', () => {
  it('a union\'s social truce, calming prices, a league round\'s top match, a yearly quota round', () => {
    expect(ids('النقابة تهدد بإنهاء «الهدنة الاجتماعية»', 'قالت النقابة إن الحكومة لم تف بوعودها.')).not.toContain('ceasefire');
    expect(ids('البنك المركزي يتدخل لتهدئة الأسواق', 'ضخ البنك سيولة بعد تراجع العملة.')).not.toContain('ceasefire');
    expect(ids('الترجي يستعد لقمة الجولة العاشرة', 'يخوض الفريق قمة الجولة يوم السبت.')).not.toContain('summit');
    expect(ids('اتفاق على حصص الصيد', 'انتهت المفاوضات السنوية بين البلدين على حصص الصيد في بحر الشمال بعد جولة مفاوضات.')).not.toContain('peace-talks');
  });
  it('a civil reactor put into commercial service abroad', () => {
    expect(ids('بدء التشغيل التجاري للمفاعل النووي الثاني', 'قالت الشركة إن المفاعل سيغطي جزءا من الطلب على الكهرباء.')).not.toContain('nuclear');
  });
  it('guards: this war\'s truce, summit, talks and Zaporizhzhia\'s reactor stay', () => {
    expect(ids('هدنة بين روسيا وأوكرانيا في عيد الفصح', 'أعلن الكرملين الهدنة.')).toContain('ceasefire');
    expect(ids('قمة بين بوتين وترامب في ألاسكا', 'تناولت القمة الحرب في أوكرانيا.')).toContain('summit');
    expect(ids('جولة مفاوضات بين روسيا وأوكرانيا في إسطنبول', 'بحث الوفدان وقف الحرب.')).toContain('peace-talks');
    expect(ids('إعادة تشغيل مفاعل في محطة زابوريجيا النووية', 'حذرت الوكالة الدولية للطاقة الذرية من المخاطر.')).toContain('nuclear');
  });
});
