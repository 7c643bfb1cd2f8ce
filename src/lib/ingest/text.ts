// Small text helpers shared by the ingest stages: line cleaning, sentence boundaries,
// splitting over-long paragraphs, and shortening titles at a word boundary.
import { INVISIBLE, stripInvisible } from '../arabic/normalize';
import { countWords } from '../arabic/tokenize';

/** Any character cleanLine removes or replaces, or two spaces in a row. */
const NEEDS_CLEANING = new RegExp(`${INVISIBLE.source}|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]| {2}`);

/** Display-safe cleanup of one line: invisible/bidi chars, control chars, odd spaces. */
export function cleanLine(line: string): string {
  // Most lines hold none of what the four rewrites change: one scan finds that, and they are skipped.
  if (!NEEDS_CLEANING.test(line)) return line.trim();
  return stripInvisible(line)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// A sentence ends at . ! ? ؟ … (possibly doubled, possibly followed by closing quotes or
// brackets) when whitespace or the end of the text follows. «2.3» and «جيه.دي» do not end one.
const SENTENCE_END = /[.!?؟…]+["'»”’)\]]*(?=\s|$)/g;
const CLOSER_UNIT = /^["'»”’)\]\s]$/;
const TERMINAL_UNITS = '.!?؟…:';

export function countSentences(text: string): number {
  return (text.match(SENTENCE_END) ?? []).length;
}

/** True when the text ends like a sentence (terminal punctuation before closing quotes). */
export function endsLikeSentence(text: string): boolean {
  // The closers are stepped over from the end (as `/["'»”’)\]\s]+$/` would cut them): an
  // end-anchored pattern is tried from every position of a long prose line.
  let end = text.length;
  while (end > 0 && CLOSER_UNIT.test(text[end - 1])) end--;
  if (!end || !TERMINAL_UNITS.includes(text[end - 1])) return false;
  // «..» is a cut, not a sentence's end; «...» (an ellipsis) is one.
  return !(text.startsWith('..', end - 2) && !text.startsWith('...', end - 3));
}

/**
 * Where a pasted paragraph may be cut for layout: after terminal punctuation followed by
 * a space. Not the linker's sentences (arabic/sentences.ts: also ; ؛ and line ends, never
 * inside a quotation, with offsets): ingest balances quotes itself (splitLongParagraph),
 * and the written articles depend on this exact rule.
 */
export function splitAtSentenceEnds(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

// Quote balance: we never split a paragraph inside a quotation.
function quoteDepthDelta(s: string): number {
  let d = 0;
  for (const ch of s) {
    if (ch === '«' || ch === '“') d++;
    else if (ch === '»' || ch === '”') d--;
  }
  return d;
}

function straightQuotesOdd(s: string): boolean {
  return ((s.match(/"/g) ?? []).length % 2) === 1;
}

/**
 * Splits a very long paragraph (a whole story pasted as one line) into readable paragraphs
 * of about `target` characters at sentence boundaries outside quotations.
 */
export function splitLongParagraph(text: string, maxLength = 700, target = 400): string[] {
  if (text.length <= maxLength) return [text];
  const sentences = splitAtSentenceEnds(text);
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let straightOpen = false;
  for (const s of sentences) {
    current = current ? `${current} ${s}` : s;
    depth += quoteDepthDelta(s);
    if (straightQuotesOdd(s)) straightOpen = !straightOpen;
    // Unbalanced quotes in the source must not glue a whole story together.
    if (current.length >= target && ((depth <= 0 && !straightOpen) || current.length >= target * 2.5)) {
      straightOpen = false;
      out.push(current);
      current = '';
      depth = 0;
    }
  }
  if (current) {
    // Avoid a tiny tail paragraph: glue it to the previous one.
    if (out.length && current.length < target / 4) out[out.length - 1] += ` ${current}`;
    else out.push(current);
  }
  return out;
}

const DANGLING = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أو', 'ثم', 'بين', 'حول', 'أن', 'إن', 'لا', 'ما', 'التي', 'الذي', 'of', 'the', 'and', 'to', 'in']);

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis. */
export function shortenAtWord(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const words = t.slice(0, max).split(/\s+/);
  if (t[max] && !/\s/.test(t[max]) && words.length > 1) words.pop(); // drop the cut word
  while (words.length > 1 && DANGLING.has(words[words.length - 1].replace(/^و(?=\p{L}{2})/u, ''))) words.pop();
  let out = words.join(' ').replace(/[\s،,:;\-–—(«"“]+$/u, '');
  // Do not leave a quotation open.
  if (straightQuotesOdd(out)) out = out.slice(0, out.lastIndexOf('"')).trimEnd();
  if (quoteDepthDelta(out) > 0) out = out.slice(0, Math.max(out.lastIndexOf('«'), out.lastIndexOf('“'))).trimEnd();
  out = out.replace(/[\s،,:;\-–—]+$/u, '');
  return `${out || t.slice(0, max - 1)}…`;
}

export const MAX_TITLE_LENGTH = 200;
export const LEAD_TITLE_LENGTH = 90;
/** A made title is never a fragment shorter than this (when the lead has the words). */
export const MIN_MADE_TITLE_WORDS = 5;

/** A title made from a lead sentence when the page has no headline. */
export function titleFromLead(paragraph: string): string {
  // The first sentence; a fragment of under five words takes the next sentences with it.
  const sentences = splitAtSentenceEnds(paragraph);
  let first = sentences[0] ?? paragraph;
  for (let n = 1; n < sentences.length && countWords(first) < MIN_MADE_TITLE_WORDS; n++) first = `${first} ${sentences[n]}`;
  const bare = first.replace(/[.!…]+$/u, '').trim();
  if (bare.length <= LEAD_TITLE_LENGTH) return bare;
  const short = shortenAtWord(bare, LEAD_TITLE_LENGTH);
  // Cutting before an opening quote can leave a fragment («وأضاف فلان…»): cut inside the
  // quotation instead and close it.
  return countWords(short) >= MIN_MADE_TITLE_WORDS ? short : cutInsideQuote(bare, LEAD_TITLE_LENGTH) ?? short;
}

/** Cuts at a word boundary inside an open quotation and closes it: «قال: "لن نقبل بأي…"». */
function cutInsideQuote(text: string, max: number): string | undefined {
  const words = text.slice(0, max).split(/\s+/);
  if (text[max] && !/\s/.test(text[max])) words.pop();
  while (words.length > 1 && DANGLING.has(words[words.length - 1].replace(/^و(?=\p{L}{2})/u, ''))) words.pop();
  const cut = words.join(' ').replace(/[\s،,:;\-–—]+$/u, '');
  const closer = straightQuotesOdd(cut) ? '"' : quoteDepthDelta(cut) > 0 ? (cut.lastIndexOf('«') > cut.lastIndexOf('“') ? '»' : '”') : '';
  return closer && countWords(cut) >= MIN_MADE_TITLE_WORDS ? `${cut}…${closer}` : undefined;
}

/** Titles longer than MAX_TITLE_LENGTH are shortened at a word boundary with an ellipsis. */
export function limitTitle(title: string): string {
  return shortenAtWord(title, MAX_TITLE_LENGTH);
}

/**
 * «13024338BASRA.jpg»: a file name of a picture, a clip or a document — its extension says what it
 * is, so it is no domain and no brand (thirty-third session: a real page copied its picture's name).
 */
export const isMediaFileName = (text: string): boolean => /^\S+\.(?:jpe?g|png|gif|webp|avif|bmp|svg|tiff?|heic|mp4|webm|mov|mp3|pdf)$/iu.test(text.trim());

/**
 * «talks.md — Typora», «notes.txt - Notepad»: an editor's window title opens on the document's file name, which
 * is never the outlet (thirty-fourth round, merged). «.md» is also a country's domain: alone («point.md») it stays a
 * domain, and it is a file only with the editor's name after a dash.
 */
export const isDocumentFileTitle = (text: string): boolean => {
  const m = /^\S+\.(md|markdown|txt|html?|docx?|odt|rtf|eml|mhtml?)(?:\s+[—–-]\s+(\S+(?:\s\S+)?))?$/iu.exec(text.trim());
  return !!m && (m[1].toLowerCase() !== 'md' || (!!m[2] && /^[A-Za-z]/u.test(m[2])));
};
