// Twentieth round, part H (session 23): headlines and dates on print editions, social posts and
// Maghreb pages — a print edition's party line («لسان حزب …») never the headline; a VK/OK post's
// community name its outlet, not its headline; French and Russian month names beside the Arabic
// series; a rights line read only by its rights phrase (`rightsPhrases`), not by any «حقوق». Dev pages
// u1240–u1263 written before any change (the aside third `dev-aside-23h` — u1241, u1244, u1247, u1250,
// u1253, u1256, u1259, u1262 — is never asserted here), aside19 (spent this round), and pages written
// for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { copyrightName } from './site-name';
import { peelCopyWrapper } from './copy-wrapper';

const { lex, fromText, extract, page } = roundFixtures(['dev', 'aside19']);
const HEADLINE = 'الوسطاء يعرضون جدولا زمنيا لتبادل الأسرى بين روسيا وأوكرانيا';
const STORY = [
  'عرض الوسطاء على روسيا وأوكرانيا جدولا زمنيا لتبادل الأسرى على ثلاث مراحل، تبدأ بالجرحى والمرضى وتنتهي بالمدنيين المحتجزين.',
  'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.',
];

describe('a print edition\'s party line is furniture, never the headline (`organLines`)', () => {
  it('aside19 u1012 (Al-Alam: «لسان حزب الاستقلال») and dev u1243 (Al-Thawri: «لسان حال الحزب الاشتراكي اليمني»)', () => {
    expect(extract('u1012').article.title).toBe('الاستقلال يدعو إلى حياد إيجابي في الأزمة الأوكرانية');
    const thawri = extract('u1243').article;
    expect(thawri.title).toBe('الاشتراكي يدعو إلى الاستفادة من مفاوضات موسكو وكييف');
    expect(thawri.date).toBe('2026-12-03');
  });
  it('a party paper written for this test: the party line repeats the lead\'s words, the headline is still the headline', () => {
    const lead = 'دعا حزب الوحدة الشعبية إلى دعم الوسطاء الذين يعرضون على روسيا وأوكرانيا جدولا زمنيا لتبادل الأسرى على مراحل.';
    const { article } = fromText(page('الوحدة', 'لسان حال حزب الوحدة الشعبية', 'العدد 845 - الأربعاء 2 ديسمبر 2026 - الثمن 300 فلس', HEADLINE, lead, STORY[1]));
    expect(article.title).toBe(HEADLINE);
    expect(article.date).toBe('2026-12-02');
  });
  it('a headline that opens with «لسان» but is a sentence (a colon, a quote) is not a party line', () => {
    expect(lex.organLines.length).toBeGreaterThan(0);
    const quoted = 'لسان حال الكرملين: الوسطاء يعرضون جدولا زمنيا لتبادل الأسرى مع أوكرانيا';
    const { article } = fromText(page('الرأي اليوم', quoted, '2 ديسمبر 2026', ...STORY));
    expect(article.title).toBe(quoted);
  });
});

describe('a VK or OK post: the community is the outlet, the post\'s first line the headline', () => {
  it('aside19 u1031 (the Russian House in Damascus, «29 июл 2026 в 18:20»)', () => {
    const post = extract('u1031').article;
    expect(post.title).toBe('أمسية حوارية في البيت الروسي عن آفاق السلام بين روسيا وأوكرانيا');
    expect(post.date).toBe('2026-07-29');
    expect(post.source).toBe('البيت الروسي في دمشق');
  });
  it('a VK post written for this test, and the tool\'s lines peeled (the counts, the buttons)', () => {
    const raw = page('ВКонтакте', 'الجالية العربية في قازان', 'Арабская община Казани', '2 дек 2026 в 09:15', HEADLINE, ...STORY, 'Нравится', 'Поделиться', '312');
    const { article } = fromText(raw);
    expect(article.title).toBe(HEADLINE);
    expect(article.source).toBe('الجالية العربية في قازان');
    expect(article.date).toBe('2026-12-02');
    const peeled = peelCopyWrapper(raw.split('\n'), lex.data.copyWrappers);
    expect(peeled.wrapper?.channel?.text).toBe('الجالية العربية في قازان');
    expect(peeled.lines.filter(Boolean)).not.toContain('Поделиться');
  });
  it('a Latin «VK» share button on a news page proves no tool', () => {
    const raw = page('الوطن اليوم', 'Facebook', 'VK', 'Telegram', HEADLINE, '2 ديسمبر 2026', ...STORY);
    expect(peelCopyWrapper(raw.split('\n'), lex.data.copyWrappers).wrapper).toBeUndefined();
  });
});

describe('French and Russian month names beside the Arabic series (`dateWords`)', () => {
  it('«04 décembre 2026», «3 déc. 2026», «Le 01 Déc 2026», «Lun 30 nov 2026», «29 июл 2026», «4 декабря 2026»', () => {
    expect(lex.dates.parse('04 décembre 2026')).toBe('2026-12-04');
    expect(lex.dates.parse('Publié le 3 déc. 2026 à 14h05')).toBe('2026-12-03');
    expect(lex.dates.parse('Le 01 Déc 2026')).toBe('2026-12-01');
    expect(lex.dates.parse('Lun 30 nov 2026 | 16:20')).toBe('2026-11-30');
    expect(lex.dates.parse('mercredi 2 décembre 2026 - 17h30')).toBe('2026-12-02');
    expect(lex.dates.parse('15 août 2026')).toBe('2026-08-15');
    expect(lex.dates.parse('29 июл 2026 в 18:20')).toBe('2026-07-29');
    expect(lex.dates.parse('4 декабря 2026')).toBe('2026-12-04');
  });
  it('a French date line on a page is its date: dev u1252 («Publié le …»), u1254 (Arabic weekday, French month), u1257, u1245 (a print masthead)', () => {
    expect(extract('u1252').article.date).toBe('2026-12-03');
    expect(extract('u1254').article.date).toBe('2026-12-04');
    expect(extract('u1257').article.date).toBe('2026-12-01');
    expect(extract('u1245').article.date).toBe('2026-12-03');
  });
  it('a mixed Arabic label and French month on a page written for this test', () => {
    const { article } = fromText(page('الشروق المغاربي', HEADLINE, 'نشر في: 28 octobre 2026 - 09:40', ...STORY));
    expect(article.date).toBe('2026-10-28');
  });
  it('never invents a date: no year, no date («3 déc.», «Publié le 4 décembre»); a word that is no month stays none', () => {
    expect(lex.dates.parse('Publié le 4 décembre à 10h')).toBeUndefined();
    expect(lex.dates.parse('3 déc.')).toBeUndefined();
    expect(lex.dates.parse('12 marsouins 2026')).toBeUndefined();
    expect(lex.dates.findDates('الجمعة 4 ديسمبر')).toEqual([]);
  });
  it('four digits written in Arabic-Indic digits are still a year («٤ ديسمبر ٢٠٢٦»)', () => {
    expect(lex.dates.parse('٤ ديسمبر ٢٠٢٦')).toBe('2026-12-04');
    expect(extract('u1251').article.date).toBe('2026-12-04');
  });
});

describe('a rights line is read by its rights phrase, not by any «حقوق» (`rightsPhrases`)', () => {
  it('«حقوق» in a rights body\'s name, a section label or a menu names no site', () => {
    expect(copyrightName('المصدر: المرصد العربي لحقوق الإنسان', lex.rights)).toBeUndefined();
    expect(copyrightName('حقوق وحريات', lex.rights)).toBeUndefined();
    expect(copyrightName('منظمات حقوق الإنسان تطالب بالإفراج عن الأسرى', lex.rights)).toBeUndefined();
  });
  it('the rights lines read as before, and the wordings added to the data', () => {
    expect(copyrightName('جميع الحقوق محفوظة لموقع مصراوي ©2025', lex.rights)).toBe('مصراوي');
    expect(copyrightName('© 2026 تليكسبريس - جميع الحقوق محفوظة', lex.rights)).toBe('تليكسبريس');
    expect(copyrightName('الحقوق محفوظة لـ صدى الأحداث ©', lex.rights)).toBe('صدى الأحداث');
    expect(copyrightName('شبكة حقوق © 2026 - جميع الحقوق محفوظة', lex.rights)).toBe('شبكة حقوق');
  });
  it('dev u1260 (a section «حقوق وحريات» under the masthead) and u1261 (a rights body in the source line)', () => {
    expect(extract('u1260').article.source).toBe('كابيتال');
    expect(extract('u1261').article.source).toBe('صدى الأحداث');
  });
});
