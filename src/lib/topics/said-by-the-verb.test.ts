// Session 10 (issue 14, topics): short items whose main topic is said once by a verb and what it
// acts on, or by a noun outside the lexicon so far — a price cap, civilians freed in a swap,
// positions brought closer, a pledge to refrain from strikes, people fleeing, gas pumping halted,
// military trainers, a just peace in the accusative, leaders meeting. The real content/topics.yaml
// and content/word-forms.yaml on items written for this test in the wire style of the labelled
// parts (k-dev and the spent h/i-aside misses); none of these passed before session 10.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFormIndex } from '../arabic';
import { loadTopics, loadWordForms } from '../data';
import { classifyTopics, compileTopicLexicon } from './classify';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const real = compileTopicLexicon(loadTopics(`${root}content/topics.yaml`), buildFormIndex(loadWordForms(`${root}content/word-forms.yaml`)));
const ids = (title: string, ...paragraphs: string[]) => classifyTopics(title, paragraphs, real).map((t) => t.id).sort();

describe('sanctions said by the measure', () => {
  it('a price cap on Russian oil, however it is worded', () => {
    expect(ids('كندا تخفض سقف سعر الخام الروسي', 'خفضت أوتاوا الحد المسموح به للبرميل إلى 44 دولارا تماشيا مع شركائها.')).toEqual(['sanctions']);
    expect(ids('قرار كندي جديد بشأن الخام', 'أعلنت كندا خفض السقف المفروض على سعر البرميل الروسي المنقول بحرا إلى 44 دولارا.')).toEqual(['sanctions']);
  });
  it('a ban on Russian goods said with «منع»', () => {
    expect(ids('أستراليا تمنع دخول الألمنيوم الروسي', 'قررت الحكومة منع دخول الشحنات إلى موانئها اعتبارا من الشهر المقبل.')).toEqual(['sanctions']);
  });
  it('stopping a Russian advance is not a ban', () => {
    expect(ids('خط دفاعي جديد لمنع التقدم الروسي نحو زابوريجيا', 'حفرت القوات خنادق جديدة جنوب المدينة.')).not.toContain('sanctions');
    expect(ids('موسكو تمدد وقف صادرات الوقود', 'قررت الحكومة تمديد منع تصدير البنزين الروسي حتى نهاية العام لضبط الأسعار.')).not.toContain('sanctions');
  });
});

describe('a swap said through who was freed', () => {
  it('civilians or detainees freed or recovered by the two sides', () => {
    expect(ids('خطوة نادرة بين الجانبين', 'أفرجت موسكو وكييف عن 90 مدنيا من كل طرف، بينهم أطباء ومعلمون.')).toEqual(['prisoner-exchange']);
    expect(ids('أوكرانيا تستعيد 64 معتقلا', 'قال مقر التنسيق إن العملية تمت على الحدود.')).toEqual(['prisoner-exchange']);
    expect(ids('شكر على دور المملكة في عمليات التبادل', 'شكر السفير الأوكراني المملكة على ما قدمته خلال العامين الماضيين.')).toContain('prisoner-exchange');
  });
  it('power restored to civilians is not a swap', () => {
    expect(ids('إصلاح الشبكة في خاركيف', 'تعمل الفرق على استعادة التيار للمدنيين في الأحياء الشرقية خلال يومين.')).not.toContain('prisoner-exchange');
  });
  it('fire exchanged near fleeing civilians is not a swap', () => {
    expect(ids('اشتباكات على الضفة', 'تبادل الطرفان القصف المدفعي وسط فرار المدنيين من البلدات القريبة.')).not.toContain('prisoner-exchange');
  });
  it('civilians coming home after a battle are not a swap', () => {
    expect(ids('عودة المدنيين إلى قرى خاركيف', 'عاد مئات المدنيين إلى منازلهم في قرى شرق خاركيف بعد انحسار القتال.')).not.toContain('prisoner-exchange');
  });
});

describe('good offices said by bringing positions closer', () => {
  it('«تقريب المواقف بين …» is mediation', () => {
    expect(ids('سلطنة عمان تواصل اتصالاتها', 'قالت مسقط إنها تعمل على تقريب المواقف بين روسيا وأوكرانيا بشأن ملف المحتجزين.')).toContain('mediation');
  });
});

describe('a truce said as a pledge to refrain', () => {
  it('refraining from strikes on some targets is a (partial) ceasefire', () => {
    expect(ids('تعهد متبادل بشأن الموانئ', 'تعهد الطرفان بالامتناع عن قصف الموانئ والسفن التجارية لمدة شهر.')).toContain('ceasefire');
  });
});

describe('people uprooted, said by the verb', () => {
  it('residents fleeing or leaving a town under fire are humanitarian', () => {
    expect(ids('موجة مغادرة من كوبيانسك', 'غادر أكثر من ألفي مدني مدينة كوبيانسك خلال يومين بحافلات وفرتها البلدية.')).toEqual(['humanitarian']);
    expect(ids('قصف مكثف على البلدة', 'هرب مئات السكان من البلدة ليلا مع اقتراب المعارك.')).toEqual(['humanitarian']);
  });
  it('«وفرت … للسكان» (provided) is not «فر» (fled)', () => {
    expect(ids('حافلات مجانية', 'وفرت البلدية حافلات مجانية للسكان للوصول إلى أعمالهم.')).not.toContain('humanitarian');
  });
});

describe('energy said by the pipe and the heat', () => {
  it('gas or oil pumping halted, a named pipeline, heating cut', () => {
    expect(ids('توقف مؤقت عبر ترك ستريم', 'أعلنت الشركة توقف ضخ الغاز أسبوعا لأعمال الصيانة.')).toEqual(['energy-infrastructure']);
    expect(ids('أضرار في حي سكني', 'أدى الهجوم إلى انقطاع التدفئة عن 40 مبنى في الضفة اليسرى.')).toEqual(['energy-infrastructure']);
  });
});

describe('aid said by the trainers', () => {
  it('military trainers sent, Ukrainian crews trained', () => {
    expect(ids('روما تدرس إرسال مدربين', 'قالت مصادر حكومية إن إيطاليا قد ترسل فريقا إلى غرب أوكرانيا.')).toEqual(['military-aid']);
    expect(ids('اتهام روسي جديد لبرلين', 'اتهمت موسكو ألمانيا بتدريب مشغلي المسيرات الأوكرانيين في قاعدة جنوبي البلاد.')).toEqual(['military-aid']);
  });
});

describe('peace in the accusative, and a revised draft carried', () => {
  it('«سلاما عادلا» is «سلام عادل»', () => {
    expect(ids('سفير أوكرانيا في تونس يتحدث للطلبة', 'قال السفير إن بلاده تريد سلاما عادلا يحفظ وحدة أراضيها.')).toContain('peace-talks');
  });
  it('an envoy carrying a revised version of the proposed agreement', () => {
    expect(ids('المبعوث في العاصمة', 'وصل المبعوث إلى موسكو حاملا صيغة منقحة من الاتفاق المقترح بعد مشاورات مع الأوروبيين.')).toEqual(['peace-talks']);
  });
});

describe('leaders meeting, with no summit word', () => {
  it('«قادة … يجتمعون», «انضم قادة … في اجتماع»', () => {
    expect(ids('قادة الشمال الأوروبي يجتمعون في أوسلو', 'يبحث اللقاء دعم كييف والتعاون في القطب الشمالي.')).toContain('summit');
    expect(ids('حضور واسع في قصر الإليزيه', 'انضم قادة ثمانية بلدان إلى الرئيس الفرنسي في اجتماع موسع خصص لأوكرانيا.')).toContain('summit');
  });
  it('army chiefs are not leaders of states', () => {
    expect(ids('قادة الجيوش الأوروبية يجتمعون في بروكسل', 'ناقش رؤساء الأركان خطط التدريب المشترك.')).not.toContain('summit');
  });
});

describe('the reach of the new readings', () => {
  it('civilian detainees brokered over are a swap matter, not humanitarian', () => {
    const got = ids('اتصالات عمانية بشأن المحتجزين المدنيين', 'تجري مسقط اتصالات مع الطرفين حول قوائم المحتجزين المدنيين تمهيدا لإطلاقهم.');
    expect(got).not.toContain('humanitarian');
    expect(got).toContain('prisoner-exchange');
  });
  it('a pipeline named as the route of gas in a sanctions story is not the infrastructure', () => {
    expect(ids('أوروبا تطوي صفحة الغاز الروسي', 'أقر الاتحاد الأوروبي وقف واردات الغاز الروسي بحلول 2027، فيما تواصل المجر تلقي الغاز عبر ترك ستريم.')).toEqual(['sanctions']);
  });
  it('talks that themselves try to bring positions closer are no third party', () => {
    expect(ids('جولة ثالثة في جنيف', 'بدأت جولة جديدة من المحادثات في محاولة لتقريب المواقف حول مسودة التسوية.')).not.toContain('mediation');
  });
  it('training the army as a reassurance force\'s task is not aid', () => {
    expect(ids('قوة أوروبية بعد الاتفاق', 'ستتولى القوة المتعددة الجنسيات تدريب الجيش الأوكراني وتأمين الأجواء بعد وقف القتال.')).not.toContain('military-aid');
  });
});
