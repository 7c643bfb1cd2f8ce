// A copy cut mid-sentence at its end (forty-third round, real pages): excerpts, clippings and feed
// copies stop at a length, not at a sentence — «وأشار المصدر إلى أن الاجتماع المقبل سيناقش ملف الم».
// The last line then lacks its full stop and is often short, so the body reader took it for a stray
// headline and dropped it (seven of the real pools' spent pages, eleven of the tune pages, on sites of
// every kind). A related story's headline can also end a page under the story; what tells the two
// apart is the line's shape as a sentence, not its place alone: a sentence's opener, a clause comma
// after an adverbial phrase, or a last word cut short.
import { lexKey, type Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import type { ClassifiedLine } from './classify';
import { ordinalOf } from './numbered-list';
import { MAX_SUBHEADING_WORDS } from './related-zone';

/** Most words a cut last line has (a longer unstopped line is already read as prose). */
const MAX_CUT_WORDS = 40;
/** List items that may stand between the story's prose and the cut line. */
const MAX_ITEMS = 20;

/** «… بين م», «… قضية ف», «… الدعم الع»: the last word cut to one letter, or to the article and one letter. */
function endsOnFragment(words: string[]): boolean {
  const last = words[words.length - 1];
  const before = words[words.length - 2] ?? '';
  // «1446 هـ», «2025 م»: a calendar's letter after a year is a date's, not a cut word.
  if (/[0-9٠-٩]/u.test(before) || /ـ/u.test(last)) return false;
  if (/^[\u0621-\u064A]$/u.test(last)) return true;
  // The article and one letter («الع», «الي»); with two many whole words are as short («البث», «الذي», «الحل»).
  return /^ال[\u0621-\u064A]$/u.test(last);
}

/** «على صعيد متصل، أعلنت …», «إلى جانب ذلك، تابع …»: an adverbial phrase (a function word in it) closed by a comma, then the clause. */
function opensWithAdverbialClause(words: string[], lex: Lexicon): boolean {
  const comma = words.findIndex((w) => /[،,]$/u.test(w));
  if (comma < 1 || comma > 5 || comma === words.length - 1) return false;
  return words.slice(0, comma + 1).some((w) => lex.functionWords.has(normalizeArabic(w.replace(/[،,]$/u, ''))));
}

/**
 * «أما …», «فيما …» (`clauseOpeners`), «كما …» (`storyContinuations`), or a conjunction glued to a function word or
 * to a verb's present prefix («وفي …», «فإن …», «ويخشى …», «وأشار …»): a sentence inside a story. A bare «و…» or
 * «ف…» is not enough — «وزير …», «وكالة …», «وادي …», «فرنسا …» open headlines and names.
 */
function opensAsClause(text: string, lex: Lexicon): boolean {
  const opening = normalizeArabic(text);
  if ([...lex.storyContinuations, ...lex.clauseOpeners].some((w) => opening.startsWith(`${w} `))) return true;
  // The hamza of «وأشار» is kept (normalising would make it «واشار», as «وادي»).
  const first = text.trim().split(/\s+/u)[0];
  const rest = first.slice(1);
  if (!/^[وف]/u.test(first) || rest.length < 2) return false;
  return lex.functionWords.has(normalizeArabic(rest)) || (first[0] === 'و' && rest.length >= 3 && /^[يتنأ]/u.test(rest));
}

/** Items of a list a story holds: bulleted, or numbered «5- …». */
const listItem = (l: ClassifiedLine): boolean => (l.kind === 'heading' || l.kind === 'short') && (l.bullet || ordinalOf(l.text) !== undefined);

/**
 * The story's prose right above line `i`: a paragraph, with at most one sub-heading of sub-heading length and a
 * list's items between — not a teaser headline, a box's label or a menu (a related block's last title cut short
 * under them is the block's, not the story's).
 */
function underStoryProse(lines: readonly ClassifiedLine[], i: number): boolean {
  let subheadings = 0;
  for (let j = i - 1, items = 0; j >= 0; j--) {
    const above = lines[j];
    if (above.kind === 'blank') continue;
    if (above.kind === 'body') return !above.bullet;
    if (listItem(above) && ++items <= MAX_ITEMS) continue;
    if ((above.kind === 'heading' || above.kind === 'short') && !above.bullet && above.words <= MAX_SUBHEADING_WORDS && ++subheadings <= 1) continue;
    return false;
  }
  return false;
}

/**
 * The index of the page's last line when it is the story's last sentence cut short: a heading or short line, not
 * closed by sentence punctuation or a colon, right under the story's prose (within a sub-heading or a list item of
 * it, no marker or menu between), shaped as a sentence. Else undefined.
 */
export function cutEndingIndex(lines: readonly ClassifiedLine[], lex: Lexicon): number | undefined {
  let i = lines.length - 1;
  while (i >= 0 && lines[i].kind === 'blank') i--;
  const l = lines[i];
  if (!l || (l.kind !== 'heading' && l.kind !== 'short') || l.bullet || l.words < 2 || l.words > MAX_CUT_WORDS) return undefined;
  if (/[.!؟?:：…»"”)]\s*$/u.test(l.text) || /©/u.test(l.text) || lex.exact.has(lexKey(l.text))) return undefined;
  if (/[A-Za-z]/u.test(l.text) || !underStoryProse(lines, i)) return undefined;
  const words = l.text.trim().split(/\s+/u);
  // «NAME .. TAGLINE» under the story when the masthead printed «NAME» on top: the site's footer, printed twice.
  const opening = words.slice(0, 2).join(' ');
  if (lines.some((o, k) => k !== i && o.kind !== 'body' && o.kind !== 'blank' && o.text.includes(opening))) return undefined;
  return opensAsClause(l.text, lex) || opensWithAdverbialClause(words, lex) || endsOnFragment(words) ? i : undefined;
}

/** The lines with the page's cut last line read as prose (a copy; the page's lines untouched). */
export function withCutEnding(lines: ClassifiedLine[], lex: Lexicon): ClassifiedLine[] {
  const i = cutEndingIndex(lines, lex);
  if (i === undefined) return lines;
  const out = lines.slice();
  out[i] = { ...out[i], kind: 'body' };
  return out;
}
