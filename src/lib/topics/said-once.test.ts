// The main topic said once, in other words (issue 14, session 7): displacement said as leaving
// home, good offices named by the state that lends them, a swap said without تبادل/أسرى, a weapons
// package without a delivery word, an interception said with a verb, a call to stop fighting said
// with a verb, a gas plant, «تجدد العدوان» — and passing mentions still not assigned. Real lexicon
// and word forms (content/topics.yaml, content/word-forms.yaml); texts written for this test in the
// shape of the misses of e-aside and f-dev (tests/fixtures/entities-labelled/), none copied.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon, FALLBACK_MIN_BODY_SCORE } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, real).map((t) => t.id).sort();
const tail = 'وقال مسؤولون محليون إن التفاصيل ستعلن لاحقا.';

describe('humanitarian: leaving home, the displaced, a relief convoy', () => {
  it('«اضطروا إلى مغادرة منازلهم» and «عدد المهجرين» are displacement', () => {
    expect(ids('موجة جديدة من الشرق', 'قالت منظمة دولية إن نحو مئة ألف شخص اضطروا إلى مغادرة منازلهم هذا الشهر.', tail)).toContain('humanitarian');
    expect(ids('أرقام جديدة', 'ارتفع عدد المهجرين داخل البلاد إلى ثلاثة ملايين وفق تقديرات أممية.', tail)).toContain('humanitarian');
  });
  it('«ترك بيوتها» (a plural with a pronoun) is displacement; «البيت الأبيض» is not a home', () => {
    expect(ids('قرى تفرغ من سكانها', 'اضطرت مئات العائلات إلى ترك بيوتها في القرى الحدودية بعد اشتداد القصف.', tail)).toContain('humanitarian');
    expect(ids('مغادرة مبكرة', 'قرر المستشار ترك البيت الأبيض نهاية الشهر للتفرغ لأعماله الخاصة.', tail)).not.toContain('humanitarian');
  });
  it('a relief convoy («قافلة مساعدات», «مواد غذائية وأدوية») is humanitarian', () => {
    expect(ids('وصول قافلة', 'وصلت قافلة مساعدات إلى البلدات المحاصرة صباح اليوم.', tail)).toContain('humanitarian');
  });
});

describe('mediation: the state that lends its good offices', () => {
  it('«نجحت جهود سلطنة عمان», «برعاية سعودية», «بجهود قطرية» are mediation', () => {
    expect(ids('إطلاق سراح محتجزين', 'نجحت جهود سلطنة عمان في الإفراج عن محتجزين من البلدين.', tail)).toContain('mediation');
    expect(ids('لقاء في جدة', 'تستضيف جدة اجتماعا بين وفدين برعاية سعودية.', tail)).toContain('mediation');
    expect(ids('لم شمل عائلات', 'عاد ثمانية أطفال إلى عائلاتهم بجهود قطرية.', tail)).toContain('mediation');
  });
  it('the state far from the effort word is not mediation («أكدت سلطنة عمان ترحيبها بكل المساعي»)', () => {
    expect(ids('ترحيب رسمي', 'أكدت سلطنة عمان ترحيبها بكل المساعي الرامية إلى إنهاء الأزمة.', tail)).not.toContain('mediation');
  });
});

describe('prisoner exchange without تبادل or أسرى', () => {
  it('«عاد 146 عسكريا … مقابل العدد نفسه» is a swap', () => {
    expect(ids('عودة جنود', 'عاد 146 عسكريا إلى بلادهم مقابل العدد نفسه من الجانب الآخر.', tail)).toContain('prisoner-exchange');
  });
  it('remains handed over («تسلمت رفات … مقابل 24 جثة») are a body exchange', () => {
    expect(ids('استعادة قتلى', 'تسلمت السلطات رفات 500 من جنودها مقابل 24 جثة.', tail)).toContain('prisoner-exchange');
  });
});

describe('military aid named by a package, a deal or an allocation', () => {
  it('«أقرت حزمة … مركبات قتالية وذخائر» is military aid without a delivery word', () => {
    expect(ids('قرار حكومي', 'أقرت الحكومة حزمة جديدة للجيش تضم مركبات قتالية وذخائر.', tail)).toContain('military-aid');
  });
  it('«تخصيص 100 مقاتلة», «لشراء القذائف» are military aid', () => {
    expect(ids('قرار في ستوكهولم', 'وافقت الحكومة على تخصيص 100 مقاتلة لسلاح الجو.', tail)).toContain('military-aid');
    expect(ids('مبادرة جديدة', 'أطلقت براغ مبادرة لشراء القذائف من خارج القارة.', tail)).toContain('military-aid');
  });
  it('a package of sanctions is not military aid', () => {
    expect(ids('قرار أوروبي', 'أقر الوزراء حزمة جديدة من الإجراءات المالية.', tail)).not.toContain('military-aid');
  });
});

describe('air defence said with a verb', () => {
  it('«تصدت لـ95 طائرة مسيرة», «اعترضت صاروخين» are air defence', () => {
    expect(ids('ليلة صعبة', 'قالت القيادة إن وحداتها تصدت لـ95 طائرة مسيرة خلال الليل.', tail)).toContain('air-defense');
    expect(ids('هجوم ليلي', 'اعترضت الوحدات صاروخين فوق العاصمة.', tail)).toContain('air-defense');
  });
});

describe('ceasefire, security guarantees, energy, sanctions, summits, nuclear: said in other words', () => {
  it('«أن يكف الطرفان … عن القتال», «إسكات المدافع» are a ceasefire', () => {
    expect(ids('دعوة إلى الهدوء', 'اقترح البابا أن يكف الطرفان الروسي والأوكراني عن القتال ثلاثة أيام.', tail)).toContain('ceasefire');
    expect(ids('نداء من الكنيسة', 'وجهت الكنيسة نداء إلى إسكات المدافع في الأعياد.', tail)).toContain('ceasefire');
  });
  it('«لمنع تجدد العدوان», «إذا تعرضت لاعتداء» are security guarantees', () => {
    expect(ids('قوة بعد الاتفاق', 'تبحث الدول نشر قوة بعد أي اتفاق لمنع تجدد العدوان.', tail)).toContain('security-guarantees');
    expect(ids('تعهد مشترك', 'تعهدت الدولتان بالوقوف إلى جانبها إذا تعرضت لاعتداء بعد الاتفاق.', tail)).toContain('security-guarantees');
  });
  it('«منشآت لإنتاج الغاز», «مرافق التوليد» are energy infrastructure', () => {
    expect(ids('أضرار في الشرق', 'أصابت الضربات منشآت لإنتاج الغاز ومعالجته في الشرق.', tail)).toContain('energy-infrastructure');
    expect(ids('عجز في الشبكة', 'لجأت البلاد إلى الاستيراد لتعويض العجز الناجم عن ضرب مرافق التوليد.', tail)).toContain('energy-infrastructure');
  });
  it('«تجمد أصول», «حظرت التعامل» are sanctions', () => {
    expect(ids('واشنطن تجمد أصول 40 شركة', 'قررت الوزارة ذلك أمس.', tail)).toContain('sanctions');
    expect(ids('قرار جديد', 'جمدت الوزارة الأصول وحظرت التعامل مع عشرين مصرفا.', tail)).toContain('sanctions');
  });
  it('«يلتقي الرئيسان» is a summit', () => {
    expect(ids('موعد الجمعة', 'يلتقي الرئيسان يوم الجمعة في قاعدة عسكرية.', tail)).toContain('summit');
  });
  it('«الرؤوس الحربية غير التقليدية» is nuclear', () => {
    expect(ids('تلويح جديد', 'لوح المسؤول باستخدام الرؤوس الحربية غير التقليدية.', tail)).toContain('nuclear');
  });
});

describe('the fallback: best-evidenced topic when none passes', () => {
  const long = Array.from({ length: 12 }, () => 'وتحدث المسؤولون مطولا عن ملفات التعاون الثنائي في مجالات الاقتصاد والنقل والتعليم والثقافة والصحة والزراعة.').join(' ');
  it('a long article whose one topic is named twice further down gets it', () => {
    const paras = ['بحث الوزيران في العاصمة ملفات التعاون.', long, long, long, 'وتطرق الجانبان إلى العقوبات المفروضة.', 'كما ناقشا أثر العقوبات على التجارة.'];
    expect(FALLBACK_MIN_BODY_SCORE).toBe(2);
    expect(ids('مباحثات ثنائية', ...paras)).toEqual(['sanctions']);
  });
  it('a lone place name in the lead is not enough («خيرسون»)', () => {
    expect(ids('زيارة ميدانية', 'زار الوزير مستشفى في خيرسون.', tail)).toEqual([]);
  });
});
