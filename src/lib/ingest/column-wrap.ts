// A copy hard-wrapped at a column's width (forty-fourth round: the known miss «a hard-wrapped lead»): a narrow column, a
// PDF or a mail client breaks one paragraph over lines of about the same length that end on ordinary words —
// «تسلمت ولاية كسلا شحنة من القمح الروسي» / «ضمن برنامج دعم إنساني أقرته موسكو لعدد» / «من الدول الأفريقية … الغذاء.».
// unwrap.ts joins a line that ends on a word no sentence ends on (a particle, a comma); these lines end on nouns and
// verbs, so each read as a headline: the first was taken for the title and the paragraph lost. The evidence is the run's
// shape, not its words: three lines or more in a row, none but the last closed as a sentence, each of a column's length
// (four to fourteen words, the widest at most 1.6 times the narrowest), the last closed by a sentence's stop and about
// as wide as the column (a word more at most). A headline over its lead is refused by the last test (a lead on one line
// is far wider than a headline), a headline over a deck and a date by the first (the date line breaks the run).

/** Lines of a wrapped paragraph: at least this many, the last included … */
const MIN_RUN = 3;
/** … at most this many (a column's paragraph). */
const MAX_RUN = 10;
/** Words on one wrapped line (not the last). */
const MIN_LINE_WORDS = 4;
const MAX_LINE_WORDS = 14;
/** The widest wrapped line at most this many times the narrowest (a column's width varies by a word). */
const MAX_WIDTH_RATIO = 1.6;
/** The last line at most this many times the widest above it (a word more: characters are not a column's pixels). */
const MAX_LAST_RATIO = 1.35;

const CLOSED = /[.!؟?»"”)\]:…،,؛]\s*$/u;
const STOPPED = /[.!؟?]["»”)]?\s*$/u;

const wordCount = (line: string) => line.trim().split(/\s+/u).filter(Boolean).length;

/** How many lines from `i` make one wrapped paragraph (0: none). `isText` refuses metadata, menus, bullets and furniture. */
export function columnRun(lines: readonly string[], i: number, isText: (line: string) => boolean): number {
  let j = i;
  while (j < lines.length && j - i < MAX_RUN - 1) {
    const t = lines[j].trim();
    const n = wordCount(t);
    if (!t || CLOSED.test(t) || n < MIN_LINE_WORDS || n > MAX_LINE_WORDS || !isText(t)) break;
    j++;
  }
  if (j - i < MIN_RUN - 1 || j >= lines.length) return 0;
  const last = lines[j].trim();
  const widths = lines.slice(i, j).map((l) => l.trim().length);
  const widest = Math.max(...widths);
  if (!STOPPED.test(last) || last.length > widest * MAX_LAST_RATIO || widest > MAX_WIDTH_RATIO * Math.min(...widths) || !isText(last)) return 0;
  return j - i + 1;
}

/** Joins each wrapped paragraph's lines into one line; other lines come back as they were (same order). */
export function joinColumnRuns(lines: readonly string[], isText: (line: string) => boolean): string[] {
  const out: string[] = [];
  // A run is tried from each line, so a line is classified once (a related list of ten titles would ask each ten times).
  const known = new Map<string, boolean>();
  const textual = (line: string) => known.get(line) ?? (known.set(line, isText(line)), known.get(line)!);
  for (let i = 0; i < lines.length; i++) {
    const run = columnRun(lines, i, textual);
    if (run) {
      out.push(lines.slice(i, i + run).map((l) => l.trim()).join(' '));
      i += run - 1;
    } else out.push(lines[i]);
  }
  return out;
}
