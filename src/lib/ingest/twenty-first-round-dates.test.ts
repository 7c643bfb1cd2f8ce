// Twenty-first round, part S (session 24): dates that Arabic pages of Indonesian, Malaysian, Turkish
// and Kurdish outlets print in the outlet's own language — Indonesian/Malay and Turkish month names,
// Sorani month names and the Kurdish izafe glued to the day («4ی کانوونی یەکەمی 2026», `daySuffixes`),
// all data (`dateWords`). Dev pages u1350–u1361 written before any change (the aside third
// `dev-aside-24s` — u1351, u1354, u1357, u1360 — is never asserted here) and lines written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const HEADLINE = 'الوسطاء يعرضون جدولا زمنيا لتبادل الأسرى بين روسيا وأوكرانيا';
const STORY = [
  'عرض الوسطاء على روسيا وأوكرانيا جدولا زمنيا لتبادل الأسرى على ثلاث مراحل، تبدأ بالجرحى والمرضى وتنتهي بالمدنيين المحتجزين.',
  'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.',
];

describe('Indonesian, Malay and Turkish month names are dates', () => {
  it('dev u1350, u1353, u1361 (Indonesian, «Des» short), u1352 (Malay), u1355 and u1356 (Turkish)', () => {
    expect(extract('u1350').article.date).toBe('2026-12-03');
    expect(extract('u1353').article.date).toBe('2026-12-04');
    expect(extract('u1361').article.date).toBe('2026-12-01');
    expect(extract('u1352').article.date).toBe('2026-12-03');
    expect(extract('u1355').article.date).toBe('2026-12-02');
    expect(extract('u1356').article.date).toBe('2026-12-03');
  });
  it('every month of each series, with a weekday or a time zone around it', () => {
    expect(lex.dates.parse('Senin, 16 Maret 2026 08:00 WIB')).toBe('2026-03-16');
    expect(lex.dates.parse('Sabtu, 15 Agustus 2026')).toBe('2026-08-15');
    expect(lex.dates.parse('20 Okt 2026')).toBe('2026-10-20');
    expect(lex.dates.parse('Isnin, 9 Mac 2026')).toBe('2026-03-09');
    expect(lex.dates.parse('31 Ogos 2026')).toBe('2026-08-31');
    expect(lex.dates.parse('1 Julai 2026')).toBe('2026-07-01');
    expect(lex.dates.parse('23 Nisan 2026 Perşembe')).toBe('2026-04-23');
    expect(lex.dates.parse('19 Mayıs 2026')).toBe('2026-05-19');
    expect(lex.dates.parse('29 Ekim 2026, 10:00')).toBe('2026-10-29');
    expect(lex.dates.parse('14 Şubat 2026')).toBe('2026-02-14');
  });
  it('a Turkish date line on a page written for this test is the page\'s date', () => {
    const { article } = fromText(page('صوت إسطنبول', HEADLINE, 'Güncelleme: 17 Kasım 2026 - 14:05', ...STORY));
    expect(article.date).toBe('2026-11-17');
  });
});

describe('Sorani month names, with the izafe on the day and the month', () => {
  it('dev u1358 («4ی کانوونی یەکەمی 2026») and u1359 («3 کانوونی یەکەم 2026 - 10:40»)', () => {
    expect(extract('u1358').article.date).toBe('2026-12-04');
    expect(extract('u1359').article.date).toBe('2026-12-03');
  });
  it('other months: two words («تشرینی دووەم»), one word with the izafe («ئازاری»)', () => {
    expect(lex.dates.parse('12ی تشرینی دووەمی 2026')).toBe('2026-11-12');
    expect(lex.dates.parse('8ی ئازاری 2026')).toBe('2026-03-08');
    expect(lex.dates.parse('پێنجشەممە 3ی کانوونی یەکەمی 2026')).toBe('2026-12-03');
  });
});

describe('never invents a date', () => {
  it('no year, a word that only starts like a month, a number glued to another word', () => {
    expect(lex.dates.parse('Kamis, 3 Desember')).toBeUndefined();
    expect(lex.dates.parse('3 Desemberan 2026')).toBeUndefined();
    expect(lex.dates.parse('4x Aralık 2026')).toBeUndefined();
    expect(lex.dates.findDates('الجمعة 4 ديسمبر')).toEqual([]);
  });
});
