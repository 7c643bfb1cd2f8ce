// Forty-first round, two credit shapes (session 44, 13k2).
//
// A paper named in a dateline's slot: «سكاكا - صحيفة سنابل الجوف: أعلنت …» (closed by a separator) is the page's
// credit and was already read. Unclosed, the same words are the lead's first noun phrase: «عمّان - صحيفة كوميرسانت
// الروسية نشرت أمس …» — a dateline prints a bare name with no separator after it («دمشق - سيريا ستيبس»), never
// the paper's type word (`paperTypeWords`: «صحيفة», «جريدة» …) which makes it a sentence's subject. So a credit
// opening on a paper's word, with neither brackets nor a closing separator, is no credit (the place alone stays).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const cache = new WeakMap<object, Set<string>>();

function paperWords(lex: Lexicon): Set<string> {
  let s = cache.get(lex.data as object);
  if (!s) cache.set(lex.data as object, s = new Set((lex.data.paperTypeWords ?? []).map(lexKey)));
  return s;
}

/** «صحيفة كوميرسانت» with no separator after it: the lead's subject, not a dateline's credit. */
export function isUnclosedPaperSubject(credit: string, paired: boolean, closer: string, lex: Lexicon): boolean {
  if (paired || /[-–—ـ:./|]/.test(closer)) return false;
  const first = credit.trim().split(/\s+/)[0] ?? '';
  return paperWords(lex).has(lexKey(first));
}
