// Sentence splitting that keeps each sentence located in its paragraph (paragraph index and
// char offsets), so a mention or a quote can be cited by paragraph anchor and sentence.
import type { Sentence } from '../types';

const TERMINATORS = new Set(['.', '!', '?', '؟', ';', '؛', '\n', '…']);
// Closing marks that belong to the sentence they end: `؟"`, `.»`, `!)`.
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '\u201D']);
// Web-domain tails written in Arabic after a dot (غازيتا. رو, ...كوم): not a sentence.
const DOMAIN_TAILS = new Set(['رو', 'كوم', 'نت', 'اورغ', 'أورغ', 'اورج', 'نيوز']);
// The longest quotation we keep whole; an unclosed or runaway quote does not block splitting.
const MAX_QUOTE = 700;

const isDigit = (c: string | undefined) => !!c && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(c);
const isLetter = (c: string | undefined) => !!c && /[\p{L}]/u.test(c);

/** Char ranges [open, close] of balanced quotations («…», "…", “…”) no longer than MAX_QUOTE. */
function quoteSpans(p: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const OPENERS = /[«"“”]/g;
  let m: RegExpExecArray | null;
  while ((m = OPENERS.exec(p))) {
    const i = m.index;
    const c = p[i];
    let close = -1;
    if (c === '«') close = p.indexOf('»', i + 1);
    else if (c === '"' || c === '“' || c === '”') {
      // Straight and curly double quotes are used both ways round in scraped Arabic text.
      const a = p.indexOf('"', i + 1), b = p.indexOf('“', i + 1), d = p.indexOf('”', i + 1);
      close = [a, b, d].filter((x) => x >= 0).reduce((m, x) => (m < 0 || x < m ? x : m), -1);
    }
    if (close < 0) continue;
    if (close - i <= MAX_QUOTE && !p.slice(i, close).includes('\n')) spans.push([i, close]);
    OPENERS.lastIndex = close + 1; // never nest: the next search starts after this quote
  }
  return spans;
}

function isBoundary(p: string, i: number, inQuote: boolean): boolean {
  const c = p[i];
  if (c === '\n') return true;
  if (!TERMINATORS.has(c) || inQuote) return false;
  if (c === '.') {
    // 2.3 / 53.5: decimal point.
    if (isDigit(p[i - 1]) && isDigit(p[i + 1])) return false;
    // جيه.دي / U.S: a dot glued between letters is an abbreviation, not an end.
    if (isLetter(p[i - 1]) && isLetter(p[i + 1])) return false;
    // غازيتا. رو : a web-domain tail.
    const next = /^\s*([\u0621-\u064A]+)/.exec(p.slice(i + 1, i + 12));
    if (next && DOMAIN_TAILS.has(next[1]) && !/[\u0621-\u064A]/.test(p.slice(i + 1 + next[0].length, i + 2 + next[0].length))) {
      const after = p.slice(i + 1 + next[0].length).trimStart();
      if (after === '' || /^[.!?؟,،\n]/.test(after)) return false;
    }
  }
  return true;
}

/** Splits paragraphs into sentences (on . ! ? ؟ ; ؛ … and newline), keeping offsets. */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const spans = quoteSpans(p);
    let q = 0;
    let start = 0;
    const push = (end: number) => {
      let s = start, e = end;
      while (s < e && /\s/.test(p[s])) s++;
      while (e > s && /\s/.test(p[e - 1])) e--;
      // A "sentence" made only of punctuation (a stray ".." ) is glued to nothing.
      if (e > s && /[\p{L}\p{N}]/u.test(p.slice(s, e))) {
        out.push({ index: out.length, paragraph, start: s, end: e, text: p.slice(s, e) });
      }
    };
    // Jump from one candidate terminator to the next instead of visiting every character.
    const CANDIDATE = /[.!?؟;؛\n…]/g;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(p))) {
      const i = m.index;
      while (q < spans.length && spans[q][1] < i) q++;
      const inQuote = q < spans.length && spans[q][0] < i && i < spans[q][1];
      if (!isBoundary(p, i, inQuote)) continue;
      let end = i + 1;
      // Runs of terminators ("..", "؟!") and closing quotes stay with this sentence.
      while (end < p.length && ((TERMINATORS.has(p[end]) && p[end] !== '\n') || CLOSERS.has(p[end]))) end++;
      push(p[i] === '\n' ? i : end);
      start = end;
      CANDIDATE.lastIndex = end;
    }
    push(p.length);
  });
  return out;
}
