// A print edition's year or volume label (forty-fifth round, at the merge; aside45 u4523, spent): «السنة الرابعة - العدد
// 203» under a weekly's masthead, «المجلد الثاني عشر — العدد 3», «السنة 23 - العدد 6120 - DATE», «Vol. 9». The issue's
// label beside it was already known (`issueLabels`); the year's part was read as a name beside its line's furniture and
// chosen as the outlet. A label (`dateWords.volumeLabels`) and a number or an ordinal after it is the edition's count,
// never an outlet nor a place: «السنة النبوية», «مجلد الأعمال» (a word that counts nothing) are left alone.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';

/** Most words of the count after the label: «الحادي والعشرون», «الثانية عشرة». */
const MAX_COUNT_WORDS = 3;

const cache = new WeakMap<object, { labels: string[]; ordinals: Set<string>; issues: string[] }>();

/** The labels and every ordinal word, by key: the day ordinals' words, their feminine forms («الرابعة», «الثانية»), «عشر», «عشرة». */
function lists(lex: Lexicon) {
  const data = lex.data.dateWords;
  let c = cache.get(data as object);
  if (!c) {
    const words = (data.dayOrdinals ?? []).flat().flatMap((n) => n.split(/\s+/)).map((w) => w.replace(/^و(?=ال)/u, ''));
    const feminine = words.flatMap((w) => [`${w}ة`, `${w}ه`]);
    c = {
      labels: (data.volumeLabels ?? []).map(lexKey),
      issues: (data.issueLabels ?? []).map(lexKey),
      ordinals: new Set([...words, ...feminine, 'عشر', 'عشرة', 'عشرون', 'عشرين'].map(lexKey)),
    };
    cache.set(data as object, c);
  }
  return c;
}

/** A Roman numeral a Latin volume label counts by («Vol. IV», «Volume XII»). */
const ROMAN = /^[ivxlc]{1,6}$/u;
/** The separators between a volume's count and its issue («Vol. 9 - No. 214», «Volume 12, Issue 3», «Vol. IV | العدد 87»). */
const PARTS = /\s*(?:[|｜•·,،]|\s[-–—]\s)\s*/u;

/**
 * «السنة الرابعة», «المجلد 14», «Vol. 9», «Vol.9», «Volume 12, Issue 3», «Vol. IV | العدد 87»: a year or volume label and
 * its count, the whole of `text` — with the issue's label and number after it at most (`dateWords.issueLabels`). Each
 * word is keyed alone: «Vol.» keeps no dot inside the line's key (forty-sixth round: «Vol. 9» was never read).
 */
export function isVolumeLabel(text: string, lex: Lexicon): boolean {
  const { labels, ordinals, issues } = lists(lex);
  if (!labels.length) return false;
  const [head, ...rest] = text.replace(/[:：#]/gu, ' ').trim().split(PARTS);
  if (rest.length > 1 || (rest.length === 1 && !isIssuePart(rest[0], issues))) return false;
  const words = head.replace(/^(vol\.|vol)(?=[0-9ivxlc])/iu, '$1 ').split(/\s+/).map(lexKey).filter(Boolean);
  const label = labels.find((l) => words.join(' ').startsWith(`${l} `));
  if (!label) return false;
  const count = words.slice(label.split(' ').length);
  if (!count.length || count.length > MAX_COUNT_WORDS) return false;
  const latin = /^[a-z]/u.test(label);
  const counted = (w: string) => /^[0-9٠-٩]+$/u.test(w) || ordinals.has(w) || (w.startsWith('و') && ordinals.has(w.slice(1))) || (latin && ROMAN.test(w));
  return count.every(counted);
}

/** «No. 214», «Issue 3», «العدد 87»: an issue's label (`dateWords.issueLabels`) and its number. */
function isIssuePart(part: string, issues: readonly string[]): boolean {
  const words = part.trim().split(/\s+/).map(lexKey).filter(Boolean);
  const label = issues.find((l) => words.join(' ').startsWith(`${l} `));
  return !!label && words.slice(label.split(' ').length).every((w) => /^[0-9٠-٩]+$/u.test(w)) && words.length === label.split(' ').length + 1;
}

/** «السنة», «المجلد»: a year or volume label alone (the place path: «السنة 23 - العدد 6120» is no place and day). */
export function isVolumeWord(word: string, lex: Lexicon): boolean {
  return lists(lex).labels.includes(lexKey(word));
}
