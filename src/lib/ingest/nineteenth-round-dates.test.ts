// Nineteenth round, part D (session 22): dates and datelines on pages never seen — an updated date
// printed before the published one on the same line, a copy's bold markers «**» around the
// dateline's credit, Iraqi short Syriac months «تشرين2», «كانون1», a day written in words. Dev pages u1130–u1153 written
// before any change (the aside third `dev-aside-22d` — u1131, u1134, u1137, u1140, u1143, u1146,
// u1149, u1152 — is never asserted here) and pages written for this test.
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { classifyLine } from './classify';
import { parseDateline } from './dateline';

const { lex, fromText, extract, page } = roundFixtures(['dev']);
const HEADLINE = 'الوسطاء يقترحون جولة جديدة من المحادثات حول تبادل الأسرى';
const LEAD = 'اقترح الوسطاء على روسيا وأوكرانيا جولة جديدة من المحادثات حول تبادل الأسرى، على أن تعقد في عاصمة محايدة خلال الأسابيع المقبلة.';
const MORE = 'وقال دبلوماسي مطلع إن الطرفين تسلما المقترح مكتوبا، وإن الرد الأولي جاء إيجابيا من حيث المبدأ.';
const MASTHEAD = ['نبأ المدينة', 'الرئيسية', 'دولي'];

describe('updated printed before published on one line', () => {
  it('the published part after the bar is the line\'s date', () => {
    const line = classifyLine('تم التحديث: 23/07/2026 - 14:05 | تاريخ النشر: 22/07/2026 - 20:30', lex);
    expect(line.kind).toBe('date');
    expect(line.value).toBe('2026-07-22');
    expect(line.datePriority).toBe(0);
  });
  it('another label and bar order: «آخر تحديث … ¦ نشر في …»', () => {
    expect(classifyLine('آخر تحديث: 10 يوليو 2026 ¦ نشر في: 9 يوليو 2026', lex).value).toBe('2026-07-09');
  });
  it('an updated line alone stays the updated date (nothing published to prefer)', () => {
    const line = classifyLine('آخر تحديث: 23/07/2026 - 14:05', lex);
    expect(line.value).toBe('2026-07-23');
    expect(line.datePriority).toBe(2);
  });
  it('dev u1141 (Tripoli News) and a page written for this test', () => {
    expect(extract('u1141').article.date).toBe('2026-07-22');
    const raw = page(...MASTHEAD, HEADLINE, 'تم التحديث: 02/08/2026 | تاريخ النشر: 31/07/2026', LEAD, MORE);
    expect(fromText(raw).article.date).toBe('2026-07-31');
  });
});

describe('bold markers around the dateline\'s credit', () => {
  it('«بيروت – **إم تي في** –» is cut whole, offsets into the printed text', () => {
    const printed = 'بيروت – **إم تي في** – ' + LEAD;
    const d = parseDateline(printed, lex);
    expect(d).toBeDefined();
    expect(printed.slice(d!.end).trim()).toBe(LEAD);
  });
  it('«كييف: **تواصل نيوز**:» (a colon on both sides)', () => {
    const printed = 'كييف: **تواصل نيوز**: ' + LEAD;
    const d = parseDateline(printed, lex);
    expect(printed.slice(d!.end).trim()).toBe(LEAD);
  });
  it('dev u1136 and u1153: the lead starts where the story does; u1136 names its outlet', () => {
    const mtv = extract('u1136').article;
    expect(mtv.paragraphs[0].startsWith('رحبت الخارجية اللبنانية')).toBe(true);
    expect(mtv.source).toBe('إم تي في');
    expect(extract('u1153').article.paragraphs[0].startsWith('اقترحت أوكرانيا')).toBe(true);
  });
  it('bold words inside a sentence are no credit', () => {
    const printed = 'قال الوزير إن **الهدنة** ممكنة إذا التزم الطرفان بالشروط المتفق عليها.';
    expect(parseDateline(printed, lex)).toBeUndefined();
  });
});

describe('Iraqi short Syriac months', () => {
  it('«تشرين2», «كانون1», «كانون 2» name November, December, January', () => {
    expect(lex.dates.parse('الخميس 5 تشرين2 2026')).toBe('2026-11-05');
    expect(lex.dates.parse('14 كانون1 2026')).toBe('2026-12-14');
    expect(lex.dates.parse('3 كانون 2 2027')).toBe('2027-01-03');
    expect(lex.dates.parse('20 تشرين1 2026')).toBe('2026-10-20');
  });
  it('the full names still read as before', () => {
    expect(lex.dates.parse('5 تشرين الثاني 2026')).toBe('2026-11-05');
    expect(lex.dates.parse('2 كانون الثاني 2026')).toBe('2026-01-02');
  });
  it('dev u1145 (Al-Ayyam Al-Iraqiya)', () => {
    expect(extract('u1145').article.date).toBe('2026-11-05');
  });
});

describe('a day written in words (`dayOrdinals`)', () => {
  it('«الأحد التاسع من أغسطس 2026», «الحادي والعشرين من شهر يوليو 2026», «يوم الخامس عشر من مارس 2026»', () => {
    expect(lex.dates.parse('الأحد التاسع من أغسطس 2026')).toBe('2026-08-09');
    expect(lex.dates.parse('الحادي والعشرين من شهر يوليو 2026')).toBe('2026-07-21');
    expect(lex.dates.parse('يوم الخامس عشر من مارس 2026')).toBe('2026-03-15');
    expect(lex.dates.parse('الثلاثاء، الأول من ديسمبر 2026')).toBe('2026-12-01');
  });
  it('an ordinal inside a sentence is no day («الأسبوع الأول من يوليو 2026»)', () => {
    expect(lex.dates.parse('في الأسبوع الأول من يوليو 2026')).toBeUndefined();
    expect(lex.dates.parse('المرحلة الثانية من مارس 2026')).toBeUndefined();
  });
  it('dev u1153 (Tawasul News) and a page written for this test', () => {
    expect(extract('u1153').article.date).toBe('2026-08-09');
    expect(fromText(page(...MASTHEAD, HEADLINE, 'الخميس الثالث والعشرين من يوليو 2026', LEAD, MORE)).article.date).toBe('2026-07-23');
  });
});
