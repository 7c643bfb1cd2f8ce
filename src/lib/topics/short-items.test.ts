// Short items whose main topic is said once, in other words (issue 14, session 4): the wordings of
// real coverage for power cuts, refineries, air-defence systems written «سامب/تي», arms deliveries,
// crops at sea, frozen money and troops sent as a guarantee — each through the real lexicon and word
// forms (content/topics.yaml, content/word-forms.yaml). Texts written for this test.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, real).map((t) => t.id).sort();
const tail = 'وقال مسؤولون إن التفاصيل ستعلن لاحقا بعد انتهاء الاجتماعات المقررة هذا الأسبوع.';

describe('short items find their main topic', () => {
  it('energy: a power cut at thermal plants, refineries and a loading terminal', () => {
    expect(ids('ليلة صعبة في المدن الشرقية', 'انقطع التيار الكهربائي عن آلاف المنازل بعد ضربات أصابت محطتين حراريتين.', tail)).toContain('energy-infrastructure');
    expect(ids('ضربات على العمق', 'أصابت مسيرات خمس مصاف للنفط، ما أدى إلى تراجع قدرة التكرير بنحو العشر.', tail)).toContain('energy-infrastructure');
    expect(ids('توقف الصادرات يومين', 'أصابت مسيرات محطة تحميل في ميناء على البحر الأسود.', tail)).toContain('energy-infrastructure');
  });
  it('refineries as buyers of crude are not an energy-infrastructure story', () => {
    expect(ids('الهند تقلص مشترياتها', 'خفضت مصافي التكرير الهندية مشترياتها من الخام الروسي بعد القيود الجديدة.', tail)).not.toContain('energy-infrastructure');
  });
  it('air defence: a system written «سامب/تي» or «إيريس تي»', () => {
    expect(ids('منظومة ثانية', 'تسلمت البلاد منظومة ثانية من طراز «سامب/تي» لحماية المنشآت.', tail)).toContain('air-defense');
    expect(ids('دفعة جديدة', 'وصلت منظومتا «إيريس تي» إضافيتان لحماية المدن.', tail)).toContain('air-defense');
  });
  it('military aid: missile shipments frozen', () => {
    expect(ids('واشنطن تجمّد شحنات صواريخ', 'قررت الإدارة تعليق تسليم دفعة من الذخائر الدقيقة.', tail)).toContain('military-aid');
  });
  it('grain: crops shipped through the Black Sea ports', () => {
    expect(ids('ارتفاع الصادرات الزراعية عبر البحر الأسود', 'شحنت البلاد أكثر من خمسة ملايين طن من المحاصيل.', tail)).toContain('grain-and-food');
  });
  it('sanctions: frozen Russian money for a loan', () => {
    expect(ids('تمويل من عوائد الأموال الروسية المحتجزة', 'يتجه الاتحاد إلى استخدام هذه الأموال لتمويل قرض كبير.', tail)).toContain('sanctions');
  });
  it('security guarantees: troops sent after the fighting stops', () => {
    expect(ids('مستعدتان لنشر جنود بعد توقف القتال', 'أبدت الدولتان استعدادهما لنشر وحدات لردع أي هجوم جديد.', tail)).toContain('security-guarantees');
  });
  it('mediation: a Gulf state\'s efforts', () => {
    expect(ids('إعادة 150 محتجزا', 'أثمرت مساع إماراتية جديدة عن إتمام العملية.', tail)).toContain('mediation');
  });
});
