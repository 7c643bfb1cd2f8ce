// Thirty-sixth round (session 39, helper 13o): the outlet by the frame's own evidence — a name the head and the foot both
// print inside other furniture, the name-shaped line over the menu under furniture lines, a name beside its line's
// furniture (a time, a count), and furniture glued after a name cut; and guards (a menu entry the footer links again, a
// sponsor named at the head and the foot, a story's subject in the frame, a top bar over the menu, a reading masthead).
// Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { fromText, page } = roundFixtures(['dev']);

const HEADLINE = 'مجلس البلدية يقر خطة لتخزين القمح تحسبا لتأخر الشحنات من البحر الأسود';
const LEAD = 'أقر مجلس البلدية خطة لتخزين القمح تحسبا لتأخر الشحنات القادمة من البحر الأسود، مع استمرار الحرب في أوكرانيا.';
const MORE = 'وقال رئيس المجلس إن الخطة تشمل إصلاح صومعتين قديمتين خلال أربعة أشهر.';
const MENU = ['الرئيسية', 'محليات', 'دولي'];
const DATE = '8 ديسمبر 2027';

describe('a name the head and the foot of the frame both print', () => {
  it('a search box\'s placeholder and a footer\'s about link', () => {
    const x = fromText(page('ابحث في نجمة الوادي…', ...MENU, HEADLINE, DATE, LEAD, MORE, 'عن نجمة الوادي | اتصل بنا | الخصوصية'));
    expect(x.article?.source).toBe('نجمة الوادي');
  });
  it('a welcome line and a newsletter box naming it with a glued «لـ»', () => {
    const x = fromText(page('أهلا بكم في قافلة الصحراء', ...MENU, HEADLINE, DATE, LEAD, MORE, 'سجلوا في النشرة الأسبوعية لقافلة الصحراء'));
    expect(x.article?.source).toBe('قافلة الصحراء');
  });
  it('a menu entry the footer links again is a section, not the site', () => {
    const x = fromText(page('الرئيسية', 'البرامج', 'البث المباشر', HEADLINE, DATE, LEAD, MORE, 'شاهد البث المباشر الآن'));
    expect(x.article?.source).toBeUndefined();
  });
  it('a sponsor at the head and the foot names the sponsor, not the site', () => {
    const x = fromText(page('برعاية شركة النخيل الذهبي', ...MENU, HEADLINE, DATE, LEAD, MORE, 'برعاية شركة النخيل الذهبي للتجارة'));
    expect(x.article?.source).not.toBe('النخيل الذهبي');
  });
  it('the story\'s own subject in the frame is no name', () => {
    const x = fromText(page('ملف البحر الأسود', ...MENU, HEADLINE, DATE, LEAD, MORE, 'المزيد عن البحر الأسود'));
    expect(x.article?.source).toBeUndefined();
  });
});

describe('the name-shaped line over the menu, under furniture', () => {
  it('under a cookie banner and its button', () => {
    const x = fromText(page('نستخدم ملفات تعريف الارتباط لتحسين تجربة القراءة على الموقع', 'أوافق', 'منارة السهل', ...MENU, HEADLINE, DATE, LEAD, MORE));
    expect(x.article?.source).toBe('منارة السهل');
  });
  it('under a currency ticker', () => {
    const x = fromText(page('الدولار 3.75 | اليورو 4.02', 'منارة السهل', ...MENU, HEADLINE, DATE, LEAD, MORE));
    expect(x.article?.source).toBe('منارة السهل');
  });
  it('a top bar of two short lines over the menu is no furniture of that kind: nothing read', () => {
    const x = fromText(page('بحث', 'تسجيل الدخول', ...MENU, HEADLINE, DATE, LEAD, MORE));
    expect(x.article?.source).toBeUndefined();
  });
});

describe('a name beside its line\'s furniture', () => {
  it('a copy\'s site line with a relative time and a reading time', () => {
    const x = fromText(page(HEADLINE, 'غيمة الريف • منذ 5 ساعات • 3 دقائق قراءة', DATE, LEAD, MORE));
    expect(x.article?.source).toBe('غيمة الريف');
  });
  it('guard: a person\'s name beside the time is a byline, not the site', () => {
    const x = fromText(page(HEADLINE, 'ياسر القاضي • منذ 5 ساعات • 3 دقائق قراءة', DATE, LEAD, MORE));
    expect(x.article?.source).not.toBe('ياسر القاضي');
  });
});

describe('furniture glued after a name', () => {
  it('«NAME — الموقع الرسمي» over the menu: the name', () => {
    const x = fromText(page('ظلال الجبل — الموقع الرسمي', ...MENU, HEADLINE, DATE, LEAD, MORE));
    expect(x.article?.source).toBe('ظلال الجبل');
  });
});
