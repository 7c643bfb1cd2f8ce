// Thirty-ninth round (13t): known misses that transfer — a date line with a two-digit year read only where its
// weekday agrees (short-year.ts), and guards where a two-digit number after a month is no year. Pages:
// tests/fixtures/ingest-unseen/dev/u3750–u3772 (the aside third dev-aside-42t is scored apart, never here).
import { describe, expect, it } from 'vitest';
import { roundFixtures } from './round-fixtures';

const { lex, labelled } = roundFixtures(['dev']);
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
