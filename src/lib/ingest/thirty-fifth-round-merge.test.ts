// Thirty-fifth round, merged (13m): aside35's (spent) misses in other outlets' shapes — an update mark after a dash or a
// bar closing the headline (its diacritics and a time beside it), a «label: number» beside the headline in a title
// bar's shape (never the site's name), the account's word of a follow line «تابعوا صفحة/حساب NAME» (the medium, not
// the name), an unlisted wire's Latin code in a dateline's brackets «PLACE (CODE) –»; and guards: an issue number over
// a real masthead, a site whose name opens with «صفحة», a language tag «(AR)» after a place. Pages:
// tests/fixtures/ingest-unseen/dev/u3200–u3207 (three of them guards).
import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline';
import { isLabelledNumber, isUpdateMark } from './not-a-name';
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
  it.each(['u3206', 'u3207'])('%s: an unlisted wire\'s code is the agency; a language tag credits no one', (id) => {
    expect(field(id, 'agency')).toBe(pageOf(id).expected.agency);
    expect(pageOf(id).extraction.evidence[0].place ?? null).toBe(pageOf(id).expected.place);
  });
});
