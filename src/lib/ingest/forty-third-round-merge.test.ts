// Forty-third round, at the merge (session 46, 13m): aside43's (spent) misses, fixed by signals that transfer — a run
// of strokes around a bracketed wire (dateline-parts.ts, dateline.ts), a widget's table over the masthead
// (widget-block.ts), a tags line and a share bar between the paragraphs (main-body.ts), a two-crumb breadcrumb after a
// home word (classify.ts). Pages: aside43 u4194, u4206, u4211, u4217 and dev u4330–u4347 (other outlets' shapes, guards).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';
import { classifyLine } from './classify';
import { parseDateline } from './dateline';
import { isWidgetRow, widgetHead } from './widget-block';

const { lex, labelled, fromText, page, idOf } = roundFixtures(['aside43', 'dev']);
const first = (id: string) => labelled(id).extraction.articles[0];
const agencyOf = (id: string) => idOf(first(id).agency ?? undefined);

describe('a run of strokes around a bracketed wire', () => {
  it.each([
    ['موسكو ــ (أ ف ب) ــ قال الكرملين إن اللقاء غير مطروح', 'موسكو', 'afp'],
    ['بيروت -- (وطنية) -- قال وزير الخارجية إن الاتصالات مستمرة', 'بيروت', 'nna'],
    ['أنقرة ـــ (الأناضول) ـــ قال وزير الخارجية إن الممر مفتوح', 'أنقرة', 'anadolu'],
    ['القاهرة ــ 10 ديسمبر (أ ش أ) ــ قال وزير الخارجية إن الوساطة مستمرة', 'القاهرة', 'mena'],
  ])('«%s»: the place and the wire', (text, place, id) => {
    const d = parseDateline(text, lex);
    expect(d?.place).toBe(place);
    expect(d?.agency?.id).toBe(id);
  });
  it('a date set off by a doubled tatweel is read without the stroke', () => {
    expect(parseDateline('القاهرة ــ 10 ديسمبر ــ (أ ف ب) ــ قال وزير الخارجية إن الوساطة مستمرة', lex)?.date).toBe('10 ديسمبر');
  });
  it.each([['u4194', 'afp'], ['u4330', 'nna'], ['u4347', 'dpa']])('%s: the wire is the agency, the lead clean', (id, agency) => {
    const { extraction, expected } = labelled(id);
    expect(agencyOf(id)).toBe(agency);
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
  it('u4333 (guard): a region in brackets between strokes is where the place lies, no wire', () => {
    const { extraction, expected } = labelled('u4333');
    expect(extraction.articles[0].agency ?? null).toBeNull();
    expect(extraction.evidence[0].place).toBe('خاركيف');
    expect(extraction.articles[0].paragraphs[0]).toBe(expected.paragraphs[0]);
  });
});

describe('a widget\'s table over the masthead', () => {
  it.each(['الفجر 05:32', 'العشاء ١٨:٢١', 'الدولار 14200 ل.س', 'اليورو 7.82 د.ل', 'طرطوس 14°', 'الجنيه الإسترليني 9.04 د.ل'])('«%s» is a row', (t) =>
    expect(isWidgetRow(t)).toBe(true));
  it.each(['الحوز 24', 'راديو 360', 'أرمناز نيوز', 'قال الوزير إن السعر 05:32'])('«%s» is not', (t) => expect(isWidgetRow(t)).toBe(false));
  const lines = (...t: string[]) => t.map((text) => ({ text, words: text.split(/\s+/).length }));
  it('a heading over two rows or more is skipped with its rows; one row is not a table', () => {
    expect(widgetHead(lines('مواقيت الصلاة', 'الفجر 05:32', 'العشاء 18:21', 'أرمناز نيوز'), () => false)).toBe(3);
    expect(widgetHead(lines('مواقيت الصلاة', 'الفجر 05:32', 'أرمناز نيوز'), () => false)).toBe(0);
  });
  it('a heading the page prints again is a masthead over the rows, kept', () => {
    expect(widgetHead(lines('صدى الواحات', 'توزر 21°', 'قبلي 23°', 'الرئيسية'), () => true)).toBe(0);
  });
  it.each([['u4206'], ['u4334'], ['u4335'], ['u4344']])('%s: the masthead under the widget is the outlet', (id) => {
    const { extraction, expected } = labelled(id);
    expect(idOf(extraction.articles[0].source)).toBe(idOf(expected.outlet));
  });
  it('u4337 (guard): a masthead over a weather bar, printed again in its © line, stays the outlet', () => {
    expect(first('u4337').source).toBe('صدى الواحات');
  });
});

describe('a tags line and a share bar between the paragraphs', () => {
  it.each([['u4211'], ['u4338'], ['u4339'], ['u4345']])('%s: the paragraph under them is kept', (id) => {
    const { extraction, expected } = labelled(id);
    expect(extraction.articles[0].paragraphs).toEqual(expected.paragraphs);
  });
  it('u4340 (guard): another story\'s lead under them, no «و», is not the story\'s', () => {
    expect(first('u4340').paragraphs).toHaveLength(1);
  });
  it('a continuation past three share lines is not taken (at most two)', () => {
    const lead = 'قالت وزارة الزراعة إن أسعار الأسمدة تراجعت هذا الشهر بعد وصول شحنات جديدة من موانئ البحر الأسود إلى البلاد.';
    const { article } = fromText(page('عنوان الخبر عن أسعار الأسمدة في الأسواق', lead, 'الوسوم: الأسمدة', 'شارك', 'طباعة', 'نسخ الرابط', 'وأضافت الوزارة أن الأسعار ستستقر.'));
    expect(article.paragraphs.join(' ')).not.toContain('وأضافت الوزارة');
  });
});

describe('a two-crumb breadcrumb after a home word', () => {
  it.each(['الرئيسية / وطنية', 'الصفحة الرئيسية / وطنية', 'الرئيسية | وطني', 'الصفحة الرئيسية » أخبار محلية'])('«%s» is a menu line', (t) =>
    expect(classifyLine(t, lex).kind).toBe('menu'));
  it.each([['بيروت / وطنية', 'dateline'], ['الرئيسية / بوتين يصل إلى أنقرة لبحث الحرب في أوكرانيا.', 'body']])('«%s» is not (%s)', (t, kind) =>
    expect(classifyLine(t, lex).kind).toBe(kind));
  it.each([['u4217', 'tap'], ['u4342', 'saba'], ['u4341', 'aps'], ['u4346', 'qna']])('%s: the lead\'s wire is the agency', (id, agency) =>
    expect(agencyOf(id)).toBe(agency));
  it('u4343 (guard): «بيروت / وطنية» on its own line is still a dateline crediting NNA', () => {
    expect(agencyOf('u4343')).toBe('nna');
  });
});
