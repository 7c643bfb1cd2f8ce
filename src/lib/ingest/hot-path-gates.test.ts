// Forty-third session (13s): the hot paths' cheap tests read the same text the work they skip reads — a
// normalised head, a line's role words, a character a pattern needs — so they change no answer. These cases sit
// on the tests' edges: diacritics and tatweel inside an opener, spaces before it, a cut mark after the opener.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { isRelativeTime } from './dates';
import { dateByRole } from './date-roles';

const { lex, fromText } = roundFixtures(['dev']);
const HEAD = 'بلدية الساحل تعلن خطة لتأهيل الكورنيش قبل الصيف';
const TEASER = 'أعلنت بلدية الساحل أمس خطة لتأهيل الكورنيش الشمالي تشمل إنارة جديدة وممرات للمشاة ومقاعد خشبية، على أن تنتهي الأعمال قبل بداية موسم الاصطياف. وقال رئيس البلدية إن الخطة';

describe('a feed footer on a long line, read from its normalised head', () => {
  it('an opener written with a short vowel and a tatweel is still the pattern\'s opener', () => {
    const x = fromText(`${HEAD}\n\n${TEASER} […] ظَهَرَت المقالـة ${HEAD} أولاً على موقع نبض الساحل.\n`);
    expect(x.article.source).toMatch(/نبض الساحل$/);
  });
  it('spaces and a second cut mark before the footer: the text after the last mark is read', () => {
    const x = fromText(`${HEAD}\n\n${TEASER} … وتابع […]      ظهرت المقالة ${HEAD} أولاً على موقع نبض الساحل.\n`);
    expect(x.article.source).toMatch(/نبض الساحل$/);
  });
  it('a paragraph whose tail opens on no pattern\'s words names no origin', () => {
    const x = fromText(`${HEAD}\n\n${TEASER} […] وقالت المقالة ${HEAD} أولاً على موقع نبض الساحل.\n`);
    expect(x.article.source ?? '').not.toMatch(/نبض الساحل$/);
  });
});

describe('a relative time, read from its normalised head', () => {
  it('spaces, an invisible mark and a short vowel before «منذ» do not hide it', () => {
    expect(isRelativeTime('   \u200fمُنذ 5 دقائق')).toBe(true);
    expect(isRelativeTime('\u200f٣ hours ago')).toBe(true);
  });
  it('a line opening on another word is no relative time, however long', () => {
    expect(isRelativeTime(`قال المتحدث ${'إن الاجتماع انتهى '.repeat(20)}منذ ساعة`)).toBe(false);
  });
});

describe('a dated line\'s role, read before its dates', () => {
  const parse = (s: string) => lex.dates.parse(s);
  const dateLine = () => true;
  it('a line naming no role has none, and a part naming one gives its date', () => {
    expect(dateByRole('الثلاثاء 14 أبريل 2026 | 10:30', lex.dateRoles, parse, dateLine)).toBeUndefined();
    expect(dateByRole('تم تحديثه في 15 أبريل 2026 | نُشر لأول مرة في 14 أبريل 2026', lex.dateRoles, parse, dateLine)).toEqual({ value: '2026-04-14', priority: 0 });
  });
});
