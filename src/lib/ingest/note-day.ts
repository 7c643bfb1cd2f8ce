// A notes app's daily note titled by a bare numeric date (forty-first round, session 44, 13k): «2028-09-15»,
// «18/09/2028», «20.09.2028» alone on the copy's first line is the day the user clipped into — the copy's date —
// and the clip's source line under it («المصدر: NAME - 14 سبتمبر 2028», «المصدر:: NAME – DATE») prints the
// story's. The fortieth round read the same shape under an app's name (Roam's English ordinal title, a copy
// wrapper); with no app named, the evidence is the shape itself: the bare date first, a source-labelled line within
// the next four lines printing an earlier full date (a clip is made after the story, never before). A site's own
// date first with no source line under it stays the story's date.
// Forty-fifth round (helper 13s, aside44 u4387 read a day late): a notes app's clip prints its own stamp under the app's
// name and the note's title, often with the clock time («Xiaomi Notes» / «أخبار مهمة» / «21.12.2027 19:02» over «المصدر:
// NAME - 20.12.2027»). The stamp is looked for among the copy's first three lines, a time after it allowed; the source
// line under it with an earlier date is still the evidence, so a site's own date line with no such line is untouched.
import type { ClassifiedLine } from './classify';
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const BARE_NUMERIC_DATE = /^(?:\d{4}[-./_]\d{1,2}[-./_]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:[,،]?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** How many of the copy's first lines may hold the stamp (an app's name and a note's title above it). */
const HEAD_LINES = 3;
const SOURCE_LABEL = /^([^:\n]{2,20}?)\s*::?\s*\S/u;
const LOOK = 4;

/** The note's title line (0-based) and the source line's date, or undefined. */
export function noteDaySource(lines: readonly ClassifiedLine[], lex: Lexicon): { titleLine: number; value: string; line: number } | undefined {
  // Cheap gate: a line of 8–20 characters holding only digits, separators and a clock time.
  const stampLike = (l: ClassifiedLine) => { const t = l.text.trim(); return t.length >= 8 && t.length <= 20 && BARE_NUMERIC_DATE.test(t); };
  const first = lines.filter((l) => l.kind !== 'blank').slice(0, HEAD_LINES).find(stampLike);
  if (!first) return undefined;
  const top = lex.dates.parse(first.text.trim());
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
