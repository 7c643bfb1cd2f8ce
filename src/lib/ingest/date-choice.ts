// The main article's date: published label over a date line over updated, then a masthead, the
// origin line and the dateline (split out of metadata.ts in the fifteenth round; behaviour unchanged).
import { HOLDS_LINK, type ClassifiedLine } from './classify';
import type { Dateline } from './dateline';
import { roundConfidence, type FieldEvidence } from './evidence';
import type { Lexicon } from './boilerplate';
import { originDate, type OriginLine } from './origin-lines';
import { todayInLead } from './lead-date';
import { COPY_TIME_RANK, STAMP_RANK, indirectDates } from './indirect-dates';
import { noteDaySource } from './note-day';
/** A masthead's date line holds the date and a few words (an issue number, the Hijri date): never a sentence's length. */
const MASTHEAD_MAX_WORDS = 20;
const DATE_RULES = ['published label', 'date line', 'updated label', 'numeric date in the Hijri range without «هـ» (lunar or Persian solar?)'];

/** Published over a plain date line over updated; then a masthead; then the dateline's date; nearest the headline first. */
export function chooseDate(header: ClassifiedLine[], meta: ClassifiedLine[], lex: Lexicon, lead?: { dateline: Dateline; index: number }, title?: number, origins: readonly OriginLine[] = [], leadLine?: ClassifiedLine, page?: { lines: readonly ClassifiedLine[]; start: number; printed?: readonly string[] }): FieldEvidence {
  const candidates: { value: string; rule: string; confidence: number; line: number; rank: number }[] = [];
  // Dates stated indirectly (indirect-dates.ts): a print's date is an anchor, never the story's; a copy tool's time comes last.
  const indirect = page ? indirectDates(page.lines, page.start, title, lex.dates, lex.data.indirectDates, page.printed) : undefined;
  // «2028-09-15» over «المصدر: NAME - 14 سبتمبر 2028»: a daily note's title is the copy's day, the source line's date the story's (note-day.ts).
  const noteDay = page ? noteDaySource(page.lines, lex) : undefined;
  if (noteDay) candidates.push({ value: noteDay.value, rule: 'the clip\'s source line under a daily note\'s date title', confidence: 0.8, line: noteDay.line + 1, rank: 1 });
  for (const l of [...header, ...meta]) {
    if (indirect?.printLines.has(l.index + 1)) continue;
    if (l.kind === 'date' && l.value && (indirect?.copyTimeLines.has(l.index + 1) || noteDay?.titleLine === l.index)) {
      candidates.push({ value: l.value, rule: 'a copy tool\'s own time', confidence: 0.4, line: l.index + 1, rank: COPY_TIME_RANK });
      continue;
    }
    if (l.kind === 'date' && l.value) {
      const p = l.datePriority ?? 1;
      candidates.push({ value: l.value, rule: DATE_RULES[p], confidence: [0.95, 0.85, 0.6, 0.4][p], line: l.index + 1, rank: p === 3 ? 5 : p });
    }
  }
  monthFirstReadings(candidates, [...header, ...meta]);
  // A masthead: a header line holding a full date among other words (issue number, Hijri date),
  // looked for only when no date line was found (parsing every header line costs).
  for (const l of candidates.some((c) => c.rank < 5) ? [] : header) {
    // A photo's caption («… خلال اجتماعهما في الجزائر العاصمة في 10 مايو / أيار 2022. - حقوق النشر AFP -», a sentence of
    // twenty words and more) dates its picture, not the page: a masthead is the date and a few words (forty-fourth round,
    // a real Euronews page).
    if (l.kind === 'date' || l.kind === 'body' || l.kind === 'caption' || l.kind === 'relative-time' || l.words > MASTHEAD_MAX_WORDS || !/[0-9٠-٩]/.test(l.text)) continue;
    // «anwalpress.com/politique/2026/05/27/…»: a link's path is the site's filing scheme, not a
    // date the page prints (seventeenth round; a copy that keeps only the link has no date).
    if (HOLDS_LINK.test(l.text) || indirect?.printLines.has(l.index + 1)) continue;
    const iso = lex.dates.parse(l.text);
    if (iso) candidates.push({ value: iso, rule: 'masthead date', confidence: 0.7, line: l.index + 1, rank: 3 });
  }
  // «نشر في الراكوبة يوم 03 - 01 - 2026»: the origin line's date, as strong as a masthead's.
  for (const o of origins) {
    const iso = originDate(o, lex);
    if (iso) candidates.push({ value: iso, rule: 'date in the origin line', confidence: 0.7, line: o.index + 1, rank: 3 });
  }
  const datelines = [...(lead ? [{ d: lead.dateline, index: lead.index }] : []), ...[...header, ...meta].filter((l) => l.dateline).map((l) => ({ d: l.dateline!, index: l.index }))];
  for (const { d, index } of datelines) {
    const iso = d.date ? lex.dates.parse(d.date) : undefined; // a year-less «في 4 أبريل» is never completed
    if (iso) candidates.push({ value: iso, rule: 'date in the dateline', confidence: 0.7, line: index + 1, rank: 4 });
  }
  // Nothing printed in four digits: a date line with a two-digit year whose weekday agrees (short-year.ts, thirty-ninth round).
  const short = candidates.length ? undefined : [...header, ...meta].find((l) => l.kind !== 'body' && lex.dates.shortYear(l.text));
  if (short) candidates.push({ value: lex.dates.shortYear(short.text)!, rule: 'a date line with a two-digit year, its weekday agreeing', confidence: 0.75, line: short.index + 1, rank: 5 });
  // Nothing printed: the lead's «اليوم الأحد 26 أكتوبر 2025» (lead-date.ts), weaker than any line of the page.
  const today = candidates.length || !leadLine ? undefined : todayInLead(leadLine.text, lex.dates);
  if (today) candidates.push({ value: today, rule: '«اليوم» and its date in the lead', confidence: 0.6, line: leadLine!.index + 1, rank: 6 });
  // Nothing else: a year-less dateline day completed by the one year the page's © line prints (below).
  const completed = candidates.length || !page ? undefined : completedByRights(datelines, page.lines, lex);
  if (completed) candidates.push({ ...completed, rule: 'the dateline\'s day and month, the year of the © line', confidence: 0.45, rank: 7 });
  // A stamp adds nothing where the lead's dateline prints the day.
  const datelineDated = candidates.some((c) => c.rank === 4);
  if (indirect) candidates.push(...indirect.candidates.filter((c) => c.rank !== STAMP_RANK || !datelineDated));
  // Of two date lines, the one nearest the headline is the story's: a list of other articles
  // with their dates above it («03/12/2025 - name», u394) is further away; at equal distance the
  // line under the headline wins (the line just above may close the list's last item).
  const away = (c: { line: number }) => (title === undefined ? 0 : Math.abs(c.line - 1 - title) + (c.line - 1 < title ? 0.5 : 0));
  candidates.sort((a, b) => a.rank - b.rank || away(a) - away(b) || a.line - b.line);
  const [best] = candidates;
  if (!best) return { field: 'date', value: null, confidence: 0.8, rule: 'no date printed on the page' };
  const other = candidates.find((c) => c.value !== best.value);
  let confidence = best.confidence;
  if (candidates.some((c) => c !== best && c.value === best.value)) confidence += 0.05;
  if (other && other.rank === best.rank) confidence -= 0.2;
  return {
    field: 'date', value: best.value, confidence: roundConfidence(confidence), rule: best.rule, line: best.line,
    ...(other ? { runnerUp: { value: other.value, rule: other.rule, line: other.line } } : {}),
  };
}

// «6/3/2026 9:14 PM»: a numeric date with slashes, its first two numbers both ≤ 12, on a line
// with a Latin 12-hour clock — the English (US) locale's order, month first, as note and
// reference tools print their properties («Created:», «Accessed:»). Arabic sites print «ص/م»,
// and a forum's «12-06-2026, 10:41 PM» (dashes) is the site's own day-first order.
const AMBIGUOUS_SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;
const LATIN_CLOCK = /\d{1,2}:\d{2}(?::\d{2})?\s?[AP]M\b/u;

/**
 * A date line read day first whose month-first reading the page's own convention vouches for:
 * the line's 12-hour Latin clock, or another date on the page equal to that reading (the copy's
 * property and the page's date line name one day). Never a guess: without either, day first stays.
 */
function monthFirstReadings(candidates: { value: string; rule: string; line: number }[], lines: ClassifiedLine[]): void {
  for (const c of candidates) {
    const text = lines.find((l) => l.index + 1 === c.line)?.text ?? '';
    const m = AMBIGUOUS_SLASHED.exec(text);
    if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2]) continue;
    const swapped = `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
    if (c.value !== `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`) continue; // read otherwise (a later date on the line)
    const others = candidates.filter((o) => o !== c);
    if (LATIN_CLOCK.test(text)) { c.value = swapped; c.rule += ' (month first: a Latin 12-hour clock)'; }
    else if (others.some((o) => o.value === swapped) && !others.some((o) => o.value === c.value)) { c.value = swapped; c.rule += ' (month first, as the page\'s other date)'; }
  }
}


// «© سويحان 24 - 2028»: a rights line with one year (a range «2010-2028» says when the site began, not the story).
const RIGHTS_YEAR = /(?:©|حقوق).*?(?<!(?:19|20)\d{2}\s?[-–]\s?)(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*(?:19|20)\d{2})/u;

/**
 * «أبوظبي في 8 يناير / وام /» on a page that prints no date but its © line's year (thirty-sixth round, at the merge): the
 * wire's day and month in that year — only when the page's rights lines name one year and no date stands anywhere.
 */
function completedByRights(datelines: readonly { d: Dateline; index: number }[], lines: readonly ClassifiedLine[], lex: Lexicon): { value: string; line: number } | undefined {
  const yearLess = datelines.find(({ d }) => d.date && !/\d{4}/.test(d.date) && !lex.dates.parse(d.date));
  if (!yearLess) return undefined;
  const years = new Set(lines.map((l) => (l.kind === 'body' ? undefined : RIGHTS_YEAR.exec(l.text)?.[1])).filter(Boolean));
  if (years.size !== 1) return undefined;
  const value = lex.dates.parse(`${yearLess.d.date} ${[...years][0]}`);
  return value ? { value, line: yearLess.index + 1 } : undefined;
}
