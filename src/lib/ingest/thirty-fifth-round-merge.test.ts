// Thirty-fifth round, merged (13m): aside35's (spent) misses in other outlets' shapes — an update mark after a dash or a
// bar closing the headline (its diacritics and a time beside it), a «label: number» beside the headline in a title
// bar's shape (never the site's name), the account's word of a follow line «تابعوا صفحة/حساب NAME» (the medium, not
// the name), an unlisted wire's Latin code in a dateline's brackets «PLACE (CODE) –», a copy's site line «NAME · DATE»
// read whole (never the domain's spelled part alone), a Latin «Radio NAME FM» masthead the lead's «مراسل إذاعة NAME»
// names (the band unsaid; a name of one consonant said twice), a year after «لعام» under a day in words, a date only in
// the comment form's «كن أول من يعلق» prompt, a markdown copy's «**NAME** — DATE» after an em dash; and guards: an issue number over
// a real masthead, a site whose name opens with «صفحة», a language tag «(AR)» after a place. Pages:
// tests/fixtures/ingest-unseen/dev/u3200–u3214 (three of them guards).
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';
import { isLabelledNumber, isUpdateMark, namePartBesideDate } from './not-a-name';
import { lexKey } from './boilerplate';
import { roundFixtures } from './round-fixtures';
import { extractWithEvidence } from './extract';

const { lex, labelled } = roundFixtures(['dev']);
const pages = new Map<string, ReturnType<typeof labelled>>(); // each page extracted once
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;
const field = (id: string, name: string) => pageOf(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value ?? null;

describe('shapes a site\'s name never has', () => {
  it.each(['رقم الخبر: 48213', 'رقم المقال: 7731', 'ID: 552', 'رقم العدد: 4512'])('%s is a labelled number', (t) => expect(isLabelledNumber(t)).toBe(true));
  it.each(['قناة 24', 'Radio 2000', 'عربي21', 'وادي سوف اليوم'])('%s is not', (t) => expect(isLabelledNumber(t)).toBe(false));
  const marks = lex.headlineFurniture.updateMarks;
  it.each(['مُحدَّث 14:20', 'محدث', 'تحديث 09:15', 'مُحدّث', 'Updated 10:05'])('%s is an update mark', (t) => expect(isUpdateMark(t, marks, lexKey)).toBe(true));
  it.each(['تحديث شامل للقوانين', 'جكني اليوم', '14:20'])('%s is not', (t) => expect(isUpdateMark(t, marks, lexKey)).toBe(false));
});

describe('a copy\'s site line with its date', () => {
  it.each([['بارق اليوم · 8 ديسمبر 2027', 'بارق', 'بارق اليوم'], ['درنة اليوم — 12/01/2028', 'درنة', 'درنة اليوم'], ['طبرق اليوم | 9 يناير 2028', 'طبرق', 'طبرق اليوم']])('%s: the name whole', (line, spelled, name) => {
    expect(namePartBesideDate(line, spelled)).toBe(name);
  });
  it.each([['بارق اليوم', 'بارق'], ['طبع من موقع القنطرة © 2025', 'القنطرة'], ['أخبار الشارع الرئيسي في مدينة بارق · 2027', 'بارق']])('%s: no part to take', (line, spelled) => {
    expect(namePartBesideDate(line, spelled, (w) => ['من', 'في'].includes(w))).toBeUndefined();
  });
});

describe('a Latin station\'s name and its Arabic name', () => {
  it.each([['Radio Tata FM', 'إذاعة طاطا'], ['Radio Tata', 'إذاعة طاطا'], ['Radio Tiznit FM', 'إذاعة تيزنيت'], ['ZAKHO FM', 'زاخو إف إم']])('%s = %s', (latin, arabic) => {
    expect(lex.sameName(latin, arabic)).toBe(true);
  });
  it.each([['Radio Tata FM', 'إذاعة تيزنيت'], ['Tata FM', 'طاطا'], ['Radio Tiznit FM', 'إذاعة أكادير'], ['Sinjar TV', 'سنجار']])('%s ≠ %s', (latin, arabic) => {
    expect(lex.sameName(latin, arabic, true)).toBe(false);
  });
});

describe('an update mark after a dash or a bar closing the headline is cut', () => {
  const lead = 'افتتح وزير النقل محطة القطار الجديدة في المدينة بحضور عدد من المسؤولين.';
  const head = 'وزير النقل يفتتح محطة القطار الجديدة في المدينة';
  const read = (line: string) => extractWithEvidence(['اليمامة اليوم', 'الرئيسية', 'محليات', line, '3 ديسمبر 2027', lead, 'وقال الوزير إن المحطة تخدم آلاف الركاب يومياً.'].join('\n'), 'page.txt', lex);
  it.each(['— مُحدَّث 14:20', '| تحديث 09:15', '– مُحدّث', '- Updated'])('%s: cut, and never the outlet', (mark) => {
    const x = read(`${head} ${mark}`);
    expect(x.articles[0].title).toBe(head);
    expect(x.evidence[0].fields.find((f) => f.field === 'outlet')?.value).toBe('اليمامة اليوم');
  });
});

describe('a dateline\'s bracketed Latin capitals', () => {
  const lead = ' – اقترحت الحكومة استضافة مكتب ارتباط دائم للمفاوضات';
  it.each([['زغرب (HINA)', 'زغرب', 'HINA'], ['ليوبليانا (STA)', 'ليوبليانا', 'STA']])('%s: an unlisted wire by its code', (head, place, code) => {
    const d = parseDateline(head + lead, lex);
    expect(d?.place).toBe(place);
    expect(d?.agency).toMatchObject({ name: code, kind: 'agency' });
  });
  it.each(['باريس (AR)', 'باريس (ENG)', 'موسكو (VIDEO)'])('%s: a tag, no credit; the place kept', (head) => {
    const d = parseDateline(head + lead, lex);
    expect(d?.place).toBe(head.split(' ')[0]);
    expect(d?.agency).toBeUndefined();
    expect(d?.outlet).toBeUndefined();
  });
  it('an unknown word before a tag is no place', () => expect(parseDateline(`زغرب (ENG)${lead}`, lex)).toBeUndefined());
});

describe('dates', () => {
  it.each([['الأحد، الخامس من شهر ديسمبر لعام 2027', '2027-12-05'], ['5 ديسمبر لعام 2027', '2027-12-05'], ['الحادي عشر من يناير لسنة 2028', '2028-01-11']])('%s: «لعام»/«لسنة» before the year stands for a separator', (text, iso) => {
    expect(lex.dates.findDates(text)[0]?.iso).toBe(iso);
  });
  const page = (prompt: string) => extractWithEvidence(['العجيلات اليوم', 'الرئيسية', 'أخبار', 'وزير النقل يفتتح محطة القطار الجديدة في المدينة',
    'افتتح وزير النقل محطة القطار الجديدة في المدينة بحضور عدد من المسؤولين.', 'وقال الوزير إن المحطة تخدم آلاف الركاب يومياً.', prompt, 'الاسم'].join('\n'), 'page.txt', lex).articles[0].date;
  it.each(['كن أول من يعلق على هذا الخبر (27-12-2027)', 'كن أول من يترك تعليقا – 27/12/2027'])('%s: the comment prompt dates the story', (prompt) => expect(page(prompt)).toBe('2027-12-27'));
});

describe('the dev pages', () => {
  it.each(['u3200', 'u3201'])('%s: the headline without its update mark; the outlet the masthead', (id) => {
    expect(pageOf(id).extraction.articles[0].title).toBe(pageOf(id).expected.title);
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3202', 'u3203'])('%s: an article\'s or an issue\'s number is never the outlet', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
    expect(pageOf(id).extraction.articles[0].title).toBe(pageOf(id).expected.title);
  });
  it.each(['u3204', 'u3205'])('%s: the account\'s word of a follow line is cut, unless the page prints it in the name', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3208', 'u3209'])('%s: a copy\'s site line «NAME · DATE» / «NAME — DATE» gives the name whole', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it.each(['u3210', 'u3211'])('%s: a Latin «Radio NAME FM» masthead named in Arabic by the lead\'s correspondent', (id) => {
    expect(field(id, 'outlet')).toBe(pageOf(id).expected.outlet);
  });
  it('u3214: a markdown copy\'s bold name over its date after an em dash is the outlet', () => {
    expect(field('u3214', 'outlet')).toBe(pageOf('u3214').expected.outlet);
  });
  it.each(['u3212', 'u3213'])('%s: a day in words with «لعام» before the year; a date only in «كن أول من …»', (id) => {
    expect(pageOf(id).extraction.articles[0].date).toBe(pageOf(id).expected.date);
  });
  it.each(['u3206', 'u3207'])('%s: an unlisted wire\'s code is the agency; a language tag credits no one', (id) => {
    expect(field(id, 'agency')).toBe(pageOf(id).expected.agency);
    expect(pageOf(id).extraction.evidence[0].place ?? null).toBe(pageOf(id).expected.place);
  });
});
