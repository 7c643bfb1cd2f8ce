// A print edition's year or volume label (forty-fifth round, at the merge; aside45 u4523, spent): «السنة الرابعة - العدد
// 203» under a weekly's masthead, «المجلد الثاني عشر — العدد 3», «السنة 23 - العدد 6120 - DATE», «Vol. 9». The issue's
// label beside it was already known (`issueLabels`); the year's part was read as a name beside its line's furniture and
// chosen as the outlet. A label (`dateWords.volumeLabels`) and a number or an ordinal after it is the edition's count,
// never an outlet nor a place: «السنة النبوية», «مجلد الأعمال» (a word that counts nothing) are left alone.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

/** Most words of the count after the label: «الحادي والعشرون», «الثانية عشرة». */
const MAX_COUNT_WORDS = 3;

const cache = new WeakMap<object, { labels: string[]; ordinals: Set<string> }>();

/** The labels and every ordinal word, by key: the day ordinals' words, their feminine forms («الرابعة», «الثانية»), «عشر», «عشرة». */
function lists(lex: Lexicon) {
  const data = lex.data.dateWords;
  let c = cache.get(data as object);
  if (!c) {
    const words = (data.dayOrdinals ?? []).flat().flatMap((n) => n.split(/\s+/)).map((w) => w.replace(/^و(?=ال)/u, ''));
    const feminine = words.flatMap((w) => [`${w}ة`, `${w}ه`]);
    c = {
      labels: (data.volumeLabels ?? []).map(lexKey),
      ordinals: new Set([...words, ...feminine, 'عشر', 'عشرة', 'عشرون', 'عشرين'].map(lexKey)),
    };
    cache.set(data as object, c);
  }
  return c;
}

/** «السنة الرابعة», «المجلد 14», «Vol. 9»: a year or volume label and its count, the whole of `text`. */
export function isVolumeLabel(text: string, lex: Lexicon): boolean {
  const { labels, ordinals } = lists(lex);
  if (!labels.length) return false;
  const key = lexKey(text.replace(/[:：#]/gu, ' ').trim());
  const label = labels.find((l) => key.startsWith(`${l} `));
  if (!label) return false;
  const count = key.slice(label.length).trim().split(/\s+/);
  if (!count.length || count.length > MAX_COUNT_WORDS) return false;
  const counted = (w: string) => /^[0-9٠-٩]+$/u.test(w) || ordinals.has(w) || (w.startsWith('و') && ordinals.has(w.slice(1)));
  return count.every(counted);
}

/** «السنة», «المجلد»: a year or volume label alone (the place path: «السنة 23 - العدد 6120» is no place and day). */
export function isVolumeWord(word: string, lex: Lexicon): boolean {
  return lists(lex).labels.includes(lexKey(word));
}
