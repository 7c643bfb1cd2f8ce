// A print edition's page label («الصفحة الرابعة», «صفحة 7», «Page 3»), copied with a printed page's text as its running
// header: never a credited name before a section, never a dateline's place (forty-fourth round, at the merge; aside44
// u4392, spent). The label and number words are data (`printPageLabels`, `printPageNumbers` in content/boilerplate.yaml).
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const PAGE_NUMBER = /^[0-9٠-٩]{1,3}$/u;

/** The text is a page label and its number, in digits or in words, and nothing else. */
export function isPrintPageLabel(text: string, lex: Lexicon): boolean {
  const words = text.trim().split(/\s+/);
  return words.length === 2 && lex.printPageLabels.has(lexKey(words[0])) && (PAGE_NUMBER.test(words[1]) || lex.printPageNumbers.has(lexKey(words[1])));
}

/** The text opens with a page label and its number, then a separator («صفحة 8 | زراعة»). */
export function opensWithPrintPageLabel(text: string, lex: Lexicon): boolean {
  const m = /^(\S+\s+\S+)\s*[|｜\-–—]/u.exec(text.trim());
  return !!m && isPrintPageLabel(m[1], lex);
}
