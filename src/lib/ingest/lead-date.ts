// «صباح اليوم الأحد 26 أكتوبر 2025»: a lead that says which day «today» is states the story's date. Read
// only when the page prints no date of its own (a real-page probe, thirty-second session: the corpus
// keeps the story and drops the date line). «يوم الأحد 21 مارس» without «اليوم» names an event's day.
import { normalizeArabic } from '../arabic/normalize';
import type { DateReader } from './dates';

const TODAY = normalizeArabic('اليوم');
/** How far into the lead «اليوم» is looked for: its first sentence or two. */
const LEAD_WORDS = 40;

/** The date a lead gives «today» by a weekday and a full date right after it, else undefined. */
export function todayInLead(text: string, dates: Pick<DateReader, 'parse' | 'lineWords'>): string | undefined {
  const words = text.split(/\s+/).slice(0, LEAD_WORDS);
  for (let i = 0; i + 2 < words.length; i++) {
    if (normalizeArabic(words[i]).replace(/^[وف](?=ال)/u, '') !== TODAY) continue;
    const weekday = normalizeArabic(words[i + 1]).replace(/[،,]+$/u, '');
    // The date follows the weekday at once («الأحد 26 أكتوبر 2025», «الخميس، 18 مارس 2027»).
    if (!dates.lineWords.has(weekday) || !/^[0-9٠-٩]/u.test(words[i + 2])) continue;
    const iso = dates.parse(words.slice(i + 1, i + 5).join(' '));
    if (iso) return iso;
  }
  return undefined;
}
