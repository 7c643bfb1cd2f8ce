// Twenty-third round, second wave (session 26): aside23's printed misses, fixed by rules that transfer —
// a dateline's date written as a day in words, or digits glued to the place by dashes; a credit line
// «خاص | NAME» and a section line over the headline; a feed reader's «unread» tab and a © line read as
// names; an unknown wire's short name in brackets; a Latin brand with a tagline after a dash.
// Pages written for this test (not aside23's text).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { parseDateline } from './dateline';

const { lex, fromText, page, idOf } = roundFixtures([]);
const STORY = 'بحث وزير الخارجية مع نظيره الروسي سبل إحياء المفاوضات بين موسكو وكييف، مؤكدا أهمية تأمين ممرات تصدير الحبوب عبر البحر الأسود.';
const MORE = 'وتطرق الاتصال إلى العلاقات الثنائية وفرص توسيع التعاون في مجالي الطاقة والتعليم.';
const LAST = 'واتفق الجانبان على مواصلة التشاور خلال الأسابيع المقبلة.';

describe('a dateline whose date is a day in words with a month name', () => {
  it('«الكويت في أول ديسمبر /كونا/ …»: place, the wire between slashes, the date kept as printed, the story clean', () => {
    const text = `الكويت في أول ديسمبر /كونا/ ${STORY}`;
    const d = parseDateline(text, lex);
    expect(d?.place).toBe('الكويت');
    expect(d?.date).toBe('في أول ديسمبر');
    expect(idOf(d?.agency?.name)).toBe('kuna');
    expect(text.slice(d!.end)).toBe(STORY);
  });
  it('«مطلع» and an ordinal with «من» («المنامة في الثالث من ديسمبر (بنا) -»)', () => {
    expect(idOf(parseDateline(`جدة في مطلع ديسمبر (واس) - ${STORY}`, lex)?.agency?.name)).toBe('spa');
    expect(idOf(parseDateline(`المنامة في الثالث من ديسمبر (بنا) - ${STORY}`, lex)?.agency?.name)).toBe('bna');
  });
  it('the date reader reads the shape, and a story word before a month is no day («في شهر ديسمبر» has no day word)', () => {
    expect(lex.dates.isWordDay('في ثاني ديسمبر')).toBe(true);
    expect(lex.dates.isWordDay('غرة كانون الأول')).toBe(true);
    expect(lex.dates.isWordDay('في شهر ديسمبر')).toBe(false);
    expect(lex.dates.isWordDay('أول اجتماع')).toBe(false);
  });
});

describe('digits glued to the place by dashes, a bracketed agency closed by doubled dashes', () => {
  it('«الدوحة-3-12(قنا)-- …»: place, QNA, the story clean', () => {
    const text = `الدوحة-3-12(قنا)-- ${STORY}`;
    const d = parseDateline(text, lex);
    expect(d?.place).toBe('الدوحة');
    expect(idOf(d?.agency?.name)).toBe('qna');
    expect(text.slice(d!.end)).toBe(STORY);
  });
  it('with a space before the bracket: «عمان-4-12 (بترا)--» on a page, the lead clean', () => {
    const headline = 'الأردن يرحب بأي مبادرة لاستئناف الحوار بين موسكو وكييف';
    const got = fromText(page('صوت البلقاء', 'الرئيسية', 'محليات', headline, '04/12/2026', `عمان-4-12 (بترا)-- ${STORY}`, MORE, LAST));
    expect(idOf(got.article.agency)).toBe('petra');
    expect(got.article.paragraphs[0]).toBe(STORY);
  });
});

describe('a credit line and a section line over the headline are never the headline', () => {
  const lead = 'قال دبلوماسيون لموقع أنباء الوادي إن العواصم الأوروبية تدرس مقترحا جديدا لمراقبة وقف إطلاق النار في أوكرانيا بمشاركة دول محايدة.';
  // A headline that paraphrases its story: the lead repeats less of it than of the credit line naming the site.
  const headline = 'دبلوماسيون: خطة رقابة محايدة للهدنة على طاولة الأوروبيين';
  it('«خاص | أنباء الوادي» under the headline, a lead naming the site: the headline stays, the credit line is clutter', () => {
    const got = fromText(page('أنباء الوادي', 'الرئيسية', 'سياسة', 'اقتصاد', headline, '3/12/2026 - 10:05', 'خاص | أنباء الوادي', lead, MORE, LAST));
    expect(got.article.title).toBe(headline);
  });
  it('the name first: «أنباء الوادي - متابعات»', () => {
    const got = fromText(page('أنباء الوادي', 'الرئيسية', 'سياسة', 'اقتصاد', headline, '3/12/2026 - 10:05', 'أنباء الوادي - متابعات', lead, MORE, LAST));
    expect(got.article.title).toBe(headline);
  });
  it('«قرارات مجلس الشورى» in the menu over «مجلس الشورى يوصي …»: the longer line the lead repeats as much is the headline', () => {
    const title = 'مجلس الشورى يوصي بدعم الحلول السياسية للأزمة الروسية الأوكرانية';
    const body = 'أوصى مجلس الشورى في جلسته الأسبوعية بدعم كل الحلول السياسية للأزمة الروسية الأوكرانية، وبتعزيز المخزون الاستراتيجي من القمح.';
    const got = fromText(page('صحيفة الأفلاج', 'الرئيسية', 'التشريعات', 'قرارات مجلس الشورى', 'الأخبار', 'الأحد 6 ديسمبر 2026', title, body, MORE, LAST));
    expect(got.article.title).toBe(title);
  });
  it('control: a short headline whose words the line below does not hold stays the headline', () => {
    const title = 'هدنة الشتاء على الطاولة';
    const body = 'وضعت هدنة الشتاء على الطاولة مجددا بعد أن أبدت موسكو وكييف استعدادهما لبحث وقف الضربات على منشآت الطاقة.';
    const got = fromText(page('صحيفة الأفلاج', 'الرئيسية', 'دولي', title, 'الأحد 6 ديسمبر 2026', body, MORE, LAST));
    expect(got.article.title).toBe(title);
  });
});

describe('interface text and rights phrases are never names', () => {
  it('a feed reader opening on its «unread» tab: the feed\'s title is the outlet, not the tab', () => {
    const headline = 'وزير الخارجية يبحث مع نظيره الروسي إحياء المفاوضات';
    const got = fromText(page('غير مقروءة', 'المفضلة', 'الخلاصات', 'السجل', 'الإعدادات', 'إذاعة الجنوب - الأخبار', headline, 'إذاعة الجنوب · 5 ديسمبر 2026', STORY, MORE, LAST, 'تحديد كمقروء', 'فتح الرابط الأصلي'));
    expect(got.article.source).toBe('إذاعة الجنوب');
  });
  it('«NAME © 2026 - كل الحقوق محفوظة» under a Latin-only masthead: the name, never the rights phrase', () => {
    const headline = 'الكرملين ينفي وجود اتصالات سرية مع كييف بشأن تبادل الأسرى';
    const got = fromText(page('TAZA PRESS', 'الرئيسية', 'جهوية', headline, 'الجمعة 4 ديسمبر 2026', `موسكو (أ ف ب) – ${STORY}`, MORE, LAST, 'تازة بريس © 2026 - كل الحقوق محفوظة'));
    expect(got.article.source).toBe('تازة بريس');
  });
});

describe('a wire\'s short name in brackets that no list knows', () => {
  const headline = 'الدنمارك تعلن دعما جديدا لأوكرانيا وتدعو إلى مفاوضات جادة';
  it('«كوبنهاغن (ريتساو) -» on a page that prints the name nowhere else: the agency, not the outlet', () => {
    const got = fromText(page('الجسر الدنماركي', 'الرئيسية', 'الدنمارك', headline, '7 ديسمبر 2026', `كوبنهاغن (ريتساو) - ${STORY}`, MORE, LAST));
    expect(got.article.agency).toBe('ريتساو');
    expect(got.article.source).toBe('الجسر الدنماركي');
  });
  it('control: the masthead\'s own word in brackets («أربيل (الجسر) -» under «الجسر الكردي») is no agency', () => {
    const got = fromText(page('الجسر الكردي', 'الرئيسية', 'كردستان', headline, '7 ديسمبر 2026', `أربيل (الجسر) - ${STORY}`, MORE, LAST));
    expect(got.article.agency ?? null).toBeNull();
  });
  it('«تسنيم» in brackets is Tasnim', () => {
    expect(idOf(parseDateline(`طهران (تسنيم) - ${STORY}`, lex)?.agency?.name)).toBe('tasnim');
  });
});

describe('a Latin brand with its tagline after a spaced dash spells the masthead', () => {
  it('«Al-Manara – La Voix du Québec» under «المنارة» with no date on the page: the outlet is read', () => {
    const headline = 'كندا تمدد برنامج استقبال الأوكرانيين لعام إضافي';
    const got = fromText(page('المنارة', 'Al-Manara – La Voix du Québec', 'أسبوعية عربية', 'الرئيسية', 'كندا', headline, `أوتاوا - ${STORY}`, MORE, LAST, '© Al-Manara 2026'));
    expect(got.article.source).toBe('المنارة');
  });
});
