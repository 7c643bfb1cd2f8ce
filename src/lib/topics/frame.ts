// Which war a topic hit belongs to (issue 14, session 14). Topic words are shared by every war:
// «تثبيت الهدنة في قطاع غزة» is a truce, but not one of the Russia–Ukraine war this site covers,
// and «مفاوضات باكو ويريفان» are peace talks of another conflict. A topic's `frame`
// (content/topics.yaml) lists the words of other wars (their places and non-state parties) and of
// this one; a hit whose clause names another war nearer to it than this one is dropped. Only run
// where a hit was found (rare), so it costs nothing on the words that name no topic.
import type { Topic } from '../types';
import { PhraseTrie, stripArticle } from '../arabic/phrase-trie';
import { phraseTokens, type Token } from '../arabic/tokenize';
import { clauseBreak, opensClause } from './clause-reading';

/** How far (in words) each side of a hit the clause is read for a war's words. */
export const FRAME_REACH = 8;

const OTHER = 1;
const THIS = 2;

export interface FrameReader {
  /** Does another war's word stand nearer to tokens[from..to) in its clause than any of this war's? */
  otherWar(tokens: Token[], text: string, from: number, to: number): boolean;
}

/** A nisba listed once («روسي») stands for its forms (روسيه، روسيين، روسيون، روسيان، روسيتين). */
function forms(word: string): string[][] {
  const tokens = phraseTokens(word);
  if (tokens.length !== 1 || !tokens[0].endsWith('ي')) return [tokens];
  return ['', 'ه', 'ين', 'ون', 'ان', 'تين', 'تان'].map((e) => [tokens[0] + e]);
}

/**
 * Session 46: `otherFields` (a topic's words of another field its words also serve: a league's
 * «مباراة القمة», a federation's or a traffic law's «عقوبات», another country's civil reactor) are read
 * like another war's words: a hit they stand nearer to than this war's words is not the topic.
 */
export function compileFrame(frame: Topic['frame'] | undefined, otherFields: readonly string[] = []): FrameReader {
  const trie = new PhraseTrie<number>(stripArticle);
  for (const w of [...(frame?.otherWars ?? []), ...otherFields]) for (const f of forms(w)) trie.insert(f, OTHER);
  for (const w of frame?.thisWar ?? []) for (const f of forms(w)) trie.insert(f, THIS);
  const sideAt = (tokens: Token[], k: number, text: string): number => {
    let side = 0;
    for (const m of trie.matchesAt(tokens, k, text)) for (const v of m.values) side |= v;
    return side;
  };
  return {
    otherWar(tokens, text, from, to) {
      let other = Infinity;
      let own = Infinity;
      // Left of the hit, back to the clause's start.
      for (let k = from - 1, d = 1; k >= 0 && d <= FRAME_REACH; k--, d++) {
        if (clauseBreak(text, tokens[k].end, tokens[k + 1].start) || opensClause(tokens[k + 1].norm)) break;
        const side = sideAt(tokens, k, text);
        if (side & THIS) own = Math.min(own, d);
        if (side & OTHER) other = Math.min(other, d);
      }
      // Right of it, to the clause's end.
      for (let k = to, d = 1; k < tokens.length && d <= FRAME_REACH; k++, d++) {
        if (clauseBreak(text, tokens[k - 1].end, tokens[k].start) || opensClause(tokens[k].norm)) break;
        const side = sideAt(tokens, k, text);
        if (side & THIS) own = Math.min(own, d);
        if (side & OTHER) other = Math.min(other, d);
      }
      return other < own;
    },
  };
}
