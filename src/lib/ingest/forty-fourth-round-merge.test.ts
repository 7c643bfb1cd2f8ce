// Forty-fourth round, at the merge (session 47, 13m): aside44's (spent) misses, fixed by signals that transfer — a
// feed reader's tab with its unread count after it (copy-wrapper.ts); a print edition's running header «NAME - العدد N -
// DATE» and its page label «الصفحة الرابعة - اقتصاد» (outlet-head-masthead.ts, headline-segments.ts, print-page.ts,
// dateline.ts). Pages: aside44 u4392, u4393 and dev u4500–u4506 (other outlets' shapes, guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { compileGated, isToolLine } from './copy-wrapper';
import { runningHeaderName } from './outlet-head-masthead';
import { isPrintPageLabel } from './print-page';
import { gluedDate } from './headline-segments';
import { parseDateline } from './dateline';

const { lex, labelled, idOf } = roundFixtures(['aside44', 'dev']);
const outletOf = (id: string) => idOf(labelled(id).extraction.articles[0].source ?? undefined);

describe('a reader\'s tab with its unread count', () => {
  const tabs = ['كل العناصر', 'All items', 'غير المقروءة'].map(compileGated);
  it.each(['كل العناصر (58)', 'All items (7)', 'غير المقروءة (99+)', 'كل العناصر (١٢٠)', 'كل العناصر'])('«%s» is the tool\'s tab', (t) =>
    expect(isToolLine(tabs, t)).toBe(true));
  it.each(['كل العناصر الغذائية (3)', 'التعليقات (3)', 'كل العناصر (عاجل)', 'نواذيبو إنفو (12)'])('«%s» is not', (t) =>
    expect(isToolLine(tabs, t)).toBe(false));
  it.each(['u4393', 'u4500', 'u4502', 'u4501'])('%s: the feed\'s name under the tab is the outlet', (id) =>
    expect(outletOf(id)).toBe(idOf(labelled(id).expected.outlet)));
  it('u4503 (guard): a site\'s own heading with a count after the story leaves its masthead the outlet', () =>
    expect(labelled('u4503').extraction.articles[0].source).toBe('الزرقاء بوست'));
});

describe('a print edition\'s running header and page label', () => {
  it.each([
    ['صوت نواج - العدد 215 - الخميس 20 أبريل 2028', 'صوت نواج'],
    ['صدى الريف | العدد 88 | الاثنين 12 يونيو 2028', 'صدى الريف'],
    ['الاثنين 12 يونيو 2028 - العدد 88 - صدى الريف', 'صدى الريف'],
  ])('«%s»: the paper is «%s»', (line, name) => expect(runningHeaderName(line, lex)).toBe(name));
  it.each([
    'السنة الحادية والعشرون - العدد 7421 - الأحد 7 مايو 2028', // a volume, no name
    'صوت نواج - الخميس 20 أبريل 2028', // a date bar: no issue
    'صوت نواج - العدد 215', // no date
  ])('«%s» names no paper', (line) => expect(runningHeaderName(line, lex)).toBeUndefined());
  it.each(['الصفحة الرابعة', 'صفحة 8', 'Page 3', 'الصفحة الأخيرة'])('«%s» is a page label', (t) => expect(isPrintPageLabel(t, lex)).toBe(true));
  it.each(['الصفحة الرئيسية', 'صفحة الرياضة', 'الموقع بوست'])('«%s» is not', (t) => expect(isPrintPageLabel(t, lex)).toBe(false));
  it('a date run that opens on an issue\'s number is no date glued after a headline', () => {
    expect(gluedDate('صوت نواج - العدد 215 - الخميس 20 أبريل 2028', lex.dates, lex.functionWords)).toBeUndefined();
    expect(gluedDate('المحافظ: أسعار الخبز لن ترتفع هذا الشهر - 3 يوليو 2028', lex.dates, lex.functionWords)?.rest).toBe('المحافظ: أسعار الخبز لن ترتفع هذا الشهر');
  });
  it('«صفحة 8 | زراعة» is no dateline, alone or over a lead', () => {
    expect(parseDateline('صفحة 8 | زراعة', lex)).toBeUndefined();
    expect(parseDateline('صفحة 8 | زراعة قال المزارعون إن الموسم جيد', lex)).toBeUndefined();
  });
  it.each(['u4392', 'u4504', 'u4505'])('%s: the running header\'s paper is the outlet, the headline under it', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].title).toBe(expected.title);
    expect(outletOf(id)).toBe(idOf(expected.outlet));
  });
  it('u4506 (guard): a site\'s name over its section under a dated headline stays the outlet', () => {
    const { extraction, expected } = labelled('u4506');
    expect(extraction.articles[0].source).toBe(expected.outlet);
    expect(extraction.articles[0].title).toBe(expected.title);
  });
});
