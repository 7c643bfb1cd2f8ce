// Thirty-ninth round (13t): known misses that transfer — a date line with a two-digit year read only where its
// weekday agrees (short-year.ts), and guards where a two-digit number after a month is no year. Pages:
// tests/fixtures/ingest-unseen/dev/u3750–u3772 (the aside third dev-aside-42t is scored apart, never here).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { lex, labelled, fromText } = roundFixtures(['dev']);
const field = (id: string, name: string) => labelled(id).extraction.evidence[0].fields.find((f) => f.field === name)?.value ?? null;

describe('a date line with a two-digit year', () => {
  it.each([
    ['09:15 ص, الأحد, 14 سبتمبر 25', '2025-09-14'],
    ['10:40 م, الخميس, 12 مارس 26', '2026-03-12'],
    ['الأحد 16/11/25 - 08:30 ص', '2025-11-16'],
    ['السبت، 7 فبراير 26 | 06:05 م', '2026-02-07'],
    ['الإثنين ٩ فبراير ٢٦', '2026-02-09'],
    ['Sunday, 14 September 25', '2025-09-14'],
  ])('%s → %s', (line, iso) => expect(lex.dates.shortYear(line)).toBe(iso));
  it.each([
    ['a weekday that disagrees (14 September 2026 is a Monday)', 'الأحد, 14 سبتمبر 26'],
    ['no weekday: no century is guessed', '09:15 ص, 14 سبتمبر 25'],
    ['a temperature list: more digits after the «year»', 'الخميس 12 مارس 26 / 14'],
    ['a score after the month', 'الأحد 14 سبتمبر: الأهلي 25 - 23 الزمالك'],
    ['words besides the date', 'الأحد 14 سبتمبر 25 لاعبا في القائمة'],
    ['an impossible day', 'الأحد 31/02/25'],
    ['a four-digit year is the reader\'s own shape', 'الأحد 14 سبتمبر 2025'],
  ])('%s: none', (_why, line) => expect(lex.dates.shortYear(line)).toBeUndefined());
  it('the four-digit reader is unchanged: it still reads no two-digit year', () => expect(lex.dates.parse('الأحد, 14 سبتمبر 25')).toBeUndefined());
});

describe('the pages', () => {
  it.each([
    ['u3750', '2026-03-12'],
    ['u3751', '2025-11-16'],
    ['u3620', '2025-09-14'],
  ])('%s: the date line with a two-digit year is the date', (id, iso) => expect(field(id, 'date')).toBe(iso));
  it.each([
    ['u3753', '2026-03-11'],
    ['u3754', '2025-09-15'],
  ])('%s (guard): the page\'s own four-digit date, not a list\'s number after a month', (id, iso) => expect(field(id, 'date')).toBe(iso));
});

const paragraphs = (id: string) => labelled(id).extraction.articles[0].paragraphs;

describe('a deck between the headline and its repeat', () => {
  it.each([
    ['u3756', 'المستثمرون يتجهون إلى الملاذات الآمنة.. والفضة ترتفع 2%'],
    ['u3757', 'الوزيران يبحثان تسوية الأزمة الأوكرانية وملف اللاجئين في المنطقة'],
    ['u3635', 'تراجعت أسعار الخضر وارتفعت الفاكهة في سوق الجملة'],
  ])('%s: the deck is the first paragraph', (id, deck) => expect(paragraphs(id)[0]).toBe(deck));
  it('u3759 (guard): a photo caption between the headline and its repeat is no paragraph', () => {
    expect(paragraphs('u3759').some((p) => p.includes('أرشيفية'))).toBe(false);
    expect(paragraphs('u3759')[0]).toMatch(/^أعلنت وزارة الخارجية الروسية/u);
  });
});

describe('a station named in two places of its own page', () => {
  it.each([
    ['u3760', 'تالة الجبلية أف أم'],
    ['u3762', 'نفزة الخضراء إف إم'],
  ])('%s: the Latin masthead in short agrees with the Arabic name in full', (id, name) => expect(field(id, 'outlet')).toBe(name));
  it('u3763 (guard): a footer naming a partner station under a label does not agree: the Latin masthead stays', () => expect(field('u3763', 'outlet')).toBe('Radio Sbiba FM'));
  it.each([
    ['u3765', 'الديوان'],
    ['u3766', 'الواحة'],
  ])('%s: the lead\'s «لـNAME» and the page\'s hashtag agree', (id, name) => expect(String(field(id, 'outlet'))).toContain(name));
  it('u3768 (guard): a lead quoting another station on a site with its own masthead names the site', () => expect(field('u3768', 'outlet')).toBe('قفصة اليوم'));
});

describe('a paper named after a person', () => {
  it.each([
    ['u3623', 'عمر المختار'],
    ['u3769', 'ابن رشيق'],
  ])('%s: the name over the headline and in the © line is the outlet', (id, name) => expect(field(id, 'outlet')).toBe(name));
  it('u3772 (guard): a columnist\'s name over his column is not the outlet: the © line\'s site is', () => expect(field('u3772', 'outlet')).toBe('الرابطة'));
});

describe('a hashtag needs a second place to agree', () => {
  const page = (lead: string, tags: string) => ['الرئيسية', 'الأخبار', 'بلدية المدينة تطلق حملة لصيانة الطرقات قبل الشتاء', 'الأحد 2 أبريل 2028',
    lead, 'وأضاف أن الأشغال ستتواصل إلى نهاية الشهر المقبل في كل الأحياء.', tags].join('\n');
  it('the lead\'s glued «لـNAME» and the hashtag: the station', () => {
    expect(String(fromText(page('قال رئيس البلدية في تصريح للسنابل أف أم إن الحملة تشمل الأحياء الشرقية والطرق الرئيسية في المدينة.', '#السنابل_اف_ام #بلديات')).article.source)).toContain('السنابل');
  });
  it('a hashtag alone, the lead naming no one: no station', () => {
    expect(fromText(page('قال رئيس البلدية إن الحملة تشمل الأحياء الشرقية والطرق الرئيسية في المدينة.', '#السنابل_اف_ام #بلديات')).article.source).toBeUndefined();
  });
  it('the lead naming another station than the hashtag: no station', () => {
    expect(fromText(page('قال رئيس البلدية في تصريح للجوهرة أف أم إن الحملة تشمل الأحياء الشرقية والطرق الرئيسية في المدينة.', '#السنابل_اف_ام #بلديات')).article.source).toBeUndefined();
  });
});
