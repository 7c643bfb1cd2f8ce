// Thirty-sixth round (13d): headline and date on unseen pages. One reading of an update mark for the headline's side
// spans and the title bar's name (symbols and brackets of any script beside it are its furniture), brackets of any
// script around a side span («【خاص】», «‹ 🔄 محدّث ›»), a credit word in brackets before the headline read as a badge,
// and a date line's role by its words' stems (date-roles.ts, `dateRoles`). Pages: tests/fixtures/ingest-unseen/dev/
// u3310–u3339 (the aside third dev-aside-39d — u3311, u3314, … u3338 — is never asked here).
import { describe, expect, it } from 'vitest';
import { isUpdateMark } from './not-a-name';
import { dateByRole, roleOf } from './date-roles';
import { lexKey } from './boilerplate';
import { classifyLine } from './classify';
import { roundFixtures } from './round-fixtures';
import { extractWithEvidence } from './extract';
import { withoutOutlinerBullets } from './markdown-copy';

const { lex, labelled } = roundFixtures(['dev']);
const pages = new Map<string, ReturnType<typeof labelled>>();
const pageOf = (id: string) => pages.get(id) ?? pages.set(id, labelled(id)).get(id)!;

describe('one reading of an update mark', () => {
  const marks = lex.headlineFurniture.updateMarks;
  it.each(['‹ 🔄 محدّث ›', '🔄 محدث', '(محدّث)', '【محدث】', 'تحديث: 14:20', '✎ Updated 10:05', 'مُحدَّث 14:20'])('%s is an update mark', (t) => expect(isUpdateMark(t, marks, lexKey)).toBe(true));
  it.each(['تحديث شامل للقوانين', '🔄 37 مشاركة', '14:20', '«محدث»ة جديدة للخطة'])('%s is not', (t) => expect(isUpdateMark(t, marks, lexKey)).toBe(false));
});

/** A page of our own: a masthead, a menu, the headline's line, a date line, two paragraphs. */
const page = (headline: string, date = '12 مارس 2027', lead = 'أعلنت وزارة الخارجية الأوكرانية أن وفداً رسمياً سيزور أنقرة الأسبوع المقبل لبحث ملف تبادل الأسرى مع الوسطاء.') =>
  extractWithEvidence(['مرآة الوادي', 'الرئيسية', 'سياسة', headline, date, lead, 'وقال المتحدث باسم الوزارة إن الزيارة تأتي بعد اتصالات مكثفة مع الجانب التركي.', 'مرآة الوادي © 2027'].join('\n'), 'page.txt', lex).articles[0];
const HEAD = 'وفد أوكراني يزور أنقرة الأسبوع المقبل لبحث تبادل الأسرى';

describe('brackets of any script around a side span', () => {
  it.each([`${HEAD} ‹ 🔄 محدّث ›`, `${HEAD} 【محدث】`, `【خاص】 ${HEAD}`, `〔تقرير〕 ${HEAD}`, `${HEAD} ❨مترجم❩`, `${HEAD} 〉 شؤون دولية`, `${HEAD} ❯ تقارير`])('%s: the headline alone', (line) => expect(page(line).title).toBe(HEAD));
  // Quote marks are the headline's own: «…» closing the headline is never cut as a bracketed span.
  it('a quoted word closing the headline is kept', () => {
    const quoted = `${HEAD} «عاجلاً»`;
    expect(page(quoted).title).toBe(quoted);
  });
  // «(خاص)» after the headline stays a credit's business (a genre tag or the site's own credit): not cut here.
  it('«(خاص)» after the headline is left as printed', () => expect(page(`${HEAD} (خاص)`).title).toBe(`${HEAD} (خاص)`));
});

describe('a date line\'s role by its words', () => {
  const roles = lex.dateRoles;
  it.each([['حُرّر بتاريخ: 24/01/2027', 'published'], ['أُضيف في 2027-01-25', 'published'], ['تاريخ الإنشاء: 16 شباط 2027', 'published'], ['منشور: 15 يناير 2027', 'published'],
    ['آخر تعديل: 17 شباط 2027', 'updated'], ['عُدّل في 2027-01-26', 'updated'], ['تم تحديثه في 10:40 - 12 آذار 2027', 'updated'], ['Modified: 3 March 2027', 'updated']])('%s: %s', (text, role) => expect(roleOf(text, roles)).toBe(role));
  it.each(['12 مارس 2027', 'نشر وتحديث: 3 مارس 2027'])('%s: no role (or both)', (text) => expect(roleOf(text, roles)).toBeUndefined());
  const parse = (s: string) => lex.dates.parse(s);
  const dateLine = (s: string) => classifyLine(s, lex).kind === 'date' || !!lex.dates.parse(s);
  it('the published part of a line wins whatever its order', () => {
    expect(dateByRole('تم تحديثه في 10:40 - 12 آذار 2027 / نُشر لأول مرة في 11 آذار 2027', roles, parse, dateLine)).toEqual({ value: '2027-03-11', priority: 0 });
    expect(dateByRole('عُدّل في 2027-01-26 | أُضيف في 2027-01-25', roles, parse, dateLine)).toEqual({ value: '2027-01-25', priority: 0 });
    expect(dateByRole('حُدّث: 11/03/2027 — نُشر: 10/03/2027', roles, parse, dateLine)).toEqual({ value: '2027-03-10', priority: 0 });
  });
  it('an updated date alone is a later date, a plain part beside it the story\'s', () => {
    expect(dateByRole('آخر تعديل: 17 شباط 2027', roles, parse, dateLine)).toEqual({ value: '2027-02-17', priority: 2 });
    expect(dateByRole('17 شباط 2027 | عُدّل في 18 شباط 2027', roles, parse, dateLine)).toEqual({ value: '2027-02-17', priority: 1 });
  });
  it('a line with no role word is left to the labels', () => expect(dateByRole('12 مارس 2027', roles, parse, dateLine)).toBeUndefined());
  it.each(['4 تعليقات على الخبر المنشور بتاريخ 23-12-2027', 'طُبع في 11-02-2027 | نُشر في 09-02-2027'])('%s: a comment\'s or a print\'s line is left to their readers', (t) => {
    expect(roleOf(t, roles)).toBe('other');
    expect(dateByRole(t, roles, parse, dateLine)).toBeUndefined();
  });
  it.each([
    [['آخر تعديل: 17 شباط 2027', 'منشور: 16 شباط 2027'], '2027-02-16'],
    [['عُدّل في 2027-04-09', 'حُرّر في 2027-04-07'], '2027-04-07'],
    [['تم تحديثه في 09:10 - 5 نيسان 2027 / نُشر لأول مرة في 4 نيسان 2027'], '2027-04-04'],
  ])('%s: the story\'s date, not the edit\'s', (dates, iso) => {
    const lines = ['مرآة الوادي', 'الرئيسية', HEAD, ...dates, 'أعلنت وزارة الخارجية الأوكرانية أن وفداً رسمياً سيزور أنقرة الأسبوع المقبل لبحث ملف تبادل الأسرى مع الوسطاء.', 'وقال المتحدث باسم الوزارة إن الزيارة تأتي بعد اتصالات مكثفة.'];
    expect(extractWithEvidence(lines.join('\n'), 'page.txt', lex).articles[0].date).toBe(iso);
  });
  it('prose that mentions an edit is never a date line', () => {
    expect(classifyLine('وقال الوزير إن تعديل الاتفاق الموقع في 12 مارس 2027 سيعرض على البرلمان قريباً.', lex).kind).not.toBe('date');
  });
});

describe('the dev pages (development part only)', () => {
  it.each(['u3310', 'u3312', 'u3313', 'u3315', 'u3316', 'u3318', 'u3339'])('%s: the headline without its furniture (u3339, a guard: whole)', (id) => {
    expect(pageOf(id).extraction.articles[0].title).toBe(pageOf(id).expected.title);
  });
  it.each(['u3322', 'u3324', 'u3325', 'u3330', 'u3331', 'u3333', 'u3334'])('%s: the story\'s date', (id) => {
    expect(pageOf(id).extraction.articles[0].date).toBe(pageOf(id).expected.date);
  });
});

describe('the headline from the page\'s share line', () => {
  const LEAD = 'أعلنت وزارة الخارجية الأوكرانية أن وفداً رسمياً سيزور أنقرة الأسبوع المقبل لبحث ملف تبادل الأسرى مع الوسطاء.';
  const extracted = (line: string) => extractWithEvidence(['مرآة الوادي', 'الرئيسية', 'سياسة', '12 مارس 2027', LEAD, 'وقال المتحدث باسم الوزارة إن الزيارة تأتي بعد اتصالات مكثفة مع الجانب التركي.', line, 'مرآة الوادي © 2027'].join('\n'), 'page.txt', lex);
  const noHeadline = (line: string) => extracted(line).articles[0];
  it.each([`شارك عبر تيليغرام: ${HEAD} https://mirat.example/n/77`, `${HEAD} https://mirat.example/n/77 عبر @miratwadi`, `Share: ${HEAD} https://mirat.example/n/77`])('%s: the share text is the headline', (line) => {
    const { articles, evidence } = extracted(line);
    expect(articles[0].title).toBe(HEAD);
    expect(evidence[0].fields.find((f) => f.field === 'title')?.rule).not.toMatch(/^made from the lead/u);
  });
  it('a related link with a label that is no share is never the headline', () => {
    expect(noHeadline(`اقرأ أيضاً: ${HEAD} https://mirat.example/n/12`).title).not.toBe(HEAD);
  });
  it('a share of the lead\'s own opening is no headline', () => {
    expect(noHeadline('شارك: أعلنت وزارة الخارجية الأوكرانية أن وفداً رسمياً سيزور أنقرة https://mirat.example/n/77').title).not.toBe('أعلنت وزارة الخارجية الأوكرانية أن وفداً رسمياً سيزور أنقرة');
  });
  it('u3321: the tweet\'s share text', () => expect(pageOf('u3321').extraction.articles[0].title).toBe(pageOf('u3321').expected.title));
});

describe('an outliner\'s copy', () => {
  const page = ['title:: عنوان', 'url:: https://a.example/1', '- مرآة الوادي', `- ${HEAD}`, '- 12 مارس 2027', '- أعلنت الوزارة أن الوفد سيزور أنقرة.', '- وقال المتحدث إن الزيارة مهمة.'];
  it('every line a block: the «- » markers are cut, the properties kept', () => {
    expect(withoutOutlinerBullets(page)).toEqual(['title:: عنوان', 'url:: https://a.example/1', 'مرآة الوادي', HEAD, '12 مارس 2027', 'أعلنت الوزارة أن الوفد سيزور أنقرة.', 'وقال المتحدث إن الزيارة مهمة.']);
  });
  it('a page\'s own list under a headline is left as printed', () => {
    const listed = ['مرآة الوادي', HEAD, '- البند الأول من الاتفاق', '- البند الثاني من الاتفاق', '- البند الثالث من الاتفاق', '- البند الرابع من الاتفاق'];
    expect(withoutOutlinerBullets(listed)).toBe(listed);
  });
  it('u3336: the headline and the date of a Logseq page', () => {
    expect(pageOf('u3336').extraction.articles[0].title).toBe(pageOf('u3336').expected.title);
    expect(pageOf('u3336').extraction.articles[0].date).toBe(pageOf('u3336').expected.date);
  });
});
