// A copy's labelled header (thirty-fifth round, 13h): note, wiki and read-later tools write what they
// know of a page as labelled fields on top — a TiddlyWiki tiddler's «title: …» / «created: …» / «url: …»,
// a Capacities weblink's «Title: …» / «URL: …» / «Saved: …», an Org capture's «* HEADLINE» over its
// «:PROPERTIES:» drawer. A new tool brings new labels, so the header is read by its shape, not by a
// list of tools: a run of «Label: value» lines with Latin labels on top of the page, at least one
// holding a link or a stamp. Its one field whose value is Arabic prose is the page's headline: the
// label is cut so the headline's reader sees the line as the site printed it — unless the page prints
// that text again (a mail's Subject over the newsletter's own headline: the tool's echo, left alone).
// The fields' dates are the tool's (indirect-dates.ts reads «Saved»/«Created» as a copy's time and a
// dated «url:» as the page's own link). One pass over the top lines; the line count is kept.

/** «title: …», «Source URL: …», Org's «:URL: …»: a label of Latin letters, a colon, a value. */
const FIELD = /^(?::([A-Za-z][A-Za-z_-]{0,20}):|([A-Za-z][A-Za-z _-]{0,20}):)(?:\s+(.*))?$/u;
const DRAWER = /^:(?:PROPERTIES|END):$/u;
/** Org's heading: stars and a space («* HEADLINE»), a heading only over a properties drawer. */
const ORG_HEADING = /^\*{1,3}\s+(?=\S)/u;
const ARABIC_WORD = /[\u0621-\u064A]{2,}/gu;
const STAMP_OR_LINK = /https?:\/\/|[0-9]{4}/u;
/** How far down the header may reach, and how many words make a value prose. */
const HEAD_LINES = 12;
const PROSE_WORDS = 4;

interface Field { index: number; value: string }

/** The lines with the copy header's headline field read as its value (and Org's heading stars cut); else the lines. */
export function withoutCopyHeaderLabels(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && !lines[first].trim()) first++;
  const out = lines.slice();
  // Org: «* HEADLINE» right over «:PROPERTIES:» — the stars are the outliner's.
  if (ORG_HEADING.test(lines[first] ?? '') && lines[first + 1]?.trim() === ':PROPERTIES:') {
    out[first] = lines[first].trim().replace(ORG_HEADING, '');
  }
  const fields: Field[] = [];
  let anchored = false;
  // One Latin line may head the block (a tool's type «Weblink», «Begin forwarded message:»).
  let at = first;
  if (at < lines.length && !/[\u0600-\u06FF]/u.test(lines[at]) && !FIELD.test(lines[at].trim())) at++;
  for (; at < Math.min(lines.length, first + HEAD_LINES); at++) {
    const t = lines[at].trim();
    if (!t) continue;
    if (DRAWER.test(t)) continue;
    const m = FIELD.exec(t);
    if (!m) { if (fields.length) break; continue; }
    const value = (m[3] ?? '').trim();
    if (STAMP_OR_LINK.test(value)) anchored = true;
    fields.push({ index: at, value });
  }
  if (fields.length < 2 || !anchored) return out;
  const prose = fields.filter((f) => (f.value.match(ARABIC_WORD)?.length ?? 0) >= PROSE_WORDS);
  if (prose.length !== 1) return out;
  const [title] = prose;
  const printedAgain = lines.some((l, i) => i !== title.index && l.trim().length > 0 && (title.value.includes(l.trim()) || l.includes(title.value)) && (l.match(ARABIC_WORD)?.length ?? 0) >= PROSE_WORDS);
  if (!printedAgain) out[title.index] = title.value;
  return out;
}
