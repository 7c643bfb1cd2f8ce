// Date parsing for the formats Arabic news sites print: numeric (19/03/2025, 2025-03-19),
// month names of every series (Egyptian/Gulf يناير…, Levantine كانون الثاني…, Maghreb جانفي…/
// يوليوز…, English — the names are data: content/boilerplate.yaml `dateWords`), the doubled
// «24 فبراير/ شباط 2022» style, Hijri dates (converted with the Umm al-Qura calendar of ICU),
// and Arabic-Indic digits. Relative times («منذ 30 دقائق») carry no year and are never dates.
import { normalizeArabic } from '../arabic/normalize';
import { buildShortYearReader } from './short-year';

export interface ParsedDate {
  /** YYYY-MM-DD (Gregorian). */
  iso: string;
  /** 'unmarked': numeric, in the Hijri range, with no «هـ» — lunar Hijri or Persian solar, unsure. */
  calendar: 'gregorian' | 'hijri' | 'solar' | 'unmarked';
  /** Offset of the match in the normalised text, to prefer the first date of a line. */
  index: number;
}

/** Month and weekday names (content/boilerplate.yaml `dateWords`, validated in src/lib/data). */
export interface DateWordLists {
  gregorianMonths: string[][];
  hijriMonths: string[][];
  solarMonths?: string[][];
  weekdays: string[];
  /** The weekdays, Sunday first (short-year.ts). */
  weekdaysInOrder?: string[][];
  dateLineWords: string[];
  /** «العدد»: the number after it is an issue number. */
  issueLabels?: string[];
  /** «التاسع من أغسطس»: day ordinals, the first day's spellings first. */
  dayOrdinals?: string[][];
  /** Endings glued to a day's number («5th», the Kurdish izafe «4ی»); English's by default. */
  daySuffixes?: string[];
  /** «مطلع», «غرة»: words a dateline may print for a day of a named month, with no digit. */
  monthPartWords?: string[];
  /** «ألفين»: 2000, «سبعة»: 7, «عشرين»: 20 — a year written in words. */
  yearNumberWords?: Record<string, number>;
  /** «عام», «سنة» before a year. */
  yearLabels?: string[];
  /** «de»: words a language prints between the day, the month and the year («5 de junio de 2027»). */
  dayMonthJoiners?: string[];
  /** «I» … «XII»: a month in Roman numerals, January first («10.IV.2028»). */
  romanMonths?: string[];
  /** «m.», «d.»: marks a year-first date prints after its year and its day («2028 m. vasario 19 d.»). */
  yearFirstMarks?: { year: string[]; day: string[] };
}

// Letters adjacent to a month name would make it part of another word (e.g. «مايو» in «ومايوه»).
const NB = '(?<![\\p{L}])';
const NA = '(?![\\p{L}])';
// «نُشر في الثاني والعشرين من آذار», «نشر هذا الخبر في العاشر من …»: the verb of publishing and «في»
// (two words at most between them) say the ordinal that follows is the day (thirty-fifth round, 13h).
const PUBLISHED_IN = `${NB}نشر(?:[\\s]+[\\p{L}]+){0,2}[\\s]+في[\\s]+`;
const HIJRI_MARK = '\\s*(?:هـ|ه\\b|ه(?=[\\s.,)]|$)|h\\b|ah\\b)';
// A slash or dash may have a space either side («العدد: 8412 - 2026 / 4 / 19», fifteenth round).
const ISO = /(?<!\d)(\d{4})(?:[-/.]| ?[-/] ?)(\d{1,2})(?:[-/.]| ?[-/] ?)(\d{1,2})(?!\d)(\s*(?:هـ|ه(?=[\s.,)]|$)))?/gu;
const DMY = /(?<!\d)(\d{1,2})(?:[-/.]| ?[-/] ?)(\d{1,2})(?:[-/.]| ?[-/] ?)(\d{4})(?!\d)(\s*(?:هـ|ه(?=[\s.,)]|$)))?/gu;

// Four digits in a row (normalizeArabic has folded every digit set to ASCII).
const FOUR_DIGITS = /\d{4}/;
// «6/21/2027, 7:45:12 PM»: the en-US form a browser's tools print (a feed reader's item, a notes app's
// copy) — slashes, a comma and a twelve-hour clock — puts the month first (thirty-second round).
const US_DATE_TIME = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4}),\s+\d{1,2}:\d{2}(?::\d{2})?\s?[AP]\.?M\b/giu;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validGregorian(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

const UMALQURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC',
});

function hijriParts(date: Date): [number, number, number] {
  const parts = UMALQURA.formatToParts(date);
  const get = (t: string) => parseInt(parts.find((p) => p.type === t)?.value ?? 'NaN', 10);
  return [get('year'), get('month'), get('day')];
}

/** Converts a Hijri date to Gregorian ISO: tabular estimate, then exact Umm al-Qura search. */
export function hijriToGregorian(y: number, m: number, d: number): string | undefined {
  if (y < 1300 || y > 1520 || m < 1 || m > 12 || d < 1 || d > 30) return undefined;
  const jd = Math.floor((11 * y + 3) / 30) + 354 * y + 30 * m - Math.floor((m - 1) / 2) + d + 1948440 - 385;
  const estimate = (jd - 2440587.5) * 86400000; // Julian day → Unix ms
  for (const offset of [0, -1, 1, -2, 2, -3, 3]) {
    const date = new Date(estimate + offset * 86400000);
    const [hy, hm, hd] = hijriParts(date);
    if (hy === y && hm === m && hd === d) return date.toISOString().slice(0, 10);
  }
  return undefined;
}

const PERSIAN = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC',
});

/** Converts a Persian solar (Hijri Shamsi) date to Gregorian ISO: estimate from Nowruz, then an exact search. */
export function solarToGregorian(y: number, m: number, d: number): string | undefined {
  if (y < 1300 || y > 1500 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dayOfYear = (m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1;
  const estimate = Date.UTC(y + 621, 2, 21) + dayOfYear * 86400000;
  for (const offset of [0, -1, 1, -2, 2]) {
    const date = new Date(estimate + offset * 86400000);
    const parts = PERSIAN.formatToParts(date);
    const get = (t: string) => parseInt(parts.find((p) => p.type === t)?.value ?? 'NaN', 10);
    if (get('year') === y && get('month') === m && get('day') === d) return date.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Reads the dates of a text with the month names it was built from. */
export interface DateReader {
  /** Every date found in `text`, in order of appearance. */
  findDates(text: string): ParsedDate[];
  /**
   * The date a line states, as YYYY-MM-DD, or undefined. A Gregorian date wins over a Hijri
   * one on the same line (sites print both; the Gregorian one is what readers file by).
   */
  parse(text: string): string | undefined;
  /** True when every date of the text is numeric in the Hijri range with no «هـ» («1404/10/03»). */
  unsure(text: string): boolean;
  /** True when the text is just a month name («نوفمبر», «تشرين الثاني»). */
  isMonthName(text: string): boolean;
  /**
   * True when the text is a day of a named month written in words, with no digit («في أول ديسمبر»,
   * «مطلع نوفمبر», «الثاني من ديسمبر»): a dateline's date part, never completed to a date.
   */
  isWordDay(text: string): boolean;
  /** Normalised weekday and date-line words a date line may carry besides its date. */
  lineWords: Set<string>;
  /** Normalised issue labels («العدد», «Issue»): the number after one is an issue's, not a date's. */
  issueLabels: Set<string>;
  /** The text normalised, a year in words and a year's label read as the year's digits («عام ألفين وسبعة» → «2007»). */
  withSpelledYear(text: string): string;
  /** A whole date line with a two-digit year whose weekday agrees («الأحد, 14 سبتمبر 25»: short-year.ts); apart from the four-digit shapes. */
  shortYear(line: string): string | undefined;
}

export function buildDateReader(words: DateWordLists): DateReader {
  const months = new Map<string, { month: number; hijri: boolean; solar?: boolean }>();
  const add = (lists: string[][], hijri: boolean, solar = false) => lists.forEach((names, i) => {
    for (const name of names) months.set(normalizeArabic(name).replace(/\s+/g, ' '), { month: i + 1, hijri, ...(solar ? { solar } : {}) });
  });
  add(words.gregorianMonths, false);
  add(words.hijriMonths, true);
  add(words.solarMonths ?? [], false, true);
  // Longest names first so «كانون الثاني» wins over a shorter prefix; names are normalised.
  const alt = [...months.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|');
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const suffixes = (words.daySuffixes ?? ['st', 'nd', 'rd', 'th']).map((w) => escape(normalizeArabic(w))).join('|');
  // «19 آذار 2025», «3 كانون الأول، 2025», «16/ديسمبر/2025», «24 فبراير/ شباط 2022», «24 كانون
  // الأول (ديسمبر) 2025» (the second name after a slash or a dash, or in parentheses).
  // «5 de junio de 2027»: a joiner word between the parts (`dayMonthJoiners`), spaced, stands for the separator.
  const joiners = (words.dayMonthJoiners ?? []).map((w) => escape(normalizeArabic(w))).join('|');
  const sep = joiners ? `(?:\\s+(?:${joiners})\\s+|[\\s,.،/-]*)` : '[\\s,.،/-]*';
  const dayMonthYear = new RegExp(
    `(?<!\\d)(\\d{1,2})(?:${suffixes})?${sep}${NB}(${alt})${NA}(?:\\s*(?:[/\\-]|\\()\\s*${NB}(${alt})${NA}\\s*\\)?)?${sep}(\\d{4})(?!\\d)(${HIJRI_MARK})?`,
    'gu',
  );
  // «ديسمبر 28, 2025», «يونيو 22، 2026» (an Arabic comma), «Jun. 23, 2026» (an abbreviation's full stop).
  const monthDayYear = new RegExp(`${NB}(${alt})${NA}\\.?\\s+(\\d{1,2})(?:${suffixes})?[,،]?\\s+(\\d{4})(?!\\d)`, 'gu');
  // «14 10:30 2026 ديسمبر»: a Tunisian site's day, clock time, year and month (twenty-ninth round; aside28 u2226, spent).
  const dayTimeYearMonth = new RegExp(`(?<![\\d:])(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(\\d{4})\\s+${NB}(${alt})${NA}`, 'gu');
  // «2028 مارس 5», «2028 m. vasario 19 d.»: a year-first date with the month named (thirty-seventh round, at the
  // merge; aside37 u3424, u3436, spent). The year's and the day's marks are data (`yearFirstMarks`).
  const marks = (list: string[] | undefined) => (list ?? []).map((w) => escape(normalizeArabic(w))).join('|');
  const yMark = marks(words.yearFirstMarks?.year);
  const dMark = marks(words.yearFirstMarks?.day);
  const yearMonthDay = new RegExp(
    `(?<![\\d:/.-])(\\d{4})${yMark ? `(?:\\s*(?:${yMark}))?` : ''}[\\s,،/-]+${NB}(${alt})${NA}[\\s,،/-]+(\\d{1,2})(?:\\s*(?:${dMark || '(?!)'}))?(?![\\d:/]|\\.\\d)`,
    'gu',
  );
  const month = (name: string) => months.get(name.replace(/\s+/g, ' '))!;
  // «10.IV.2028»: a month in Roman numerals, the same mark (a dot, a slash, a dash or a space) either side, between a
  // day and a four-digit year — never a numeral alone (thirty-eighth round, at the merge; aside38 u3547, spent).
  const romans = new Map((words.romanMonths ?? []).map((r, i) => [normalizeArabic(r), i + 1]));
  const romanAlt = [...romans.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const dayRomanYear = romanAlt ? new RegExp(`(?<![\\d.])(\\d{1,2})([./-])(${romanAlt})\\2(\\d{4})(?!\\d)`, 'gu') : undefined;

  // «العدد 12 ديسمبر 2025»: the number after an issue label is blanked (same length: indexes hold).
  const labels = (words.issueLabels ?? []).map((w) => normalizeArabic(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const issue = labels.length ? new RegExp(`(?<![\\p{L}])((?:${labels.join('|')})\\s*[:.]?\\s*)(\\d+)`, 'giu') : undefined;

  // «الأحد التاسع من أغسطس 2026»: a day written as an ordinal word, read as its number (padded to
  // the same length: indexes hold) — only at the start of the text or after a weekday or «يوم»,
  // so that «الأسبوع الأول من يوليو» in a sentence is never a day (nineteenth round, part D).
  const ordinals = new Map<string, number>();
  (words.dayOrdinals ?? []).forEach((names, i) => names.forEach((n) => ordinals.set(normalizeArabic(n).replace(/\s+/g, ' '), i + 1)));
  const ordAlt = [...ordinals.keys()].sort((a, b) => b.length - a.length).map((o) => o.replace(/ /g, '\\s+')).join('|');
  const dayWords = words.weekdays.map((w) => normalizeArabic(w)).join('|');
  const ordinalDay = ordAlt
    ? new RegExp(`(^\\s*|${NB}(?:${dayWords}|يوم)${NA}[\\s،,]+|${PUBLISHED_IN})(${ordAlt})(\\s+من\\s+(?:شهر\\s+)?)(?=(?:${alt})${NA})`, 'gu')
    : undefined;

  // «أول ديسمبر», «ثاني ديسمبر»: an ordinal without its article reads as one with it; «مطلع», «غرة».
  const bare = [...ordinals.keys()].filter((o) => o.startsWith('ال')).map((o) => o.slice(2));
  const wordDayNames = [...ordinals.keys(), ...bare, ...(words.monthPartWords ?? []).map((w) => normalizeArabic(w))]
    .sort((a, b) => b.length - a.length).map((o) => escape(o).replace(/ /g, '\\s+')).join('|');
  const wordDay = new RegExp(`^(?:في\\s+)?(?:${wordDayNames})(?:\\s+من)?(?:\\s+شهر)?\\s+(?:${alt})(?:\\s+\\d{4})?$`, 'u');

  const yearWords = yearInWords(words, escape);

  function findDates(text: string): ParsedDate[] {
    // Normalise digits and letters; split a time glued onto a date («17:3819/03/2025»).
    // «١٤ـ٤ـ٢٠٢٨»: a tatweel between digits parts a date as a dash would (normalizeArabic drops it and would glue the
    // digits into one number; thirty-eighth round, at the merge; aside38 u3551, spent).
    let t = normalizeArabic(text.replace(/(?<=[\d\u0660-\u0669\u06F0-\u06F9])\u0640+(?=[\d\u0660-\u0669\u06F0-\u06F9])/g, '-')).replace(/(\d{1,2}:\d{2}(?::\d{2})?)(?=\d)/g, '$1 ');
    if (yearWords) t = yearWords(t);
    // Every shape read here holds a year of four digits: a text without four digits in a row holds
    // no date, and most lines a page is classified by hold none (the regexes are the hot path's cost).
    if (!FOUR_DIGITS.test(t)) return [];
    if (issue && /\d/.test(t)) t = t.replace(issue, (_m, label: string, n: string) => label + ' '.repeat(n.length));
    if (ordinalDay) {
      t = t.replace(ordinalDay, (_m, before: string, word: string, of: string) => {
        const n = String(ordinals.get(word.replace(/\s+/g, ' ')));
        return before + n + ' '.repeat(word.length + of.length - n.length);
      });
    }
    const found: ParsedDate[] = [];
    const push = (iso: string | undefined, calendar: ParsedDate['calendar'], index: number) => {
      if (iso && !found.some((f) => f.index === index)) found.push({ iso, calendar, index });
    };
    for (const m of t.matchAll(dayMonthYear)) {
      const info = month(m[2]);
      const y = +m[4];
      if (info.solar) push(solarToGregorian(y, info.month, +m[1]), 'solar', m.index!);
      else if (info.hijri || (m[5] && y < 1600)) push(hijriToGregorian(y, info.month, +m[1]), 'hijri', m.index!);
      else push(validGregorian(y, info.month, +m[1]), 'gregorian', m.index!);
    }
    for (const m of t.matchAll(monthDayYear)) {
      const info = month(m[1]);
      if (info.solar) push(solarToGregorian(+m[3], info.month, +m[2]), 'solar', m.index!);
      else if (info.hijri) push(hijriToGregorian(+m[3], info.month, +m[2]), 'hijri', m.index!);
      else push(validGregorian(+m[3], info.month, +m[2]), 'gregorian', m.index!);
    }
    for (const m of t.matchAll(yearMonthDay)) {
      const info = month(m[2]);
      if (!info.hijri && !info.solar) push(validGregorian(+m[1], info.month, +m[3]), 'gregorian', m.index!);
    }
    for (const m of t.matchAll(dayTimeYearMonth)) {
      const info = month(m[3]);
      if (!info.hijri && !info.solar) push(validGregorian(+m[2], info.month, +m[1]), 'gregorian', m.index!);
    }
    for (const m of t.matchAll(ISO)) {
      const y = +m[1];
      if (m[4] || (y >= 1300 && y < 1600)) push(hijriToGregorian(y, +m[2], +m[3]), m[4] ? 'hijri' : 'unmarked', m.index!);
      else push(validGregorian(y, +m[2], +m[3]), 'gregorian', m.index!);
    }
    if (dayRomanYear) for (const m of t.matchAll(dayRomanYear)) push(validGregorian(+m[4], romans.get(m[3])!, +m[1]), 'gregorian', m.index!);
    for (const m of t.matchAll(US_DATE_TIME)) push(validGregorian(+m[3], +m[1], +m[2]), 'gregorian', m.index!);
    for (const m of t.matchAll(DMY)) {
      const y = +m[3];
      if (m[4] || (y >= 1300 && y < 1600)) push(hijriToGregorian(y, +m[2], +m[1]), m[4] ? 'hijri' : 'unmarked', m.index!);
      else push(validGregorian(y, +m[2], +m[1]), 'gregorian', m.index!);
    }
    return found.sort((a, b) => a.index - b.index);
  }

  // A line is asked for its dates several times in a row (classify.ts: is it a date line, its date, is that date
  // unsure; date-roles.ts: a part's date, is the part a date line): the last text's dates are kept, one entry,
  // frozen so that no reader can change what the next one is given.
  let lastText: string | undefined;
  let lastDates: ParsedDate[] = [];
  const datesOf = (text: string): ParsedDate[] => {
    if (text !== lastText) {
      lastDates = Object.freeze(findDates(text)) as ParsedDate[];
      lastText = text;
    }
    return lastDates;
  };

  return {
    findDates: datesOf,
    withSpelledYear: (text) => (yearWords ? yearWords(normalizeArabic(text)) : normalizeArabic(text)),
    parse(text) {
      const dates = datesOf(text);
      return (dates.find((d) => d.calendar === 'gregorian') ?? dates[0])?.iso;
    },
    unsure(text) {
      const dates = datesOf(text);
      return dates.length > 0 && dates.every((d) => d.calendar === 'unmarked');
    },
    isMonthName: (text) => months.has(normalizeArabic(text).trim().replace(/\s+/g, ' ')),
    isWordDay: (text) => wordDay.test(normalizeArabic(text).trim()),
    lineWords: new Set([...words.weekdays, ...words.dateLineWords].map((w) => normalizeArabic(w))),
    issueLabels: new Set((words.issueLabels ?? []).map((w) => normalizeArabic(w))),
    shortYear: buildShortYearReader(words),
  };
}

const RELATIVE_OPENING = /^[مق0-9]/;
/** «منذ 30 دقائق», «قبل ساعة» …: relative times, which are interface text, not dates. */
export function isRelativeTime(line: string): boolean {
  // Both shapes open on «منذ», «قبل» or a digit once normalised: a line opening on another unit (most lines, and
  // every paragraph) is answered from its normalised head, not normalised whole. The folds act unit by unit, so the
  // head's first unit past the spaces is the whole line's.
  const head = normalizeArabic(line.slice(0, 32)).trimStart();
  if (head && !RELATIVE_OPENING.test(head)) return false;
  const t = normalizeArabic(line).trim();
  return /^(منذ|قبل)\s+(\d+\s+)?(ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقاءق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه)(\s+واحده)?$/.test(t)
    || /^\d+\s*(min|mins|minutes|hours?|days?)\s+ago$/.test(t);
}

/**
 * «الثالث من أكتوبر عام ألفين وسبعة وعشرين»: a year written in words (a thousands word, then parts joined
 * by «و»), and a label «عام»/«سنة» between the month and the year, read as the year's four digits padded
 * with spaces (indexes hold). Undefined when the data lists no such words (thirty-third round, merged).
 */
function yearInWords(words: DateWordLists, escape: (w: string) => string): ((t: string) => string) | undefined {
  const values = new Map(Object.entries(words.yearNumberWords ?? {}).map(([w, v]) => [normalizeArabic(w).replace(/\s+/g, ' '), v]));
  const alt = (keep: (v: number) => boolean) => [...values].filter(([, v]) => keep(v)).map(([w]) => w)
    .sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
  const thousands = alt((v) => v >= 1000);
  const parts = alt((v) => v < 1000);
  const labels = (words.yearLabels ?? []).map((w) => escape(normalizeArabic(w))).join('|');
  if (!thousands || !parts) return undefined;
  const hint = new RegExp(thousands, 'u');
  const spelled = new RegExp(`${NB}(?:(?:${labels || '(?!)'})\\s+)?(${thousands})((?:\\s+و\\s*(?:${parts}))*)${NA}`, 'gu');
  const labelled = labels ? new RegExp(`${NB}(?:${labels})\\s+(?=\\d{4}(?!\\d))`, 'gu') : undefined;
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));
  return (t) => {
    let out = hint.test(t) ? t.replace(spelled, (m, th: string, rest: string) => {
      let year = values.get(th.replace(/\s+/g, ' ')) ?? 0;
      for (const p of rest.split(/\s+و\s*/u).map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean)) year += values.get(p) ?? 0;
      return pad(String(year), m.length);
    }) : t;
    if (labelled && FOUR_DIGITS.test(out)) out = out.replace(labelled, (m) => ' '.repeat(m.length));
    return out;
  };
}
