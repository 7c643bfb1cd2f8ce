// A date line with a two-digit year («10:15 ص, الأحد, 14 سبتمبر 25», «الأحد 16/11/25 - 08:30 ص»; thirty-ninth
// round, 13t). The date reader's shapes need four digits (its hot path's gate, dates.ts); a two-digit year
// names no century, so one is never guessed: the line must print a weekday that agrees with the date in the
// 2000s, and hold nothing but the date's furniture (the weekday, a clock time, «ص/م», separators). A two-digit
// number after a month that is no year — a temperature «الخميس 12 مارس 26 / 14», a score — leaves other words
// or digits on the line, or its weekday agrees by chance one time in seven with nothing else to vouch.
import { normalizeArabic } from '../arabic/normalize';

export interface ShortYearWords {
  gregorianMonths: string[][];
  /** Seven lists of a weekday's spellings, Sunday first (`dateWords.weekdaysInOrder`). */
  weekdaysInOrder?: string[][];
  dateLineWords: string[];
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NB = '(?<![\\p{L}\\d])';
const NA = '(?![\\p{L}\\d])';
// «10:40», «09:15:02»: a clock time on the line (never part of the date).
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/gu;
// Separators a date line prints between its parts.
const ONLY_SEPARATORS = /^[\s,،|/\\\-–—•·:.]*$/u;

/** Reads a whole line as a date with a two-digit year; undefined unless its weekday agrees (see above). */
export function buildShortYearReader(words: ShortYearWords): (line: string) => string | undefined {
  const order = words.weekdaysInOrder ?? [];
  if (order.length !== 7) return () => undefined;
  const weekday = new Map<string, number>();
  order.forEach((names, day) => names.forEach((n) => weekday.set(normalizeArabic(n), day)));
  const months = new Map<string, number>();
  words.gregorianMonths.forEach((names, i) => names.forEach((n) => months.set(normalizeArabic(n).replace(/\s+/g, ' '), i + 1)));
  const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map((k) => escape(k).replace(/ /g, '\\s+')).join('|');
  const dayRe = new RegExp(`${NB}(${alt(weekday.keys())})${NA}`, 'u');
  // «14 سبتمبر 25», «14 سبتمبر، 25»; «16/11/25», «16-11-25», «16.11.25».
  const named = new RegExp(`(?<![\\d:/.-])(\\d{1,2})[\\s,،/-]*${NB}(${alt(months.keys())})${NA}[\\s,،/-]*(\\d{2})(?![\\d:/.])`, 'u');
  const numeric = /(?<![\d:/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d:/.-])/u;
  const lineWords = new RegExp(`${NB}(?:${alt(words.dateLineWords.map(normalizeArabic))})${NA}`, 'gu');

  return (line: string) => {
    // Cheap gates first: a short line with a digit pair and a weekday (most lines have neither).
    if (line.length > 60 || !/[\d٠-٩۰-۹]{2}/u.test(line)) return undefined;
    const t = normalizeArabic(line);
    const day = dayRe.exec(t);
    if (!day) return undefined;
    const m = named.exec(t);
    const n = m ? undefined : numeric.exec(t);
    const d = m ? +m[1] : n ? +n[1] : NaN;
    const month = m ? months.get(m[2].replace(/\s+/g, ' ')) : n ? +n[3] : undefined;
    const yy = m ? m[3] : n?.[4];
    if (!month || yy === undefined || !(d >= 1 && d <= 31) || month > 12) return undefined;
    // Nothing but the date's furniture on the line.
    const rest = t.replace((m ?? n)![0], ' ').replace(day[0], ' ').replace(CLOCK, ' ').replace(lineWords, ' ');
    if (!ONLY_SEPARATORS.test(rest)) return undefined;
    const y = 2000 + +yy;
    const date = new Date(Date.UTC(y, month - 1, d));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDay() !== weekday.get(day[1])) return undefined;
    return date.toISOString().slice(0, 10);
  };
}
