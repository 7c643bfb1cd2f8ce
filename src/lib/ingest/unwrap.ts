// Text copied from a narrow column or a PDF arrives hard-wrapped: one sentence over several
// lines, each of which alone looks like a headline and would be dropped. A line that ends on
// a word no Arabic sentence or headline ends on (a preposition, a particle, a comma: the
// lexicon's `lineContinuations`) is
// joined with the lines after it until the sentence ends. Only plain text lines are joined:
// never metadata, menus, bullets or boilerplate.
import { normalizeArabic } from '../arabic/normalize';
import { classifyLine } from './classify';
import type { Lexicon } from './boilerplate';
import { countWords } from '../arabic/tokenize';
import { joinColumnRuns } from './column-wrap';

const ENDS_SENTENCE = /[.!؟?»"”)\]:…]\s*$/u;
const TEXT_KINDS = new Set(['heading', 'short', 'body']);
const MAX_JOINED = 8;
const MIN_WORDS = 5;

const lastWord = (line: string) => normalizeArabic(line.trim().split(/\s+/).pop() ?? '');

/** True when a line stops in the middle of a sentence. */
export function breaksMidSentence(line: string, lex: Lexicon): boolean {
  const t = line.trim();
  if (countWords(t) < MIN_WORDS || ENDS_SENTENCE.test(t)) return false;
  return /[،,]$/.test(t) || lex.lineContinuations.has(lastWord(t));
}

/** Joins hard-wrapped sentences; other lines come back as they were (same order). */
export function unwrapLines(printed: string[], lex: Lexicon): string[] {
  const out: string[] = [];
  const isText = (l: string) => {
    const c = classifyLine(l, lex);
    return TEXT_KINDS.has(c.kind) && !c.bullet;
  };
  // A paragraph wrapped at a column's width, its lines ending on ordinary words, is joined first (column-wrap.ts).
  const lines = joinColumnRuns(printed, isText);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (breaksMidSentence(line, lex) && isText(line)) {
      let joined = 0;
      while (joined < MAX_JOINED && i + 1 < lines.length && lines[i + 1].trim() && isText(lines[i + 1]) && !ENDS_SENTENCE.test(line)) {
        line = `${line.trim()} ${lines[++i].trim()}`;
        joined++;
      }
    }
    out.push(line);
  }
  return out;
}
