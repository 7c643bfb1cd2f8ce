// «مشرع بلقصيري 24 | سيدي قاسم يراهن فلاحو …» (thirty-ninth round, at the merge): the site's own credit and its bar open
// the lead, then the place with no separator after it. A town's name that opens with a toponym's head word
// (`placeHeads`: «سيدي», «أولاد», «كفر» …) and one word more is the dateline's place; the story follows it.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const HEADED = /^\s*([\p{L}\p{M}]{2,})\s+([\p{L}\p{M}]{2,})\s+(?=[\p{L}])/u;

/** The two-word place opening `text` (after a credit), by its head word, and where the story starts; or undefined. */
export function headedPlace(text: string, lex: Lexicon): { place: string; length: number } | undefined {
  const m = HEADED.exec(text);
  if (!m) return undefined;
  const heads = new Set((lex.data.placeHeads ?? []).map(lexKey));
  const second = lexKey(m[2]);
  if (!heads.has(lexKey(m[1])) || lex.functionWords.has(second) || lex.givenNames.has(lexKey(m[1]))) return undefined;
  // The story after it: a sentence, not a name's tail («سيدي قاسم 24» is another site).
  if (text.slice(m[0].length).trim().split(/\s+/).length < 5) return undefined;
  return { place: `${m[1]} ${m[2]}`, length: m[0].length };
}
