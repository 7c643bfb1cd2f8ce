// Date parsing for the formats Arabic news sites print: numeric (19/03/2025, 2025-03-19),
// Arabic month names in both the Egyptian/Gulf (يناير…) and Levantine (كانون الثاني…) series,
// the doubled «24 فبراير/ شباط 2022» style, English («5th, April 2024»), Hijri dates (converted
// with the Umm al-Qura calendar of ICU), and Arabic-Indic digits. Relative times («منذ 30 دقائق»)
// carry no year and are never dates.
import { normalizeArabic } from '../arabic/normalize';

export interface ParsedDate {
  /** YYYY-MM-DD (Gregorian). */
  iso: string;
  calendar: 'gregorian' | 'hijri';
  /** Offset of the match in the normalised text, to prefer the first date of a line. */
  index: number;
}

const GREGORIAN: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونيه: 6,
  يوليو: 7, يوليه: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  // Maghreb series: Algeria/Tunisia (جانفي…) and Morocco (يوليوز، غشت، شتنبر، نونبر، دجنبر).
  جانفي: 1, فيفري: 2, أفريل: 4, ماي: 5, جوان: 6, جويلية: 7, أوت: 8,
  يوليوز: 7, غشت: 8, شتنبر: 9, نونبر: 11, دجنبر: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const HIJRI: Record<string, number> = {
  محرم: 1, صفر: 2, 'ربيع الأول': 3, 'ربيع الآخر': 4, 'ربيع الثاني': 4,
  'جمادى الأولى': 5, 'جمادى الأول': 5, 'جمادى الآخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6,
  رجب: 7, شعبان: 8, رمضان: 9, شوال: 10, 'ذو القعدة': 11, 'ذي القعدة': 11, 'ذو الحجة': 12, 'ذي الحجة': 12,
};

const MONTHS = new Map<string, { month: number; hijri: boolean }>();
for (const [name, month] of Object.entries(GREGORIAN)) MONTHS.set(normalizeArabic(name), { month, hijri: false });
for (const [name, month] of Object.entries(HIJRI)) MONTHS.set(normalizeArabic(name), { month, hijri: true });

// Longest names first so «كانون الثاني» wins over a shorter prefix; names are normalised.
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, '\\s+')).join('|');
// Letters adjacent to a month name would make it part of another word (e.g. «مايو» in «ومايوه»).
const NB = '(?<![\\p{L}])';
const NA = '(?![\\p{L}])';
const HIJRI_MARK = '\\s*(?:هـ|ه\\b|ه(?=[\\s.,)]|$)|h\\b|ah\\b)';

const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s,.-]*${NB}(${MONTH_ALT})${NA}(?:\\s*[/\\-]\\s*${NB}(${MONTH_ALT})${NA})?[\\s,.-]*(\\d{4})(?!\\d)(${HIJRI_MARK})?`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(`${NB}(${MONTH_ALT})${NA}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu');
const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(\s*(?:هـ|ه(?=[\s.,)]|$)))?/gu;
const DMY = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)(\s*(?:هـ|ه(?=[\s.,)]|$)))?/gu;

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

/** Every date found in `text`, in order of appearance. */
export function findDates(text: string): ParsedDate[] {
  // Normalise digits and letters; split a time glued onto a date («17:3819/03/2025»).
  const t = normalizeArabic(text).replace(/(\d{1,2}:\d{2}(?::\d{2})?)(?=\d)/g, '$1 ');
  const found: ParsedDate[] = [];
  const add = (iso: string | undefined, calendar: ParsedDate['calendar'], index: number) => {
    if (iso && !found.some((f) => f.index === index)) found.push({ iso, calendar, index });
  };
  for (const m of t.matchAll(DAY_MONTH_YEAR)) {
    const info = MONTHS.get(m[2].replace(/\s+/g, ' '))!;
    const y = +m[4];
    if (info.hijri || (m[5] && y < 1600)) add(hijriToGregorian(y, info.month, +m[1]), 'hijri', m.index!);
    else add(validGregorian(y, info.month, +m[1]), 'gregorian', m.index!);
  }
  for (const m of t.matchAll(MONTH_DAY_YEAR)) {
    const info = MONTHS.get(m[1].replace(/\s+/g, ' '))!;
    if (info.hijri) add(hijriToGregorian(+m[3], info.month, +m[2]), 'hijri', m.index!);
    else add(validGregorian(+m[3], info.month, +m[2]), 'gregorian', m.index!);
  }
  for (const m of t.matchAll(ISO)) {
    const y = +m[1];
    if (m[4] || (y >= 1300 && y < 1600)) add(hijriToGregorian(y, +m[2], +m[3]), 'hijri', m.index!);
    else add(validGregorian(y, +m[2], +m[3]), 'gregorian', m.index!);
  }
  for (const m of t.matchAll(DMY)) {
    const y = +m[3];
    if (m[4] || (y >= 1300 && y < 1600)) add(hijriToGregorian(y, +m[2], +m[1]), 'hijri', m.index!);
    else add(validGregorian(y, +m[2], +m[1]), 'gregorian', m.index!);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The date a line states, as YYYY-MM-DD, or undefined. A Gregorian date wins over a Hijri
 * one on the same line (sites print both; the Gregorian one is what readers file by).
 */
export function parseArabicDate(text: string): string | undefined {
  const dates = findDates(text);
  return (dates.find((d) => d.calendar === 'gregorian') ?? dates[0])?.iso;
}

/** «منذ 30 دقائق», «قبل ساعة» …: relative times, which are interface text, not dates. */
export function isRelativeTime(line: string): boolean {
  const t = normalizeArabic(line).trim();
  return /^(منذ|قبل)\s+(\d+\s+)?(ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقاءق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه)(\s+واحده)?$/.test(t)
    || /^\d+\s*(min|mins|minutes|hours?|days?)\s+ago$/.test(t);
}
