// An office's letterhead at the top of its own page (nineteenth round): «سفارة دولة قطر لدى الاتحاد
// الروسي» / «خبر صحفي» / «24 يونيو 2026» / the headline. The office's name is the page's outlet and
// never its headline, although a statement's lead repeats it word for word (the embassy, the ministry
// speaks of itself). Its shape: the page's first line — or the line under a state's name («المملكة
// المغربية» over the ministry) — opening with an office's word (`officeWords`), a name's length, no
// sentence's punctuation, printed once, over a short line (a type label, a desk, a date, a menu
// entry) and with a headline-length line under it before the story. A headline printed first
// («وزارة الخارجية الروسية تستدعي …» over its date and story) has no such line under it.
import type { ClassifiedLine } from './classify';
import type { Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';

const MAX_WORDS = 10;
/** A headline under the letterhead is at least this long (a type label or a desk line is shorter). */
const HEADLINE_WORDS = 5;

export function officeLetterhead(lines: readonly ClassifiedLine[], lex: Lexicon): ClassifiedLine | undefined {
  const storyAt = lines.findIndex((l) => l.kind === 'body' && l.words > 12);
  const top = lines.slice(0, storyAt < 0 ? lines.length : storyAt).filter((l) => l.kind !== 'blank');
  const firstWord = (l: ClassifiedLine | undefined) => (l ? normalizeArabic(l.text.trim().split(/\s+/)[0]) : '');
  // «المملكة المغربية», «جمهورية العراق»: a state's name heads the letterhead, the office is under it.
  const at = top[0] && top[0].words >= 2 && top[0].words <= 5 && lex.letterheadWords.has(firstWord(top[0])) ? 1 : 0;
  const head = top[at];
  if (!head || !lex.officeWords.has(firstWord(head)) || head.words < 2 || head.words > MAX_WORDS) return undefined;
  if (!/^[\u0600-\u06FF]/u.test(head.text.trim()) || /[.!؟?:،,|«»"]/u.test(head.text)) return undefined;
  // A headline printed first and again under it (a note's title over the clipped page) is no letterhead.
  if (lines.some((l) => l !== head && l.key === head.key)) return undefined;
  const next = top[at + 1];
  if (!next || next.kind === 'body' || next.words > 4) return undefined;
  const below = top.slice(at + 2).some((l) => l.words >= HEADLINE_WORDS && !['date', 'byline', 'boilerplate', 'menu'].includes(l.kind));
  return below ? head : undefined;
}
