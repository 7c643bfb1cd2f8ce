// Forty-seventh session (13p): a fresh probe of real pages (94 excerpts, 88 sites; a third the lead's held-out pool, the
// rest tuned on in two parts). Its tune part's outlet and date misses, read by their words: a stock-photo agency in a
// caption's bracket read as a dateline's outlet, a section's head and adjective read as the site, a language switch over a
// staff box read as the site, an export's date field glued to the page's own link, a byline naming a known outlet, a
// long caption's day read as the masthead's date. Pages in our own words (dev u4400–u4428; the aside third u4402, u4405,
// u4408, u4411, u4414, u4417, u4420, u4423, u4428 is not read here); the real text stays outside the repository
// (docs/ingest.md «Forty-fourth round: a fresh probe of real pages (helper 13p)»).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { datedLink, isLanguageSwitch, isSectionWithAdjective, isStockPhotoAgency, linkPart } from './interface-names';
import { notAPublisher } from './outlet-candidates';
import { labelShaped, labelWords } from './story-label';
import { classifyLine } from './classify';

const { lex, fromText, extract, idOf } = roundFixtures(['dev']);
const HEAD = 'موسكو وكييف تبحثان عبر وسطاء تبادلا جديدا للأسرى قبل نهاية الشهر';
const LEAD = 'بحث مفاوضون من موسكو وكييف عبر وسطاء إقليميين صفقة جديدة لتبادل الأسرى قد تتم قبل نهاية الشهر الجاري، وفق مصادر مطلعة.';
const MORE = 'وقالت المصادر إن القوائم تضم مدنيين وعسكريين، وإن الطرفين اتفقا على تسليم الجثامين في المرحلة نفسها.';
const page = (...lines: string[]) => fromText(lines.join('\n'));

describe('a language switch is no site\'s name (interface-names.ts)', () => {
  it('every token a language\'s name or code', () => {
    expect(isLanguageSwitch('english EN', lex)).toBe(true);
    expect(isLanguageSwitch('Français | FR', lex)).toBe(true);
    expect(isLanguageSwitch('Türkçe TR', lex)).toBe(true);
  });
  it('a brand holding a language\'s name, or Arabic «العربية», is not one', () => {
    expect(isLanguageSwitch('Sada Elbalad english', lex)).toBe(false);
    expect(isLanguageSwitch('العربية', lex)).toBe(false);
    expect(notAPublisher('العربية', lex)).toBeUndefined();
  });
  it('refused as a publisher wherever read; over a staff box the © line names the site', () => {
    expect(notAPublisher('english EN', lex)).toMatch(/language switch/);
    const x = page('Français FR', 'المدير العام', 'يوسف بن علي', '', 'الرئيسية', 'دولي', '', HEAD, '22 أفريل 2028', '', LEAD, '', MORE, '', 'جميع الحقوق محفوظة © 2028 واحة الجنوب');
    expect(x.article.source).toBe('واحة الجنوب');
  });
});

describe('a stock-photo agency credits a picture, never a site (interface-names.ts)', () => {
  it('by its name, brackets aside', () => {
    expect(isStockPhotoAgency('Getty Images', lex)).toBe(true);
    expect(isStockPhotoAgency('(Shutterstock)', lex)).toBe(true);
    expect(isStockPhotoAgency('CNN', lex)).toBe(false);
    expect(notAPublisher('Getty', lex)).toMatch(/stock-photo/);
  });
  it('a caption «… في PLACE، DATE (Getty)» over the lead names no outlet; a real dateline\'s bracketed outlet stays', () => {
    expect(page(HEAD, '16 مارس 2028', '', 'الوزير يستقبل الموفدين في عمّان، 16 مارس 2028 (Getty)', '', LEAD, '', MORE).article.source).toBeUndefined();
    expect(idOf(extract('u4403').article.source)).toBe('cnn-arabic');
  });
});

describe('a section\'s head and its adjective is the story\'s label (story-label.ts, interface-names.ts)', () => {
  it('head + adjective, not head + a name\'s own word', () => {
    expect(isSectionWithAdjective('تقارير خاصة', lex)).toBe(true);
    expect(isSectionWithAdjective('أحداث خاصة', lex)).toBe(true);
    expect(isSectionWithAdjective('أحداث الساعة', lex)).toBe(false);
    expect(labelShaped('ملفات ساخنة', labelWords(lex))).toBe(true);
    expect(labelShaped('أحداث الساعة', labelWords(lex))).toBe(false);
  });
  it('on a page: alone over the headline, no outlet', () => {
    expect(page('أحداث خاصة', '', HEAD, '2028-04-14', '', LEAD, '', MORE).article.source).toBeUndefined();
  });
});

describe('an export\'s date field glued to the page\'s own link (interface-names.ts)', () => {
  it('the field\'s date and the link', () => {
    expect(datedLink('date 2025-10-21 https://sarabic.ae/20251021/x-1106259715.html')).toEqual({ iso: '2025-10-21', link: 'https://sarabic.ae/20251021/x-1106259715.html' });
    expect(linkPart('date 2025-10-21 قال الوزير')).toBe('date 2025-10-21 قال الوزير');
    expect(classifyLine('date 2025-10-21 https://sarabic.ae/20251021/x.html', lex)).toMatchObject({ kind: 'date', value: '2025-10-21' });
  });
  it('on a page: the date, and the outlet its domain maps to; a channel host names no one', () => {
    const x = page('date 2028-03-14 https://www.aljazeera.net/news/2028/3/14/x', '', HEAD, '', LEAD, '', MORE);
    expect(x.article.date).toBe('2028-03-14');
    expect(idOf(x.article.source)).toBe('al-jazeera');
    const t = page('date 2028-02-11 https://t.me/channel/4521', '', HEAD, '', LEAD, '', MORE);
    expect(t.article.date).toBe('2028-02-11');
    expect(t.article.source).toBeUndefined();
  });
});

describe('a byline naming an outlet sources.yaml knows (metadata-credits.ts)', () => {
  it('«بقلم: فرانس 24 مع أ ف ب»: the outlet and the agency', () => {
    const x = page(HEAD, 'بقلم: فرانس 24 مع أ ف ب', '25/04/2028', '', LEAD, '', MORE);
    expect(idOf(x.article.source)).toBe('france24');
    expect(idOf(x.article.agency)).toBe('afp');
  });
  it('a reporter with a wire under a masthead: the masthead stays, the wire the agency', () => {
    const x = page('نبض الوادي', '', HEAD, 'بقلم: رنا الخطيب مع أ ف ب', '28 نيسان 2028', '', LEAD, '', MORE, '', 'جميع الحقوق محفوظة © 2028 نبض الوادي');
    expect(x.article.source).toBe('نبض الوادي');
    expect(idOf(x.article.agency)).toBe('afp');
  });
});

describe('a long caption dates its picture, not the page (date-choice.ts)', () => {
  const caption = 'وزير الخارجية يتحدث إلى الصحفيين عقب لقائه نظيره الأوكراني في العاصمة أنقرة يوم 3 مايو 2028 لبحث أمن الملاحة التجارية.';
  it('printed twice, once with its rights credit, on a page with no date: no date', () => {
    expect(page(HEAD, '', caption, `${caption}   -   حقوق النشر  رويترز   -`, '', LEAD, '', MORE).article.date).toBeUndefined();
  });
  it('a print masthead\'s date line of under twenty words is still read', () => {
    expect(page('الوحدة', 'السنة الحادية والعشرون - العدد 7421 - الأحد 7 مايو 2028 الموافق 11 ذو القعدة 1449 هـ', 'دوليات', '', HEAD, '', LEAD, '', MORE).article.date).toBe('2028-05-07');
  });
});

describe('the development pages (never the aside third)', () => {
  it('read as labelled', () => {
    expect(extract('u4400').article.source).toBe('نافذة الأغوار');
    expect(extract('u4404').article.source).toBeUndefined();
    expect(extract('u4406').article.source).toBe('نبأ الريف');
    expect(extract('u4407').article.source).toBe('أحداث الساعة');
    expect(extract('u4409').article.source).toBe('واحة النخيل');
    expect(extract('u4410').article.source).toBe('شرفات بيروت');
    expect(idOf(extract('u4412').article.source)).toBe('al-jazeera');
    expect(idOf(extract('u4413').article.source)).toBe('sky-news-arabia');
    expect(extract('u4415').article.date).toBe('2028-02-11');
    expect(idOf(extract('u4416').article.source)).toBe('france24');
    expect(idOf(extract('u4418').article.source)).toBe('sky-news-arabia');
    expect(extract('u4419').article.source).toBe('نبض البادية');
    expect(extract('u4424').article.source).toBeUndefined();
    expect(extract('u4426').article.date).toBeUndefined();
    expect(extract('u4427').article.date).toBe('2028-05-07');
  });
});
