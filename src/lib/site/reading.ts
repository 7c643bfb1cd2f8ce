// Reading time for Arabic prose. Arabic words are longer (clitics attached) so readers
// average fewer words per minute than in English; 180 wpm is a common estimate.
import { countNoun } from '../arabic/count';

export const ARABIC_WPM = 180;

export function readingMinutes(words: number, wpm = ARABIC_WPM): number {
  return Math.max(1, Math.round(words / wpm));
}

/** Arabic counted noun for minutes, with the dual and the 3–10 plural. */
export function formatMinutes(n: number): string {
  return countNoun(n, { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة' });
}

/** "قراءة في 3 دقائق" */
export function formatReadingTime(words: number): string {
  return `قراءة في ${formatMinutes(readingMinutes(words))}`;
}

/** Arabic counted noun for articles: مقال واحد، مقالان، 3 مقالات، 11 مقالًا. */
export function formatArticleCount(n: number): string {
  return countNoun(n, { zero: 'لا مقالات', one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا' });
}
