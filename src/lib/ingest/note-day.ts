// A notes app's daily note titled by a bare numeric date (forty-first round, session 44, 13k): «2028-09-15»,
// «18/09/2028», «20.09.2028» alone on the copy's first line is the day the user clipped into — the copy's date —
// and the clip's source line under it («المصدر: NAME - 14 سبتمبر 2028», «المصدر:: NAME – DATE») prints the
// story's. The fortieth round read the same shape under an app's name (Roam's English ordinal title, a copy
// wrapper); with no app named, the evidence is the shape itself: the bare date first, a source-labelled line within
// the next four lines printing an earlier full date (a clip is made after the story, never before). A site's own
// date first with no source line under it stays the story's date.
import type { ClassifiedLine } from './classify';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const BARE_NUMERIC_DATE = /^(?:\d{4}[-./_]\d{1,2}[-./_]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})$/u;
const SOURCE_LABEL = /^([^:\n]{2,20}?)\s*::?\s*\S/u;
const LOOK = 4;

/** The note's title line (0-based) and the source line's date, or undefined. */
export function noteDaySource(lines: readonly ClassifiedLine[], lex: Lexicon): { titleLine: number; value: string; line: number } | undefined {
  const first = lines.find((l) => l.kind !== 'blank');
  const head = first?.text.trim() ?? '';
  // Cheap gate: a first line of 8–10 characters holding only digits and separators.
  if (!first || head.length < 8 || head.length > 10 || !BARE_NUMERIC_DATE.test(head)) return undefined;
  const top = lex.dates.parse(head);
  if (!top) return undefined;
  let seen = 0;
  for (const l of lines.slice(first.index + 1)) {
    if (l.kind === 'blank') continue;
    if (++seen > LOOK) break;
    const label = SOURCE_LABEL.exec(l.text.trim());
    if (!label || !lex.labels.source.has(lexKey(label[1]))) continue;
    const value = lex.dates.parse(l.text);
    if (value && value < top) return { titleLine: first.index, value, line: l.index };
  }
  return undefined;
}
