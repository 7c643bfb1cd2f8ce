// Thirty-seventh round, at the merge (13m): aside37's (spent) misses in other outlets' shapes — a Georgian date, a
// Lithuanian year-first date («2028 m. kovo 4 d.»), a year-first date with its month named («2028 فبراير 27»), a
// Latin masthead or domain shown by the Arabic name the page prints for it (a Latin «ch» written «ج», «City» /
// «سيتي», a bracketed sign-off, a glued «…today» host), «– بالعربية» as a broadcaster's Arabic desk, a notes app's
// source line whose name and date a middle dot or a bullet part; and guards: another site's Arabic name quoted under
// a Latin masthead, a language switcher «Français | بالعربية», a Latin «Sh» read as «ش», a year and a month in a
// story. Pages: tests/fixtures/ingest-unseen/dev/u3520–u3534 (four of them guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { creditNames } from './credits';
import { spellingOnPage } from './credit-lines';
import type { ClassifiedLine } from './classify';

const { lex, labelled } = roundFixtures(['dev']);
const field = (id: string, name: string) => labelled(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value ?? null;

describe('dates in Georgian, in Lithuanian and year first', () => {
  it.each([
    ['18 თებერვალი 2028', '2028-02-18'],
    ['7 მარტი 2028', '2028-03-07'],
    ['2028 m. vasario 19 d.', '2028-02-19'],
    ['2028 m. kovo 4 d.', '2028-03-04'],
    ['2028 مارس 5', '2028-03-05'],
    ['2028 آذار 9', '2028-03-09'],
    ['2028 فبراير 27', '2028-02-27'],
  ])('%s → %s', (text, iso) => expect(lex.dates.parse(text)).toBe(iso));
  it.each([
    'وقال إن موسم 2027 انتهى في حزيران 20 يوما بعد موعده',
    'بلغت الصادرات 2028 طنا في مارس',
    '2028 مارس 45',
  ])('%s holds no full date', (text) => expect(lex.dates.parse(text)).toBeUndefined());
  it('a day-month-year date is still read as before beside the new shape', () => expect(lex.dates.parse('11 مارس 2028')).toBe('2028-03-11'));
});

describe('one name in two scripts', () => {
  it.each([
    ['Choman News', 'جومان نيوز'],
    ['Chamchamal News', 'جمجمال نيوز'],
    ['Boujad City', 'بوجعد سيتي'],
    ['Tiflet City', 'تيفلت سيتي'],
    ['sakhnintoday.com', 'سخنين اليوم'],
    ['Sham Times', 'شام تايمز'],
  ])('%s is %s', (latin, arabic) => expect(lex.sameName(latin, arabic)).toBe(true));
  it.each([
    ['Nador City', 'الناظور 24'],
    ['Choman News', 'شومان بوست'],
    ['Boujad City', 'بوجدور سيتي'],
  ])('%s is not %s', (latin, arabic) => expect(lex.sameName(latin, arabic)).toBe(false));
  it('a bracketed sign-off is read without its brackets', () => {
    const lines = [{ text: '(عرعرة اليوم)', kind: 'short', words: 2, index: 7 }] as unknown as ClassifiedLine[];
    expect(spellingOnPage('araratoday.net', lines, lex.sameName)?.text).toBe('عرعرة اليوم');
  });
});

describe('a source line parted by a middle dot or a bullet', () => {
  it.each([
    ['أوسيم بوست · 25 فبراير 2028', ['أوسيم بوست', '25 فبراير 2028']],
    ['بلقاس نيوز • 6 مارس 2028', ['بلقاس نيوز', '6 مارس 2028']],
    ['صدى البلد', ['صدى البلد']],
  ])('%s → %j', (text, parts) => expect(creditNames(text)).toEqual(parts));
});

describe('the dev pages of the classes (u3520–u3534)', () => {
  it.each([
    ['u3520', 'outlet', 'جمجمال نيوز'],
    ['u3521', 'outlet', 'تيفلت سيتي'],
    ['u3522', 'outlet', 'سخنين اليوم'],
    ['u3523', 'date', '2028-03-07'],
    ['u3524', 'date', '2028-03-04'],
    ['u3525', 'date', '2028-02-27'],
    ['u3526', 'date', '2028-03-09'],
    ['u3527', 'outlet', 'التلفزيون الوطني البلغاري'],
    ['u3528', 'outlet', 'ديرب نجم بوست'],
    ['u3529', 'outlet', 'بلقاس نيوز'],
    ['u3530', 'outlet', 'جوارتا بوست'],
    // Guards: another site quoted, a language switcher, «Sh» as «ش», a year and a month in a story.
    ['u3531', 'outlet', 'Nador City'],
    ['u3532', 'outlet', 'صوت العرب في ليون'],
    ['u3533', 'outlet', 'شام تايمز'],
    ['u3534', 'date', '2028-03-18'],
  ])('%s: %s is %s', (id, name, value) => expect(field(id, name)).toBe(value));
});
