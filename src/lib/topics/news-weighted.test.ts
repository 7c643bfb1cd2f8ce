// Session 46 (part v, helper 10t): topic words said in another field or in passing on news-weighted
// text — a league's «مباراة القمة», a federation's or a traffic law's «عقوبات», another country's civil
// reactor, «تعيد بناء قدراتها العسكرية» (rebuilt, nobody returned), and phrases that alone were never an
// article's main topic on the labelled parts («إعادة الإعمار», «المبعوث الخاص», «الملاحة في البحر
// الأسود», «حماية الأجواء», «الأراضي التي تسيطر عليها», «إلى ذويهم», «إمدادات الغاز»). Each case
// fails on main 866e7343; each guard passes on both. Real lexicon and word forms, no model; texts
// written for this test, none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms, parseTopics } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const lex = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, lex).map((t) => t.id).sort();

describe('another field: a league, a federation, a traffic law (otherFields)', () => {
  it('a federation\'s penalties on clubs are no sanctions', () => {
    expect(ids('لجنة الانضباط تفرض عقوبات على ثلاثة أندية', 'فرضت لجنة الانضباط في اتحاد الكرة عقوبات مالية على ثلاثة أندية بعد أحداث المباراة الأخيرة في الدوري.')).toEqual([]);
  });
  it('harsher penalties for traffic offences are no sanctions', () => {
    expect(ids('البرلمان يغلظ العقوبات على مخالفات المرور', 'أقر البرلمان تعديلا يغلظ العقوبات على مخالفات المرور ويرفع الغرامات.')).not.toContain('sanctions');
  });
  it('a top-of-the-table match is no summit', () => {
    expect(ids('الفيصلي يكسب مباراة القمة', 'فاز الفيصلي في مباراة القمة على الوحدات بهدفين في الدوري.')).not.toContain('summit');
  });
  it('guards: sanctions on Russia and a leaders\' summit still count', () => {
    expect(ids('الاتحاد الأوروبي يفرض عقوبات جديدة على روسيا', 'فرض الاتحاد الأوروبي عقوبات جديدة على روسيا تستهدف أسطول الظل.')).toContain('sanctions');
    expect(ids('قمة مرتقبة بين ترامب وبوتين', 'أعلن الكرملين أن قمة بين الرئيسين ستعقد الشهر المقبل لبحث الحرب في أوكرانيا.')).toContain('summit');
  });
});

describe('another country\'s civil reactor is not the war\'s nuclear file', () => {
  it('the Dabaa plant Rosatom builds', () => {
    expect(ids('تركيب وعاء المفاعل الثاني بمحطة الضبعة', 'بدأت أعمال تركيب وعاء المفاعل الثاني بمحطة الضبعة النووية، التي تنفذها شركة «روساتوم» الروسية.')).not.toContain('nuclear');
  });
  it('guard: the Zaporizhzhia plant still is', () => {
    expect(ids('غروسي يحذر من انقطاع الكهرباء عن محطة زابوريجيا النووية', 'قال المدير العام للوكالة الدولية للطاقة الذرية إن المفاعلات في محطة زابوريجيا تعتمد على خط واحد.')).toContain('nuclear');
  });
});

describe('«أعاد» before a verbal noun is «re-», nobody returned', () => {
  it('rebuilding or redeploying forces is no swap', () => {
    expect(ids('الحلف يرفع الإنفاق', 'قال الأمين العام إن روسيا تعيد بناء قدراتها العسكرية أسرع من المتوقع.')).not.toContain('prisoner-exchange');
    expect(ids('تحركات على الحدود', 'أعاد الجيش نشر الجنود على طول الحدود الشمالية.')).not.toContain('prisoner-exchange');
  });
  it('guard: soldiers returned still are', () => {
    expect(ids('عودة عسكريين من الأسر', 'أعادت روسيا 150 عسكريا إلى أوكرانيا مقابل العدد نفسه.')).toContain('prisoner-exchange');
  });
});

describe('phrases that alone were never the topic count only beside other evidence', () => {
  it('alone in a lead', () => {
    expect(ids('وفدا البلدين يختتمان جولة', 'قال رئيس الوفد إن الجانبين تقدما في بنود الضمانات وإعادة الإعمار.')).not.toContain('humanitarian');
    expect(ids('وزير تركي في موسكو', 'قال الوزير إن بلاده مستعدة لضمان أمن الملاحة في البحر الأسود.')).not.toContain('grain-and-food');
    expect(ids('لقاء في البيت الأبيض', 'استقبل نائب الرئيس المبعوث الخاص لبحث الملفات الإقليمية.')).not.toContain('mediation');
    expect(ids('تراجع الكهرباء في المحافظة', 'تراجعت ساعات التجهيز بالكهرباء بعد توقف إمدادات الغاز المستورد.')).not.toContain('energy-infrastructure');
  });
  it('guard: beside the topic\'s own evidence they still count', () => {
    expect(ids('مؤتمر لإعادة الإعمار والمساعدات الإنسانية', 'بحث المؤتمر إعادة الإعمار وإيصال المساعدات الإنسانية إلى النازحين.')).toContain('humanitarian');
  });
});

describe('schema: otherFields is a list of Arabic words', () => {
  it('rejects a Latin word', () => {
    const text = 'x'.replace('x', `- id: peace-talks\n  name: محادثات\n  en: Peace talks\n  otherFields: [football]\n  phrases: [محادثات السلام]\n`);
    expect(() => parseTopics(text, 'topics.yaml')).toThrow();
  });
});
