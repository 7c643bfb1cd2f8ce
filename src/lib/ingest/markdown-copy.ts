// A markdown copy: a tool (Pandoc, a read-later exporter) wrote the page as markdown, so the
// headline keeps its «# » and a bold line its «**». When the page shows markdown's shapes of two
// kinds at least (a heading «#»…«######», a list item «- », a whole bold line or one opening on a bold span, an image or a link
// «[…](…)», a «---» metadata block on top), the heading and bold markers are cut before the rest
// of ingest reads the lines (thirtieth round, merged). A hashtag («#أوكرانيا», no space after the
// «#») is no heading and is left as it is; list items keep their «- » (the classifier reads bullets).
// One pass over the lines, offsets of lines kept.

const HEADING = /^#{1,6}\s+(?=\S)/u;
const LIST_ITEM = /^[-*+]\s+\S/u;
const BOLD_LINE = /^\*\*([^*\n]+)\*\*$/u;
/** «**NAME** · DATE»: a bold span opening a line (a Typora copy's byline), its markers cut like a bold line's. */
const BOLD_OPENING = /^\*\*([^*\n]+)\*\*(?=\s)/u;
const LINK_OR_IMAGE = /^!?\[[^\]\n]*\]\([^)\n]*\)/u;
/** «[[2028-05-16]]»: a whole line linking another note (NotePlan, Obsidian) — a note app's own shape (thirty-eighth round,
 * at the merge; aside38 u3583, spent). Linking a daily note, it is the day the note was made, not the page's date: cut. */
const WIKILINK_LINE = /^\[\[[^\]\n]+\]\]$/u;
const FIELD = /^[\p{L}_][\p{L}\p{N}_ -]{0,30}:\s*\S/u;
/** «kyiv-notes.md — iA Writer»: a line naming a markdown file (a writing app's window title) is a kind of its own —
 * the file says its text is markdown, also under a folder's path (thirty-sixth round, at the merge). */
/** «#أخبار #اليمن»: a line of hashtags only, a notes app's tags (Bear, Craft) — a kind only when a «# » heading stands
 * before the story's prose, a note's title (forty-third round: a Bear copy's heading kept its «# »; forty-sixth round at
 * the merge: a journal app's entry — Day One — prints its own short lines, a date and a time, over the heading). A site's
 * tag line alone, or under a story with a line of prose opening on «# » in its middle
 * (tests/fixtures/hostile/hash-prose.txt), cuts nothing. */
const TAG_LINE = /^#[^\s#]+(?:\s+#[^\s#]+)*$/u;
const MD_FILE = /(?:^|\s)[\p{L}\p{N}_./-]+\.(?:md|markdown)(?=\s|$)/iu;
/** A line of prose: this many words at least, or a sentence closed by its stop. A heading met before any such line heads
 * the story, a title; an app's own short lines (its name, a date, a time and place) are no prose. */
const PROSE_WORDS = 12;
const isProse = (t: string) => /[.!؟?]$/u.test(t) || t.split(/\s+/u).length >= PROSE_WORDS;

/** True when the lines open with a «---» block of «key: value» fields closed by «---». */
function metadataBlock(lines: readonly string[]): boolean {
  let n = 0;
  while (n < lines.length && !lines[n].trim()) n++;
  if (lines[n]?.trim() !== '---') return false;
  let fields = 0;
  for (let i = n + 1; i < Math.min(lines.length, n + 30); i++) {
    const t = lines[i].trim();
    if (t === '---') return fields >= 1;
    if (FIELD.test(t)) fields++;
  }
  return false;
}

/** How many kinds of markdown shape the page shows (heading, list, bold line, link, a markdown file's name, metadata block). */
export function markdownKinds(lines: readonly string[]): number {
  let heading = false, list = false, bold = false, link = false, file = false, wikilink = false, tags = false;
  let titleHeading: boolean | undefined;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    // Only a heading before any prose is a title; prose first settles it as none.
    if (titleHeading === undefined && (HEADING.test(t) || isProse(t))) titleHeading = HEADING.test(t);
    if (HEADING.test(t)) heading = true;
    else if (!file && MD_FILE.test(t)) file = true;
    else if (LIST_ITEM.test(t)) list = true;
    else if (BOLD_LINE.test(t) || BOLD_OPENING.test(t)) bold = true;
    else if (LINK_OR_IMAGE.test(t)) link = true;
    else if (WIKILINK_LINE.test(t)) wikilink = true;
    else if (TAG_LINE.test(t)) tags = true;
  }
  return [heading, list, bold, link, file, wikilink, tags && titleHeading === true, metadataBlock(lines)].filter(Boolean).length;
}

/** The lines with markdown's heading and bold-line markers cut, when the page is a markdown copy; else the lines. */
export function withoutMarkdownMarkers(lines: string[]): string[] {
  if (!lines.some((l) => l.trimStart().startsWith('#') || l.trimStart().startsWith('**'))) return lines;
  if (markdownKinds(lines) < 2) return lines;
  return lines.map((line) => {
    const t = line.trim();
    if (WIKILINK_LINE.test(t) && /\d{4}/u.test(t)) return '';
    const heading = HEADING.exec(t);
    if (heading) return t.slice(heading[0].length).replace(/\s+#+$/u, '');
    const bold = BOLD_LINE.exec(t);
    if (bold) return bold[1].trim();
    const opening = BOLD_OPENING.exec(t);
    return opening ? opening[1].trim() + t.slice(opening[0].length) : line;
  });
}

/** «title:: …», «url:: …»: an outliner's page property (Logseq). */
const OUTLINER_PROPERTY = /^[\p{L}_][\p{L}\p{N}_-]{0,30}::\s/u;
/** A page is an outliner's when at least this many of its lines are blocks. */
const MIN_OUTLINER_BLOCKS = 4;

/** The app's own chrome an outliner's copy may keep around its blocks: a title and a breadcrumb on top, a counter under them. */
const MAX_CHROME_LINES = 2;
const MAX_CHROME_WORDS = 6;

/**
 * An outliner's copy (Logseq, Workflowy: thirty-sixth round): every line of the page — masthead, headline, date and
 * paragraphs — is a block opening with «- » (or «• »: Workflowy, thirty-ninth round at the merge), its page properties
 * («key:: value») aside. A page's own lists never take every line, so the markers are the tool's and are cut. Outside
 * the blocks only the app's chrome may stand: at most two short lines over them («WorkFlowy», «Home › …») and two under
 * them («Completed: 1»); any other line that is not a block leaves the page as it is.
 */
export function withoutOutlinerBullets(lines: string[]): string[] {
  const filled = lines.map((l) => l.trim()).filter((t) => t && !OUTLINER_PROPERTY.test(t));
  const marker = filled.map((t) => /^([-•]) \S/u.exec(t)?.[1]).find((m) => m);
  if (!marker) return lines;
  const isBlock = (t: string) => t.startsWith(`${marker} `) && /\S/u.test(t.slice(2));
  const first = filled.findIndex(isBlock);
  const last = filled.length - 1 - [...filled].reverse().findIndex(isBlock);
  const chrome = [...filled.slice(0, first), ...filled.slice(last + 1)];
  if (first > MAX_CHROME_LINES || filled.length - 1 - last > MAX_CHROME_LINES) return lines;
  if (chrome.some((t) => t.split(/\s+/).length > MAX_CHROME_WORDS || t.includes(`${marker} `))) return lines;
  const blocks = filled.slice(first, last + 1);
  if (!blocks.every(isBlock) || blocks.length < MIN_OUTLINER_BLOCKS) return lines;
  // The chrome is the tool's as the markers are («Inbox › أخبار» is no site's trail): blanked, line numbers kept.
  const chromeSet = new Set(chrome);
  return lines.map((line) => (isBlock(line.trim()) ? line.trim().slice(2).trimStart() : chromeSet.has(line.trim()) ? '' : line));
}
