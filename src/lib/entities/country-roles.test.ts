// Session 11 (issue 14, actors): a country's capital, nisba or name in roles that are not the
// state — an event or a street named after its city, a place whose name is an organisation's alias,
// a first name shaped like a nisba — and the bare plural demonym «روس». Real dictionary and context
// words (content/), sentences written in the shape of the misses of l-dev and the spent j-aside / a–k.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('an event named after its city is a place (j-aside ja06, l-dev ld11, ld26, ld36)', () => {
  it('a season, a festival, a fair, a championship, a prize, a marathon', () => {
    expect(ids('تنطلق فعاليات موسم الرياض الشهر المقبل بعروض عالمية.')).toEqual([]);
    expect(ids('اختار مهرجان القاهرة السينمائي فيلما جديدا للمسابقة.')).toEqual([]);
    expect(ids('يشارك ناشرون من عشرين دولة في معرض الرياض الدولي للكتاب.')).toEqual([]);
    expect(ids('فاز العداء بلقب ماراثون بيروت للمرة الثالثة.')).toEqual([]);
    expect(ids('تأهلت اللاعبة إلى نهائي بطولة الدوحة للتنس.')).toEqual([]);
  });
  it('an agreement named after its city, in the dual or the plural', () => {
    expect(ids('أعاد الخلاف إلى الأذهان اتفاقيتي مينسك الموقعتين بعد 2014.')).toEqual([]);
    expect(ids('لم تنفذ اتفاقيات مينسك حتى اليوم.')).toEqual([]);
  });
  it('a street or a square named after a capital', () => {
    expect(ids('أغلقت الشرطة شارع موسكو في وسط المدينة.')).toEqual([]);
  });
  it('the capital still acts outside such a name', () => {
    expect(ids('أعلنت الرياض استضافة جولة جديدة من المحادثات.')).toEqual(['saudi-arabia']);
    expect(ids('قالت موسكو إن اتفاقيات السلام السابقة لم تعد صالحة.')).toEqual(['russia']);
  });
});

describe('a place whose name is an organisation\'s alias is the place (j-aside ja11)', () => {
  it('a port, an airport or a field before the alias', () => {
    expect(ids('بدأت أعمال التوسعة في ميناء الفاو الكبير جنوب البصرة.')).toEqual([]);
  });
  it('the organisation still counts elsewhere', () => {
    expect(ids('حذرت الفاو من ارتفاع أسعار الحبوب عالميا.')).toEqual(['fao']);
    expect(ids('انعقد الاجتماع في مقر الناتو ببروكسل.')).toEqual(['nato']);
  });
});

describe('talks between two capitals after a round are not a tour (l-dev ld13)', () => {
  it('«جولة جديدة بين موسكو وكييف» names both governments', () => {
    expect(ids('اقترحت أنقرة استضافة جولة جديدة بين موسكو وكييف.')).toEqual(['russia', 'turkey', 'ukraine']);
  });
  it('a tour of capitals is still places', () => {
    expect(ids('زار المبعوث كييف وموسكو الأسبوع الماضي.')).toEqual([]);
  });
});

describe('the nisba of a named city names the country (settled in session 11 as a-dev ad23 and f-dev fd07 label it)', () => {
  it('«مدينة جنيف السويسرية», «مدينة قازان الروسية»', () => {
    expect(ids('تستضيف مدينة جنيف السويسرية اجتماعا للخبراء.')).toEqual(['switzerland']);
    expect(ids('يقيم الطلاب في مدينة سانت بطرسبورغ الروسية منذ سنوات.')).toEqual(['russia']);
  });
});

describe('a nisba-shaped first name before «آل» is a person\'s name (l-dev ld26)', () => {
  it('«تركي آل الشيخ» is not Turkey', () => {
    expect(ids('وقال المستشار تركي آل الشيخ إن العروض ستستمر.')).toEqual([]);
  });
  it('the nisba still counts before other words', () => {
    expect(ids('وصل وفد تركي إلى العاصمة.')).toEqual(['turkey']);
  });
});

describe('the bare plural demonym «روس» after the people it describes (j-dev jd27, f-dev fd23)', () => {
  it('after an indefinite plural noun or «و» after another demonym', () => {
    expect(ids('تسلمت الجهة رفات جنود مقابل جثث لعسكريين روس.')).toEqual(['russia']);
    expect(ids('فرضت العقوبات على موردين روس للمعدات.')).toEqual(['russia']);
    expect(ids('جرى اللقاء بين مسؤولين أمريكيين وروس في الخليج.')).toEqual(['russia', 'united-states']);
  });
  it('not as a family name after a first name', () => {
    expect(ids('وقال المبعوث السابق دينيس روس إن الفرصة ضاعت.')).not.toContain('russia');
  });
});

describe('one word before a verbal noun after a role and a place is the object, not a person (k-aside ka05)', () => {
  it('«السفير الأوكراني في بيروت حفل استقبال» discovers nobody', () => {
    expect(ids('أقام السفير الأوكراني في بيروت حفل استقبال في ذكرى الاستقلال.')).toEqual(['ukraine']);
  });
  it('a name after the same role is still found', () => {
    expect(ids('قال السفير الأوكراني في بيروت إيهور أوستاش إن الشحنة وصلت.')).toEqual(['discovered-aihor-aostash', 'ukraine']);
  });
});

describe('a country\'s places and institutions vouch for its guarded alias «المملكة» (h-dev hd10, hd11)', () => {
  it('«احتضنت جدة … شكر … للمملكة», «مركز الملك سلمان … أعلنتها المملكة»', () => {
    expect(ids('احتضنت جدة جولة جديدة من المحادثات، ونقل الوفد شكر حكومته للمملكة.')).toEqual(['saudi-arabia']);
    expect(ids('وقع مركز الملك سلمان للإغاثة اتفاقية جديدة ضمن حزمة أعلنتها المملكة.')).toEqual(['saudi-arabia']);
  });
  it('the hint alone names nothing, and «المملكة» alone stays unlinked', () => {
    expect(ids('وصل الوفد إلى جدة مساء أمس.')).toEqual([]);
    expect(ids('أكد الوزير موقف المملكة الثابت.')).toEqual([]);
  });
});

describe('a capital or a country\'s name inside a medium\'s, a bank\'s or a club\'s name is the body\'s (l-dev ld10, ld16, ld23)', () => {
  it('after an indefinite medium noun', () => {
    expect(ids('وقالت قناة القاهرة الإخبارية إن الوفد وصل.')).toEqual([]);
    expect(ids('ونقلت صحيفة واشنطن بوست عن مسؤولين أن الخطة جاهزة.')).toEqual([]);
  });
  it('after a bank or a club', () => {
    expect(ids('وقع بنك أبوظبي الأول اتفاقية تمويل.')).toEqual([]);
    expect(ids('انتقل اللاعب إلى نادي شاختار دونيتسك الأوكراني.')).toEqual([]);
  });
  it('a definite medium or body noun right before is the verb\'s subject, the capital its object', () => {
    expect(ids('واتهمت الصحيفة موسكو بتضليل الرأي العام.')).toEqual(['russia']);
    expect(ids('وأبلغت الشركة موسكو بقرارها.')).toEqual(['russia']);
  });
});
