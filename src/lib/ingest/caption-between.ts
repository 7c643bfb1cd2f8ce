// A figure's caption printed among the story's paragraphs (fortieth round, session 43): «خريطة توضح خطوط التماس حول
// بوكروفسك» between two paragraphs, where the page's map stood. Its shape: short (≤ 12 words), no closing stop, and it
// opens with the figure's kind (`figureCaptionOpeners`: «خريطة», «رسم بياني»). A paragraph that begins so but is a
// sentence («خريطة الطريق التي أعلنها … تتضمن ثلاث مراحل.») ends with its stop and is kept.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

const MAX_CAPTION_WORDS = 12;
const openers = new WeakMap<object, string[]>();

/** The line is a figure's caption by its shape (see above). */
export function isFigureCaption(text: string, lex: Lexicon): boolean {
  const t = text.trim();
  if (/[.!؟?:؛…]\s*$/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > MAX_CAPTION_WORDS) return false;
  let list = openers.get(lex.data as object);
  if (!list) openers.set(lex.data as object, (list = (lex.data.figureCaptionOpeners ?? []).map(lexKey)));
  const first = lexKey(words[0]);
  const two = words.length > 2 ? lexKey(`${words[0]} ${words[1]}`) : '';
  return list.includes(first) || (!!two && list.includes(two));
}
