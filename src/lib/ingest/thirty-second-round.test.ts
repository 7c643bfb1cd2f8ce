// Thirty-second round (session 35, helper 13f): copies made by feed readers, a wire's source line beside the
// site's own name, an institution over its publication, the site's own photo credit agreeing with its lead.
// Pages here are written for the test (invented names), not fixtures.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { buildDateReader } from './dates';
import { isSlogan } from './tagline-names';

const { fromText, page, lex, idOf } = roundFixtures(['dev']);

const HEADLINE = 'مجلس المحافظة يقر خطة لتوسيع مخازن الحبوب قبل الشتاء';
const LEAD = 'أقر مجلس المحافظة خطة لتوسيع مخازن الحبوب قبل حلول الشتاء، بعد تأخر شحنات القمح القادمة من البحر الأسود.';
const MORE = 'وقال رئيس المجلس إن الخطة تشمل بناء صومعتين جديدتين وإصلاح المخازن القديمة خلال ستة أشهر.';
const MENU = ['الرئيسية', 'محليات', 'اقتصاد'];

describe('the en-US date a browser tool prints', () => {
  const dates = buildDateReader(lex.data.dateWords);
  it('reads «M/D/YYYY, h:mm:ss AM» month first', () => {
    expect(dates.parse('6/21/2027, 7:45:12 PM')).toBe('2027-06-21');
    expect(dates.parse('5/6/2027, 9:05 AM')).toBe('2027-05-06');
  });
  it('a slashed date without the twelve-hour clock stays day first', () => {
    expect(dates.parse('5/6/2027')).toBe('2027-06-05');
    expect(dates.parse('21/6/2027 - 10:30')).toBe('2027-06-21');
  });
});

describe('a feed reader\'s copy: its chrome never the outlet, the feed\'s title and the item\'s date read', () => {
  it('Feedbro: the feed\'s title less its unread count, the item\'s date', () => {
    const x = fromText(page('Feedbro', 'Mark all read  Refresh  Settings', 'أنوار الواحة (15)', '7/3/2027, 6:20:41 PM', HEADLINE, LEAD, MORE, 'Open in new tab'));
    expect(x.article?.source).toBe('أنوار الواحة');
    expect(x.article?.date).toBe('2027-07-03');
    expect(x.article?.title).toBe(HEADLINE);
  });
  it('Feedbro\'s chrome alone names no outlet', () => {
    const x = fromText(page('Feedbro', 'Mark all read  Refresh  Settings', '7/3/2027, 6:20:41 PM', HEADLINE, LEAD, MORE, 'Open in new tab'));
    expect(x.article?.source).toBeUndefined();
    expect(x.article?.date).toBe('2027-07-03');
  });
  it('a notes app\'s note: the site line its title repeats, never the app\'s edit line', () => {
    const x = fromText(page('حفظ: مرفأ الجنوب - المخازن', '#أخبار', 'Modified Jul 5, 2027 9:10 AM', 'مرفأ الجنوب', HEADLINE, '4 يوليو 2027', LEAD, MORE, '120 words'));
    expect(x.article?.source).toBe('مرفأ الجنوب');
    expect(x.article?.date).toBe('2027-07-04');
    // A note with no line its title repeats names no site.
    expect(fromText(page('ملاحظة عن المخازن', '#أخبار', 'Modified Jul 5, 2027 9:10 AM', HEADLINE, '4 يوليو 2027', LEAD, MORE)).article?.source).toBeUndefined();
  });
  it('«from NAME · DATE» under the headline (Feedly): the feed\'s name, the date kept', () => {
    const x = fromText(page('feedly', 'Today', HEADLINE, 'from مرفأ الجنوب · Jul 4, 2027', LEAD, MORE, 'Visit Website'));
    expect(x.article?.source).toBe('مرفأ الجنوب');
    expect(x.article?.date).toBe('2027-07-04');
  });
});

describe('a wire\'s source line beside the site\'s own name', () => {
  it('a footer «NAME.. slogan» or «NAME – slogan»: the site the outlet, the wire the agency', () => {
    for (const footer of ['ضفاف الخابور.. صوت الجزيرة السورية', 'ضفاف الخابور – نافذتكم على الشمال']) {
      const x = fromText(page(...MENU, HEADLINE, '3 تموز 2027', LEAD, MORE, 'المصدر: واع', footer));
      expect(x.article?.source).toBe('ضفاف الخابور');
      expect(idOf(x.article?.agency)).toBe('ina');
    }
  });
  // The fortieth round settled the README's convention: the wire is the agency only (dev u2809 relabelled).
  it('a page naming no site of its own: the credited wire is the agency, no outlet is named (the README\'s convention)', () => {
    const x = fromText(page(...MENU, HEADLINE, '3 تموز 2027', LEAD, MORE, 'المصدر: واع'));
    expect(x.article?.source ?? null).toBeNull();
    expect(idOf(x.article?.agency)).toBe('ina');
  });
  it('a slogan opens with a slogan\'s word and holds two to five words', () => {
    expect(isSlogan('صوت الساحل الأيسر', lex)).toBe(true);
    expect(isSlogan('نافذتكم على الشمال', lex)).toBe(true);
    expect(isSlogan('صوت', lex)).toBe(false);
    expect(isSlogan('الحرم الرئيسي', lex)).toBe(false);
  });
});

describe('an institution over its publication', () => {
  it('a university\'s name over its student paper\'s masthead: the paper', () => {
    const x = fromText(page('جامعة الوادي الأخضر', 'صوت الوادي', ...MENU, HEADLINE, '3 تموز 2027', LEAD, MORE, 'جامعة الوادي الأخضر - الحرم الجامعي'));
    expect(x.article?.source).toBe('صوت الوادي');
    expect(x.article?.title).toBe(HEADLINE);
  });
  it('a party\'s name over «جريدة …»: the paper', () => {
    expect(fromText(page('حزب الغد الديمقراطي', 'جريدة الغد الجديد', ...MENU, HEADLINE, '3 تموز 2027', LEAD, MORE)).article?.source).toBe('جريدة الغد الجديد');
  });
  it('guard: a state\'s name under an office\'s letterhead is no publication', () => {
    expect(fromText(page('مجلس الشورى', 'دولة قطر', ...MENU, HEADLINE, '3 تموز 2027', LEAD, MORE)).article?.source).toBe('مجلس الشورى');
  });
  it('guard: the institution alone over its menu stays the outlet', () => {
    expect(fromText(page('جامعة الوادي الأخضر', ...MENU, HEADLINE, '3 تموز 2027', LEAD, MORE, 'جامعة الوادي الأخضر - جميع الحقوق محفوظة')).article?.source).toBe('جامعة الوادي الأخضر');
  });
});

describe('the site\'s own photo credit and its lead', () => {
  const lead = (frame: string) => `${frame} إن المحافظة ستوسع مخازن الحبوب قبل حلول الشتاء بعد تأخر شحنات القمح القادمة من البحر الأسود.`;
  it('«تصوير: فريق NAME» and «قال … لـ"NAME"»: the site', () => {
    const x = fromText(page(...MENU, HEADLINE, 'صوامع في أطراف المدينة - تصوير: فريق نخيل برس', '3 تموز 2027', lead('قال رئيس المجلس لـ"نخيل برس"'), MORE));
    expect(x.article?.source).toBe('نخيل برس');
  });
  it('«عدسة NAME» and «أفاد مراسل NAME بأن»: the site', () => {
    const raw = page(...MENU, HEADLINE, 'صوامع في أطراف المدينة - عدسة نخيل برس', '3 تموز 2027', `أفاد مراسل نخيل برس بأن المحافظة ستوسع مخازن الحبوب قبل حلول الشتاء بعد تأخر الشحنات.`, MORE);
    expect(fromText(raw).article?.source).toBe('نخيل برس');
  });
  it('guards: the credit alone, a wire\'s credit, a person\'s credit name no site', () => {
    expect(fromText(page(...MENU, HEADLINE, 'صوامع في أطراف المدينة - تصوير: فريق نخيل برس', '3 تموز 2027', LEAD, MORE)).article?.source).toBeUndefined();
    expect(fromText(page(...MENU, HEADLINE, 'صوامع في أطراف المدينة - تصوير: رويترز', '3 تموز 2027', lead('قال رئيس المجلس لرويترز'), MORE)).article?.source).toBeUndefined();
    expect(fromText(page(...MENU, HEADLINE, 'تصوير: سامي الأحمد', '3 تموز 2027', LEAD, MORE)).article?.source).toBeUndefined();
  });
});
