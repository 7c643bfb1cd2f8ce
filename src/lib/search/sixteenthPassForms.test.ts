// Issue 15, sixteenth pass, part M (session 24): broken plurals of patterns no earlier pass read, the nisba
// of countries outside content/actors.yaml (content/search-countries.yaml), and two precision traps — a verb
// with an object pronoun after إذا، لو، ثم, and a ة word with ب as an adverb (بصفة، بدرجة). Sentences
// written here, in the shapes of the fixture pages.
import { describe, expect, it } from 'vitest';
import { finds, key, readAs } from './curatedMatch.testkit';

const LOW = { low: true, full: false };
const NONE = { low: false, full: false };

describe('broken plurals by pattern: a page with only the plural is found by the singular, after the pages that write it', () => {
  it('فعالنة with م first, hollow أفعلة and أفعال (the middle و/ي a consonant)', () => {
    expect(readAs('مطران', 'ترأس المطارنة قداس الميلاد في الكاتدرائية')).toEqual(LOW);
    expect(readAs('جوال', 'اشترى التجار الأجولة من الشركة في الشتاء')).toEqual(LOW);
    expect(readAs('سوار', 'باعت النساء الأسورة الذهبية في السوق')).toEqual(LOW);
    expect(readAs('حوض', 'تحتاج السفينة إلى أحد الأحواض الجافة')).toEqual(LOW);
  });
  it('فعاليل of a doubled middle letter, أفاعيل, فعاليل with ت first or (after the article) ف ب ك ل first', () => {
    expect(readAs('سكين', 'تأخر وصول السكاكين والأواني المستوردة')).toEqual(LOW);
    expect(readAs('دكان', 'أغلقت الدكاكين أبوابها مبكرا')).toEqual(LOW);
    expect(readAs('أسلوب', 'تشمل الرقابة الأساليب المستخدمة في الصيد')).toEqual(LOW);
    expect(readAs('أسطورة', 'يروي الأدلاء الأساطير المحلية للزوار')).toEqual(LOW);
    expect(readAs('تمثال', 'يعرض المتحف التماثيل الرومانية')).toEqual(LOW);
    expect(readAs('فنجان', 'تراجعت مبيعات الفناجين المستوردة')).toEqual(LOW);
  });
  it('فعول of things before an agreeing adjective', () => {
    expect(readAs('كهف', 'توسع الشركات الكهوف الملحية لتخزين الغاز')).toEqual(LOW);
  });
  it('not where the reading is another word, nor a clitic letter without the article', () => {
    // الأخيرة «the last» is no plural of خيار «option»; أحاديث no plural of أحداث «events».
    expect(readAs('خيار', 'في الجولة الأخيرة من المحادثات')).toEqual(NONE);
    expect(readAs('أحداث', 'تبادل الوزيران الأحاديث الجانبية')).toEqual(NONE);
    // Without the article ف may be «and»: «وفناجين» is read, «فناجين» after a verb is not.
    expect(readAs('فنجان', 'اشترى فناجين جديدة')).toEqual(NONE);
  });
});

describe('the nisba of a country outside content/actors.yaml, both ways', () => {
  it('the country finds the adjective, the adjective the country, the people’s plural the country', () => {
    expect(finds('فنزويلا', 'ارتفعت مشتريات الخام الفنزويلي')).toBe(true);
    expect(finds('تشاد', 'أغلقت السلطات الحدود التشادية')).toBe(true);
    expect(finds('أرز فيتنامي', 'وصلت شحنة من الأرز من فيتنام')).toBe(true);
    expect(finds('بحارة الفلبين', 'عاد البحارة الفلبينيون إلى مانيلا')).toBe(true);
    expect(finds('الطلاب الأفغان', 'قبلت الجامعة طلابا من أفغانستان')).toBe(true);
  });
  it('a country’s first letter is no clitic, and neighbours and peoples stay apart', () => {
    // «الفلبين» was read as ف + ل + «بين» (between).
    expect(key('الفلبين')).not.toBe(key('بين'));
    expect(finds('النيجر', 'منح لطلاب من نيجيريا')).toBe(false);
    expect(finds('تركمانستان', 'يطالب التركمان في كركوك بتمثيل أوسع')).toBe(false);
  });
});

describe('precision traps: a verb with its object, an adverb with ب', () => {
  it('after ثم، إذا، لو a word in تها is the verb, not a ة noun with a pronoun', () => {
    expect(readAs('الخزنة', 'اشترى الأجولة ثم خزنتها الشركة في مخازنها')).toEqual(NONE);
    expect(readAs('الطبخة', 'تصبح المرقة طبقا آخر إذا طبختها على الحطب')).toEqual(NONE);
    // Without such a word before it, the noun reading stays (قدمت طبختها: her dish).
    expect(readAs('الطبخة', 'قدمت السيدة طبختها للضيوف')).toEqual(LOW);
  });
  it('a ة word with ب and no article carries no ات plural key; with the article it does', () => {
    expect(readAs('الصفات', 'يتم القبول بصفة مؤقتة لمدة عام')).toEqual(NONE);
    expect(readAs('الدرجات', 'ارتفعت الأسعار بدرجة كبيرة')).toEqual(NONE);
    expect(readAs('الدرجات', 'حصل الطالب على الدرجة الأولى')).toEqual(LOW);
  });
});
