// «صباح اليوم الأحد 26 أكتوبر 2025»: a lead that says which day «today» is states the story's date. Read
// only when the page prints no date of its own (a real-page probe, thirty-second session: the corpus
// keeps the story and drops the date line). «يوم الأحد 21 مارس» without «اليوم» names an event's day.
import { normalizeArabic } from '../arabic/normalize';
import type { DateReader } from './dates';

const TODAY = normalizeArabic('اليوم');
/** How far into the lead «اليوم» is looked for: its first sentence or two. */
const LEAD_WORDS = 40;

const AGREED = normalizeArabic('الموافق');
/** How many words a Hijri date may take between the weekday and «الموافق» («24 جمادى الآخرة 1448 هـ»). */
const AGREED_REACH = 6;

/** «23-3-2021», «13/5/2027»: a numeric date of one token with its four-digit year. */
const NUMERIC_DATE = /^[0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{4}$/u;

/** A day, a month (one word or two) and a four-digit year from `at` («2027م» and a spaced «م» too), else undefined. */
function fullDateAt(words: string[], at: number, dates: Pick<DateReader, 'parse'>): string | undefined {
  // «الموافق 23-3-2021،»: the whole date in one token (forty-second round, a real Egyptian page).
  const token = (words[at] ?? '').replace(/[،,.]+$/u, '');
  if (NUMERIC_DATE.test(token)) return dates.parse(token) ?? undefined;
  for (const n of [3, 4]) {
    const part = words.slice(at, at + n).map((w) => w.replace(/[،,.]+$/u, ''));
    if (part.length < n || !/^[0-9٠-٩]{4}/u.test(part[n - 1])) continue;
    const iso = dates.parse(part.join(' '));
    if (iso) return iso;
  }
  return undefined;
}

/** The date a lead gives «today» by a weekday and a full date right after it, else undefined. */
export function todayInLead(text: string, dates: Pick<DateReader, 'parse' | 'lineWords'>): string | undefined {
  const words = text.split(/\s+/).slice(0, LEAD_WORDS);
  for (let i = 0; i + 2 < words.length; i++) {
    // «اليوم،» before the weekday: the comma is the sentence's, not the word's.
    if (normalizeArabic(words[i].replace(/[،,]+$/u, '')).replace(/^[وف](?=ال)/u, '') !== TODAY) continue;
    // «اليوم 14 جوان 2027»: a full date right after «اليوم», no weekday — its year printed (fortieth round).
    if (/^[0-9٠-٩]/u.test(words[i + 1])) {
      const iso = fullDateAt(words, i + 1, dates);
      if (iso) return iso;
      continue;
    }
    // «اليوم الأحد 24 رجب 1448هـ الموافق 3 يناير 2027م»: the Gregorian date «الموافق» gives, not the Hijri one.
    const agreed = words.slice(i + 2, i + 2 + AGREED_REACH).findIndex((w) => normalizeArabic(w) === AGREED);
    if (agreed >= 0 && dates.lineWords.has(normalizeArabic(words[i + 1]).replace(/[،,]+$/u, ''))) {
      const iso = fullDateAt(words, i + 3 + agreed, dates);
      if (iso) return iso;
    }
    const weekday = normalizeArabic(words[i + 1]).replace(/[،,]+$/u, '');
    // The date follows the weekday at once («الأحد 26 أكتوبر 2025», «الخميس، 18 مارس 2027»).
    if (!dates.lineWords.has(weekday) || !/^[0-9٠-٩]/u.test(words[i + 2])) continue;
    const iso = dates.parse(words.slice(i + 1, i + 5).join(' '));
    if (iso) return iso;
  }
  return undefined;
}
