// Furniture a page prints between or under the story's paragraphs that earlier readers kept as prose (forty-second
// round, at the merge: a blind set's misses). Both are matched by shape against data (content/boilerplate.yaml),
// never by a page's own words:
// - a counter alone on its line, a number and one counter word («3 تعليقات», «(12 تعليقا)», «💬 5 comments»):
//   `headlineFurniture.countWords`, the words a count glued to a headline is read by — no sentence is two tokens;
// - an author box: its heading alone on a line (`authorBoxHeadings`: «عن الكاتب», «About the author») and the short
//   biography under it. The biography is furniture even when it closes on a full stop (a real one does), but only
//   a line or two of it: a long paragraph, or more prose after it, is the story going on under a sub-heading.
import type { ClassifiedLine } from './classify';

/** A number as a counter prints it: digits (Latin or Arabic-Indic) with thousands separators, perhaps «K». */
const COUNT = /^[0-9٠-٩][0-9٠-٩,.٬]*[KkMm]?$/u;

/** Whether a line is a counter alone: a number and one counter word, in either order, icons and brackets aside. */
export function isCounterLine(text: string, countWords: ReadonlySet<string>, key: (s: string) => string): boolean {
  if (/[.!؟?:：،]\s*$/u.test(text)) return false;
  const tokens = text.replace(/[^\p{L}\p{N},.٬]+/gu, ' ').trim().split(/\s+/u).filter(Boolean);
  if (tokens.length !== 2) return false;
  const [a, b] = tokens;
  return (COUNT.test(a) && countWords.has(key(b))) || (COUNT.test(b) && countWords.has(key(a)));
}

/** A biography under the heading: at most this many lines … */
const MAX_BIO_LINES = 2;
/** … of at most this many words each: one sentence of who the writer is (a story's paragraph runs longer). */
const MAX_BIO_WORDS = 25;
/** A biography that opens on what the writer is (`authorBioOpeners`: «كاتب …», «باحثة …») may run to four lines … */
const MAX_TOLD_BIO_LINES = 4;
/** … or one line of up to this many words (forty-fourth round: the longer boxes the forty-second round's merge left). */
const MAX_TOLD_BIO_WORDS = 45;

const firstWord = (text: string) => text.trim().split(/\s+/u)[0]?.replace(/[^\p{L}\p{M}]/gu, '') ?? '';

/** A line of the biography: prose, or a short sentence closed by its full stop. */
function bioLine(l: ClassifiedLine, maxWords: number, told: boolean): boolean {
  if (l.words > maxWords) return false;
  return l.kind === 'body' || (told && (l.kind === 'short' || l.kind === 'heading') && /[.!؟?]\s*$/u.test(l.text));
}

/**
 * Marks an author box under the story as boilerplate: the heading line (a `headings` key) and the body lines right
 * under it (at most two short ones). A biography that opens on what the writer is (a word of `bioOpeners`) may run to
 * four lines or one long line, under the writer's name alone on its line. Not when more prose follows the biography
 * (the heading was a sub-heading of the story), nor when the heading opens the page (no story above it). Returns the
 * same array, lines replaced.
 */
export function markAuthorBoxes(lines: ClassifiedLine[], headings: ReadonlySet<string>, bioOpeners: ReadonlySet<string> = new Set(), key: (s: string) => string = (s) => s): ClassifiedLine[] {
  if (!headings.size) return lines;
  const nextText = (from: number) => { let j = from; while (j < lines.length && lines[j].kind === 'blank') j++; return j; };
  const tells = (j: number) => j < lines.length && bioOpeners.has(key(firstWord(lines[j].text)));
  for (let i = 0; i < lines.length; i++) {
    if (!headings.has(lines[i].key)) continue;
    const storyAbove = lines.slice(0, i).some((l) => l.kind === 'body' && l.words > MAX_BIO_WORDS / 2);
    if (!storyAbove) continue;
    // «سامر الحلبي» alone over «كاتب وصحفي …»: the writer's name, two to four words with no stop or digit.
    const first = nextText(i + 1);
    const named = first < lines.length && lines[first].kind !== 'body' && lines[first].words >= 2 && lines[first].words <= 4
      && !/[\p{N}.!؟?:،,]/u.test(lines[first].text) && tells(nextText(first + 1));
    const told = tells(named ? nextText(first + 1) : first);
    const [maxLines, maxWords] = told ? [MAX_TOLD_BIO_LINES, MAX_TOLD_BIO_WORDS] : [MAX_BIO_LINES, MAX_BIO_WORDS];
    const bio: number[] = named ? [first] : [];
    let j = named ? first + 1 : i + 1;
    for (let read = 0; j < lines.length && read < maxLines; j++) {
      if (lines[j].kind === 'blank') continue;
      if (!bioLine(lines[j], read ? Math.min(maxWords, MAX_BIO_WORDS) : maxWords, told)) break;
      bio.push(j);
      read++;
    }
    // More prose after the biography: the story goes on, so the line was the story's own sub-heading.
    const moreProse = lines.slice(j).some((l) => l.kind === 'body' && l.words > MAX_BIO_WORDS / 2);
    if (bio.length === (named ? 1 : 0) || moreProse) continue;
    for (const n of [i, ...bio]) lines[n] = { ...lines[n], kind: 'boilerplate' };
  }
  return lines;
}
