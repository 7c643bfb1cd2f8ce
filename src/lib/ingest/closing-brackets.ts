// Forty-first round, two credit shapes (session 44, 13k2): a line closed by a bracket that is the story's.
//
// classify.ts keeps a line closed by «(NAME)» as prose from twelve words on; a shorter one is read as a photo
// caption («… في جنيف. (أ.ب)»). Two shapes of the story's own last sentence fall under that and were dropped:
// 1. «وأضاف أن موعد القمة … الفنية. (الأناضول)»: a short closing paragraph signed by a known wire. A caption is a
//    noun phrase; a sentence opening on a glued conjunction «و…» continues the story — the tag is its credit.
// 2. «… في اللحظة الأخيرة (وهو ما نفاه الكرملين)»: a bracketed aside that is a clause (opens on «و», three words
//    or more). No headline or caption prints one; the line is prose with no full stop, and names no one.
// Forty-second round (session 45, 13k): shape 1 also when the sentence opens on a verb of saying (`citingVerbs`:
// «أكدت الوزارة أن … . (قنا)») — a photo shows, it never says — and when the name signing it is a known outlet
// that is no wire («وأضاف … . (هسبريس)»: a copy's credit to its source, read by the closing-credit reader).
import type { Lexicon } from './boilerplate';
import { endsLikeSentence } from './text';
import { citesSource } from './prose-credit';

const TAIL = /\s*\(([^()]{1,60})\)\s*$/u;
const CONTINUES = /^و[\p{L}]{2,}/u;

/** The line is the story's own sentence closed by a bracket (a wire's tag or a clause), not a caption. */
export function closedSentenceTail(text: string, words: number, lex: Lexicon): boolean {
  const m = TAIL.exec(text);
  if (!m) return false;
  const inner = m[1].trim();
  const before = text.slice(0, m.index).trim();
  const innerWords = inner.split(/\s+/);
  // 2. A clause in brackets: «(وهو ما نفاه الكرملين)».
  if (words >= 10 && innerWords.length >= 3 && CONTINUES.test(inner) && !/[.!؟?]$/u.test(before)) return true;
  // 1. A continuing or reported sentence, a full stop, then a wire or an outlet the lists know.
  if (words < 6 || !endsLikeSentence(before)) return false;
  if (!CONTINUES.test(before) && !citesSource(before, lex)) return false;
  const kind = lex.names(inner)?.kind;
  return kind === 'agency' || kind === 'outlet';
}
