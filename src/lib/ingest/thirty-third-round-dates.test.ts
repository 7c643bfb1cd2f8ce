// Thirty-third round (session 36, helper 13d): dates a page states only indirectly — a relative stamp by
// the headline counted back from an anchor the page prints, the date in the page's own link, a share or
// comment line's date, a copy tool's own time ranked last. Dev pages u2880–u2909 (the aside third
// `dev-aside-36d` — u2881, u2884, u2887, u2890, u2893, u2896, u2899, u2902, u2905, u2908 — is never asserted
// here) and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { dateInLink, readStamp } from './indirect-dates';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const data = lex.data.indirectDates!;
const MASTHEAD = ['وادي الريان نيوز', 'الرئيسية', 'دولي'];
const HEADLINE = 'الوسطاء يقترحون جولة جديدة من المحادثات حول تبادل الأسرى';
const LEAD = 'اقترح الوسطاء على روسيا وأوكرانيا جولة جديدة من المحادثات حول تبادل الأسرى، على أن تعقد في عاصمة محايدة خلال الأسابيع المقبلة.';
const MORE = 'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.';
const dateOf = (...lines: string[]) => fromText(page(...lines)).article.date ?? null;

describe('a relative stamp read as data', () => {
  it('days back by a word, by a dual, by a count; hours kept apart', () => {
    expect(readStamp('أمس، 21:35', data)).toEqual({ days: 1 });
    expect(readStamp('نُشر أمس الأول', data)).toEqual({ days: 2 });
    expect(readStamp('منذ يومين', data)).toEqual({ days: 2 });
    expect(readStamp('منذ 3 أيام', data)).toEqual({ days: 3 });
    expect(readStamp('قبل 4 ساعات', data)).toEqual({ days: 0, hours: 4 });
  });
  it('«الأسبوع الماضي», «منذ أسبوع» and a sentence name no day', () => {
    expect(readStamp('الأسبوع الماضي', data)).toBeUndefined();
    expect(readStamp('منذ أسبوع', data)).toBeUndefined();
    expect(readStamp('أعلنت الحكومة أمس تخصيص تمويل جديد', data)).toBeUndefined();
  });
});

describe('a stamp counted back from the page\'s anchor', () => {
  it('a print footer\'s date (u2880) and a browser\'s print header (u2881 shape, own words)', () => {
    expect(extract('u2880').article.date).toBe('2027-08-10');
    expect(dateOf('15/09/2027, 08:10', ...MASTHEAD, HEADLINE, 'أمس، 21:35', LEAD, MORE)).toBe('2027-09-14');
  });
  it('the header\'s current date (u2889) and an archive\'s capture time with an hours stamp (u2900)', () => {
    expect(extract('u2889').article.date).toBe('2027-08-16');
    expect(extract('u2900').article.date).toBe('2027-08-27');
  });
  it('hours past the anchor\'s clock reach the day before', () => {
    expect(dateOf(...MASTHEAD, HEADLINE, 'قبل 5 ساعات', LEAD, MORE, 'تاريخ الطباعة: 15 سبتمبر 2027 - 03:20')).toBe('2027-09-14');
    expect(dateOf(...MASTHEAD, HEADLINE, 'قبل 5 ساعات', LEAD, MORE, 'تاريخ الطباعة: 15 سبتمبر 2027 - 13:20')).toBe('2027-09-15');
  });
  it('no anchor, no date — never the build\'s clock (a stamp alone)', () => {
    expect(dateOf(...MASTHEAD, HEADLINE, 'منذ يومين', LEAD, MORE)).toBeNull();
  });
  it('a date printed by the headline stays the story\'s; the stamp beside it adds nothing', () => {
    expect(dateOf(...MASTHEAD, HEADLINE, '13 سبتمبر 2027', 'منذ يومين', LEAD, MORE, 'تاريخ الطباعة: 20/09/2027')).toBe('2027-09-13');
  });
});

describe('a print\'s date is an anchor, never the story\'s', () => {
  it('«أمس» inside the lead is the event\'s day, and the print footer dates nothing (u2888)', () => {
    expect(extract('u2888').article.date ?? null).toBeNull();
  });
  it('«الأسبوع الماضي» as the stamp names no day (u2897)', () => {
    expect(extract('u2897').article.date ?? null).toBeNull();
  });
});

describe('the date in the page\'s own link', () => {
  it('a year/month/day path, a compact day, a dashed slug, a query parameter; the host names none', () => {
    const params = new Set(data.urlDateParams);
    expect(dateInLink('https://site.ps/2027/08/12/talks/', params)).toBe('2027-08-12');
    expect(dateInLink('https://site.com/news/20270814/5512', params)).toBe('2027-08-14');
    expect(dateInLink('https://site.dz/ar/article-2027-08-17-9921', params)).toBe('2027-08-17');
    expect(dateInLink('https://site.com/news.php?id=8841&date=2027-08-18', params)).toBe('2027-08-18');
    expect(dateInLink('https://2027-08-18.example.com/news/5512', params)).toBeUndefined();
    expect(dateInLink('https://site.com/2027/13/40/x', params)).toBeUndefined();
  });
  it('on top, at the foot after «رابط الخبر:», under a text export\'s «URL:» (u2883, u2891, u2898)', () => {
    expect(extract('u2883').article.date).toBe('2027-08-12');
    expect(extract('u2891').article.date).toBe('2027-08-18');
    expect(extract('u2898').article.date).toBe('2027-08-17');
    expect(dateOf(...MASTHEAD, HEADLINE, LEAD, MORE, 'رابط الخبر: https://wadirayan.com/news/20270914/77')).toBe('2027-09-14');
  });
  it('another site\'s link under «اقرأ أيضا» dates nothing (u2892); beside a printed date, the printed one (u2904)', () => {
    expect(extract('u2892').article.date ?? null).toBeNull();
    expect(extract('u2904').article.date).toBe('2027-08-29');
    expect(dateOf(...MASTHEAD, HEADLINE, LEAD, MORE, 'اقرأ أيضا', 'https://other.net/2027/09/01/ferry/')).toBeNull();
  });
});

describe('a share or comment line\'s date', () => {
  it('a comment form\'s prompt and a share bar ending in a date (u2895, u2903)', () => {
    expect(extract('u2895').article.date).toBe('2027-08-24');
    expect(extract('u2903').article.date).toBe('2027-08-26');
  });
});

describe('a copy tool\'s own time comes last', () => {
  it('a note\'s «Created:» a day after the story\'s printed date', () => {
    expect(dateOf('Created: 2027-09-16 09:12', HEADLINE, 'وادي الريان نيوز', '15 سبتمبر 2027', LEAD, MORE)).toBe('2027-09-15');
  });
  it('alone, it is still read (the convention of the notes apps\' pages)', () => {
    expect(dateOf('Created: 2027-09-16 09:12', HEADLINE, LEAD, MORE)).toBe('2027-09-16');
  });
});
