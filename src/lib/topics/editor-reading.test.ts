// Topics read like an editor (issue 14, session 5): a topic word with a possessive suffix
// («قمتهما», «عقوباتها»), a plan named by its sponsor («الخطة الأميركية»), aid named by the weapon
// (a delivery word and a weapon in one lead sentence), a weapon name in quotation marks
// («مقاتلات «إف-16»»), guarantees said as commitments, a topic said once in the lead — and a
// topic merely named in passing still not assigned. Real lexicon and word forms
// (content/topics.yaml, content/word-forms.yaml); texts written for this test.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, real).map((t) => t.id).sort();
const tail = 'وقال مسؤولون إن التفاصيل ستعلن لاحقا بعد انتهاء الاجتماعات المقررة هذا الأسبوع.';

describe('pronoun suffixes on topic words', () => {
  it('«قمتهما» / «قمتهم» in the lead is the subjects\' own summit', () => {
    expect(ids('اتصال بين الرئيسين', 'اتفق الرئيسان في اتصال هاتفي على عقد قمتهما المقبلة قبل نهاية الشهر.', tail)).toContain('summit');
    expect(ids('قرار تاريخي للحلفاء', 'اتفق قادة الدول الأعضاء في قمتهم بلاهاي على رفع الإنفاق.', tail)).toContain('summit');
  });
  it('«عقوباتها» and «قوائمها السوداء» are sanctions', () => {
    expect(ids('توسيع القيود', 'وسعت الإدارة عقوباتها على قطاع النفط وأدرجت ناقلات على قوائمها السوداء.', tail)).toContain('sanctions');
  });
  it('«مفاوضاتهما المباشرة» are peace talks', () => {
    expect(ids('لقاء الأسبوع المقبل', 'يجتمع الوفدان في جنيف لاستئناف مفاوضاتهما المباشرة المتوقفة منذ أشهر.', tail)).toContain('peace-talks');
  });
  it('a bare «القمة» in the lead still needs a second hit (no suffix, no key word)', () => {
    expect(ids('تحضيرات جارية', 'قال المتحدث إن القمة لم تكن على جدول أعمال الوزير.', tail)).not.toContain('summit');
  });
});

describe('plans named by their sponsor', () => {
  it('«الخطة الأميركية المعدلة», «المقترح الصيني» are peace talks', () => {
    expect(ids('زيارة بعيدا عن الأضواء', 'زار المبعوث العاصمة سرا.', 'وتركزت المحادثات على بنود الخطة الأميركية المعدلة.')).toContain('peace-talks');
    expect(ids('ترحيب حذر', 'قالت الوزارة إنها تدرس المقترح الصيني بعناية.', tail)).toContain('peace-talks');
  });
  it('«المقترحات الأوروبية بتجميد خط الجبهة» stay a ceasefire idea, not a peace plan', () => {
    expect(ids('رفض روسي', 'وصف نائب الوزير المقترحات الأوروبية بتجميد خط الجبهة بأنها غير واقعية.', tail)).not.toContain('peace-talks');
  });
});

describe('aid named by the weapon', () => {
  it('a delivery word and a weapon in one lead sentence are military aid', () => {
    expect(ids('كييف تتسلم بطاريتي «ناسامز» إضافيتين', 'قال الوزير إن البطاريتين ستحميان المدن قبل الشتاء.', tail)).toContain('military-aid');
    expect(ids('حماية سماء المدن', 'تسلمت أوكرانيا منظومتي «إيريس تي» إضافيتين من ألمانيا لحماية المدن.', tail)).toEqual(expect.arrayContaining(['air-defense', 'military-aid']));
  });
  it('receiving soldiers\' remains is no weapon delivery', () => {
    expect(ids('عملية على الحدود', 'تسلمت أوكرانيا رفات ألف من جنودها القتلى.', tail)).not.toContain('military-aid');
  });
  it('a weapon name in quotation marks still completes its phrase', () => {
    expect(ids('آخر الطائرات الموعودة', 'أعلنت الوزارة تسليم آخر دفعة من مقاتلات «إف-16» التي تعهدت بها.', tail)).toContain('military-aid');
  });
  it('a munition named with its calibre', () => {
    expect(ids('نصف مليون', 'أمنت المبادرة أكثر من نصف مليون قذيفة مدفعية من عيار 155 ملم هذا العام.', tail)).toContain('military-aid');
  });
});

describe('the main topic said once, in other words', () => {
  it('guarantees said as binding commitments', () => {
    expect(ids('شرط قبل التوقيع', 'قال الوزير إن بلاده لن توقع ما لم تحصل على التزامات دفاعية ملزمة من حلفائها.', tail)).toContain('security-guarantees');
    expect(ids('رئيسة المفوضية: مستعدون لضمان أمن أوكرانيا', 'قالت إن أوروبا ستقدم «ضمانات صلبة» تشمل تمويل الجيش.', tail)).toContain('security-guarantees');
  });
  it('a city left without heating is energy infrastructure', () => {
    expect(ids('ليلة باردة', 'تركت الضربات نصف المدينة بلا تدفئة بعد إصابة المحطة الرئيسية.', tail)).toContain('energy-infrastructure');
  });
  it('interceptions counted in a title', () => {
    expect(ids('إسقاط 80 مسيرة من أصل 95 خلال الليل', 'قالت القوات الجوية إن ثلاثة صواريخ أصابت أهدافها.', tail)).toContain('air-defense');
  });
  it('«الردع الذري» is nuclear, «الإجراءات العقابية» are sanctions', () => {
    expect(ids('تلويح جديد', 'لوح المسؤول مجددا بالردع الذري إذا تسلمت البلاد صواريخ جديدة.', tail)).toContain('nuclear');
    expect(ids('إقرار الحزمة', 'أقر التكتل رسميا الحزمة العشرين من الإجراءات العقابية.', tail)).toContain('sanctions');
  });
  it('a leaders\' meeting said by its level', () => {
    expect(ids('قادة إلى العاصمة', 'يتوجه القادة إلى العاصمة لعقد اجتماع على مستوى القادة مع الرئيس.', tail)).toContain('summit');
  });
  it('a minister\'s official visit is no summit; an energy sector under sanctions is no energy story', () => {
    expect(ids('وزير الخارجية يصل إلى العاصمة في زيارة رسمية', 'وصل الوزير في أول زيارة لمسؤول رفيع منذ أشهر.', tail)).not.toContain('summit');
    expect(ids('قيود على شركتين', 'أدرجت الوزارة شركتين على قائمة الحظر في أشد خطوة ضد قطاع الطاقة.', tail)).toEqual(['sanctions']);
  });
});
