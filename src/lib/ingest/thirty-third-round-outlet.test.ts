// Thirty-third round (session 36, helper 13o): the outlet's name by its shape — a share button, a counter, a menu
// button, a weekday's date or a network's line is no name; a markdown image is read by its alt text — and names
// printed in shapes no rule read: the footer naming the site's Arabic service, follow and join lines naming their
// platform (weak, agreed by the lead), the masthead under a regional slogan, a section link that is no origin.
// Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { markdownText, notANameByShape } from './outlet-shape';

const { fromText, page, lex } = roundFixtures(['dev']);

const HEADLINE = 'مجلس المحافظة يقر خطة لتوسيع مخازن الحبوب قبل الشتاء';
const LEAD = 'أقر مجلس المحافظة خطة لتوسيع مخازن الحبوب قبل حلول الشتاء، بعد تأخر شحنات القمح القادمة من البحر الأسود.';
const MORE = 'وقال رئيس المجلس إن الخطة تشمل بناء صومعتين جديدتين وإصلاح المخازن القديمة خلال ستة أشهر.';
const MENU = ['الرئيسية', 'محليات', 'اقتصاد'];

describe('a candidate is a name by its shape', () => {
  it('interface labels, counts and a weekday\'s date are no names', () => {
    expect(notANameByShape('شارك', lex)).toBeDefined();
    expect(notANameByShape('[شارك](https://x.example/share) [طباعة](https://x.example/print)', lex)).toBeDefined();
    expect(notANameByShape('☰ القائمة', lex)).toBeDefined();
    expect(notANameByShape('عدد الزوار: 20731', lex)).toBeDefined();
    expect(notANameByShape('👁 3,118 مشاهدة', lex)).toBeDefined();
    expect(notANameByShape('الخميس، 9 ديسمبر 2027', lex)).toBeDefined();
    expect(notANameByShape('إحدى منصات مجموعة السنديان للإعلام', lex)).toBeDefined();
  });
  it('names keep their shape, a number in a name too', () => {
    expect(notANameByShape('شرفات نيوز', lex)).toBeUndefined();
    expect(notANameByShape('وادي السنديان 24', lex)).toBeUndefined();
    expect(notANameByShape('الخميس نت', lex)).toBeUndefined();
  });
  it('a markdown image is read by its alt text, less the logo word', () => {
    expect(markdownText('![شعار عرب بلفاست](https://arabsbelfast.example/logo.svg)', lex)).toBe('عرب بلفاست');
    expect(markdownText('![عرب بلفاست](https://arabsbelfast.example/logo.png)', lex)).toBe('عرب بلفاست');
    expect(markdownText('عرب بلفاست', lex)).toBeUndefined();
  });
});

describe('the masthead under the furniture a template prints over it', () => {
  it('a markdown dump: the image\'s alt text is the masthead, the share link at the foot no outlet', () => {
    const x = fromText(page('![عرب بلفاست](https://arabsbelfast.example/logo.png)', '[الرئيسية](https://arabsbelfast.example/) [الجالية](https://arabsbelfast.example/c)',
      `# ${HEADLINE}`, '9 December 2027', LEAD, MORE, '[شارك](https://arabsbelfast.example/share)'));
    expect(x.article?.source).toBe('عرب بلفاست');
  });
  it('a visitor counter and a menu button over the masthead: the masthead', () => {
    expect(fromText(page('عدد الزوار: 20731', 'شرفات نيوز', ...MENU, HEADLINE, '9 ديسمبر 2027', LEAD, MORE)).article?.source).toBe('شرفات نيوز');
    expect(fromText(page('☰ القائمة', 'بحث', 'شرفات نيوز', ...MENU, HEADLINE, '9 ديسمبر 2027', LEAD, MORE)).article?.source).toBe('شرفات نيوز');
  });
  it('a network\'s line over the masthead: the masthead prints the page', () => {
    expect(fromText(page('إحدى منصات مجموعة السنديان للإعلام', 'سنديان الساحل', ...MENU, HEADLINE, '9 ديسمبر 2027', LEAD, MORE)).article?.source).toBe('سنديان الساحل');
  });
  it('a regional slogan over a masthead closed by a site\'s word: the masthead', () => {
    expect(fromText(page('صوت الهضبة الوسطى', 'شرفات نيوز', ...MENU, HEADLINE, '9 ديسمبر 2027', LEAD, MORE, 'المصدر: واس')).article?.source).toBe('شرفات نيوز');
  });
});

describe('names printed in the frame in shapes no rule read', () => {
  it('the footer naming the site\'s Arabic service under a Latin brand', () => {
    const x = fromText(page('Radio Tallinn International', 'Avaleht  Uudised  Maailm', HEADLINE, '09.12.2027.', LEAD, MORE, 'البرنامج العربي لراديو تالين الدولي', '© ERR 2027'));
    expect(x.article?.source).toBe('راديو تالين الدولي');
  });
  it('a follow line naming its platform and the lead quoting the site agree', () => {
    const lead = 'قال مسؤولون في البلدية لـ«عرب دنفر» إن الخطة تشمل بناء صومعتين جديدتين قبل حلول الشتاء.';
    const x = fromText(page('Home  Community  World', HEADLINE, 'December 9, 2027', lead, MORE, 'تابعونا على فيسبوك: عرب دنفر'));
    expect(x.article?.source).toBe('عرب دنفر');
  });
  it('a join line «اشتركوا في قناة NAME على يوتيوب» with the lead\'s «أفاد مراسل NAME»', () => {
    const lead = 'أفاد مراسل شرفات نيوز بأن مجلس المحافظة أقر خطة لتوسيع مخازن الحبوب قبل حلول الشتاء.';
    const x = fromText(page(...MENU, HEADLINE, '9 ديسمبر 2027', lead, MORE, 'اشتركوا في قناة شرفات نيوز على يوتيوب'));
    expect(x.article?.source).toBe('شرفات نيوز');
  });
  it('«اقرأ المزيد من أخبار كندا» with «كندا» in the menu is a section, not the origin', () => {
    const x = fromText(page('صوت ريجاينا', 'Regina Voice', 'الرئيسية', 'كندا', 'العالم', '2027-12-09', LEAD, MORE, 'اقرأ المزيد من أخبار كندا'));
    expect(x.article?.source).toBe('صوت ريجاينا');
  });
});

describe('guards', () => {
  it('a share bar naming the networks names no outlet: the masthead does', () => {
    expect(fromText(page('شرفات نيوز', ...MENU, HEADLINE, '9 ديسمبر 2027', LEAD, MORE, 'شارك عبر: فيسبوك | تويتر | واتساب')).article?.source).toBe('شرفات نيوز');
  });
  it('a follow line naming a platform only names no site', () => {
    expect(fromText(page(...MENU, HEADLINE, '9 ديسمبر 2027', LEAD, MORE, 'تابعونا على فيسبوك: فيسبوك')).article?.source).toBeUndefined();
  });
  it('a slogan alone on top with no masthead under it stays what it was', () => {
    const x = fromText(page('صوت الهضبة الوسطى', HEADLINE, '9 ديسمبر 2027', LEAD, MORE));
    expect(x.article?.source).not.toBe(HEADLINE);
  });
});
