// Session 9 (issue 14, actors): an organisation's name is read before its words count alone.
// A nisba that describes a named body (an NGO, a company, a university) or a dictionary
// organisation of that country is not the country; a parent named inside an agency's full name
// is not linked too; an elliptic ministry name («الدفاع الروسية») inside a list of sectors is the
// list's nisba; a nisba of two words («الكورية الجنوبية») is one country. Real dictionary and
// context words (content/), sentences written in the shape of the misses of dev and g-aside.
import { describe, expect, it } from 'vitest';
import { actorIdsWith, curatedActors } from '../corpus/build.test-helpers';

const actors = curatedActors();
const ids = actorIdsWith(actors);

describe('a nisba that describes a named body is not the country', () => {
  it('an NGO named after a country (g-dev gd08, f-aside fa16, g-aside ga16)', () => {
    expect(ids('قال المجلس الدنماركي للاجئين إن آلاف الأسر تحتاج إلى مأوى.')).toEqual([]);
    expect(ids('وزع المجلس النرويجي للاجئين بطانيات على النازحين.')).toEqual([]);
    expect(ids('سيرت جمعية الهلال الأحمر الكويتي قافلة إلى المدينة.')).toEqual([]);
    expect(ids('وأرسل الهلال الأحمر القطري شاحنتين.')).toEqual([]);
  });
  it('a company, with its name between the noun and the nisba (h-dev hd02, hd12, hd22)', () => {
    expect(ids('قالت شركة نفتوغاز الأوكرانية إن الإمدادات لم تتأثر.')).toEqual([]);
    expect(ids('وقعت شركة كيرنل الأوكرانية عقدا جديدا.')).toEqual([]);
    expect(ids('شملت القيود شركة لوك أويل الروسية.')).toEqual([]);
  });
  it('a dictionary organisation followed by its own country\'s nisba (h-dev hd13, hd16)', () => {
    expect(ids('أوقفت غازبروم الروسية الضخ أسبوعا.')).toEqual(['gazprom']);
    expect(ids('ورد مؤسسة روساتوم الروسية على الاتهامات.')).toEqual(['rosatom']);
  });
  it('the country still counts when it is named, and a state body the dictionary lacks still names it', () => {
    expect(ids('قالت شركة نفتوغاز الأوكرانية إن صواريخ روسية أصابت المنشأة.')).toEqual(['russia']);
    expect(ids('استدعت وزارة الخارجية المجرية السفير.')).toEqual(['hungary']);
    expect(ids('قالت الشركة إن الهجوم الروسي ألحق أضرارا بالمحطة.')).toEqual(['russia']);
  });
});

describe('a parent named inside an agency\'s full name is not linked too', () => {
  it('FAO is not also the UN (g-dev gd12, d-dev dd25, e-dev ed14)', () => {
    expect(ids('وقالت منظمة الأغذية والزراعة للأمم المتحدة إن الأسعار ارتفعت.')).toEqual(['fao']);
    expect(ids('دعت الجمعية العامة للأمم المتحدة إلى وقف القتال.')).toEqual(['un-general-assembly']);
  });
  it('a body «at» its parent still names it: «اللجنة العسكرية بالناتو»', () => {
    expect(ids('وقال رئيس اللجنة العسكرية بالناتو إن الحلف مستعد.')).toEqual(['nato', 'nato-military-committee']);
  });
  it('the parent named on its own still links', () => {
    expect(ids('وقالت منظمة الأغذية والزراعة للأمم المتحدة إن الأمم المتحدة قلقة.')).toEqual(['fao', 'united-nations']);
  });
});

describe('an elliptic ministry name inside a list of sectors', () => {
  it('«المال والطاقة والدفاع الروسية» is Russia\'s sectors, not its defence ministry (g-dev gd07, h-dev hd32)', () => {
    expect(ids('وتشمل العقوبات قطاعات المال والطاقة والدفاع الروسية.')).toEqual(['russia']);
  });
  it('the ministry still links on its own and in a list of ministries', () => {
    expect(ids('وقالت الدفاع الروسية إن قواتها تقدمت.')).toEqual(['russian-defense-ministry']);
    expect(ids('وقالت الخارجية والدفاع الروسية في بيان مشترك إن الوفد وصل.')).toContain('russian-defense-ministry');
  });
});

describe('a nisba of two words', () => {
  it('«الكورية الجنوبية» after a state body is South Korea (g-aside ga20)', () => {
    expect(ids('وقالت الاستخبارات الكورية الجنوبية إن الشمال أرسل قذائف.')).toEqual(['south-korea']);
    expect(ids('استدعت وزارة الخارجية الكورية الجنوبية السفير.')).toEqual(['south-korea']);
  });
});

describe('a person under a title and a regnal number', () => {
  it('«البابا لاون الرابع عشر» is Pope Leo XIV (g-aside ga19, h-dev hd07)', () => {
    expect(ids('جدد البابا لاون الرابع عشر دعوته إلى السلام.')).toEqual(['pope-leo-xiv']);
  });
});

describe('a capital and a nisba that are parts of other names', () => {
  it('a city\'s own institution is the city, not the government (h-dev hd20)', () => {
    expect(ids('جامعة كييف الوطنية تعلق الدراسة أسبوعا.')).toEqual([]);
    expect(ids('وقال رئيس بلدية كييف إن التدفئة انقطعت.')).toEqual([]);
    expect(ids('وقالت كييف إن التدفئة انقطعت.')).toEqual(['ukraine']);
  });
  it('«جورجي» after a definite nisba and before a name is a first name, not Georgia (h-dev hd06)', () => {
    const got = ids('استدعت الخارجية السفير الروسي جورجي زينوفييف.');
    expect(got).toContain('russia');
    expect(got).not.toContain('georgia');
    expect(ids('وقال وزير الخارجية الجورجي إن بلاده تؤيد العقوبات.')).toEqual(['georgia']);
  });
});
