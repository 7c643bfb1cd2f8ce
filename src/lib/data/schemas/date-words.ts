// The date words of content/boilerplate.yaml (`dateWords`): month names of both calendars in
// calendar order, weekday names and the other words a date line may carry. Ingest's date
// reader (src/lib/ingest/dates.ts) is built from them.
import { z } from 'zod';

const names = z.array(z.string().trim().min(1)).min(1);
const monthsOf = (calendar: string) =>
  z.array(names).length(12, { message: `${calendar} months: twelve lists of names, January (or Muharram) first` });

export const DateWordsSchema = z
  .object({
    gregorianMonths: monthsOf('gregorian'),
    hijriMonths: monthsOf('hijri'),
    /** Persian solar (Hijri Shamsi) months, Farvardin first: Iranian outlets print «5 دي 1404». */
    solarMonths: monthsOf('solar').optional(),
    weekdays: names,
    /** The weekdays, Sunday first, one list of spellings a day: a two-digit year is read only where its weekday agrees (short-year.ts). */
    weekdaysInOrder: z.array(names).length(7).optional(),
    /** Words besides weekdays that may surround a date on a date line (time zones, «الموافق», «م»). */
    dateLineWords: z.array(z.string().trim().min(1)).default([]),
    /** Endings glued to a day's number: «5th», the Kurdish izafe «4ی» (twenty-first round, part S). */
    daySuffixes: z.array(z.string().trim().min(1)).default(['st', 'nd', 'rd', 'th']),
    /** A month in Roman numerals, January first («10.IV.2028», thirty-eighth round at the merge). */
    romanMonths: z.array(z.string().trim().min(1)).length(12).optional(),
    /** Words between a day, its month and the year: Spanish «5 de junio de 2027» (thirtieth round). */
    dayMonthJoiners: z.array(z.string().trim().min(1)).default([]),
    /** Labels of an issue number («العدد 12 ديسمبر 2025»: the 12 is the issue, not the day). */
    issueLabels: z.array(z.string().trim().min(1)).default([]),
    /** A print edition's year or volume label before its number or ordinal («السنة الرابعة», «المجلد 14»). */
    volumeLabels: z.array(z.string().trim().min(1)).default([]),
    /** A day written as an ordinal word, first day first («التاسع من أغسطس 2026»): 31 lists of spellings. */
    dayOrdinals: z.array(names).max(31).default([]),
    /** Words a dateline prints for a day of a named month, with no digit («مطلع نوفمبر», «غرة ديسمبر»). */
    monthPartWords: z.array(z.string().trim().min(1)).default([]),
    /** A year written in words («عام ألفين وسبعة وعشرين»): each word's value, the thousands among them. */
    yearNumberWords: z.record(z.string().trim().min(1), z.number().int().min(1)).default({}),
    /** Words before a year («عام», «سنة»): between the month and the year they stand for a separator. */
    yearLabels: z.array(z.string().trim().min(1)).default([]),
    /** A year-first date's marks after the year and the day: Lithuanian «2028 m. vasario 19 d.» (thirty-seventh round). */
    yearFirstMarks: z.object({ year: z.array(z.string().trim().min(1)).default([]), day: z.array(z.string().trim().min(1)).default([]) }).strict().optional(),
  })
  .strict();

export type DateWords = z.output<typeof DateWordsSchema>;
