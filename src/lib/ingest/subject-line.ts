// A mail's subject over the story it sends: a newsletter's label, a colon, and the headline cut short — «النشرة
// الصباحية: حركة الشاحنات في منفذ …» right over the full headline (forty-second round, at the merge: a blind
// page's subject read as the headline, and the mail's date taken with it). The evidence is the repeat, not the
// label's words: what follows the colon is the next line's opening, and that line is a headline (short, no full
// stop). A speaker's headline «NAME: …» is never repeated word for word by a longer headline under it.
import type { ClassifiedLine } from './classify';

/** The label before the colon: at most this many words, no digits (a time or a date is no label). */
const MAX_LABEL_WORDS = 4;
/** What the colon leaves must be a few words at least: a one- or two-word tail repeats by chance. */
const MIN_TAIL_WORDS = 3;
/** The line under it is a headline: at most this many words. */
const MAX_HEADLINE_WORDS = 24;

/** Marks a «LABEL: HEADLINE-OPENING» line over the full headline as boilerplate; returns the same array. */
export function markSubjectLines(lines: ClassifiedLine[], key: (s: string) => string): ClassifiedLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = /^([^:：\d٠-٩]{2,40}?)\s*[:：]\s*(\S.*)$/u.exec(lines[i].text);
    if (!m || m[1].trim().split(/\s+/u).length > MAX_LABEL_WORDS) continue;
    const tail = m[2].replace(/\s*(?:…|\.\.\.)\s*$/u, '').trim();
    if (tail.split(/\s+/u).length < MIN_TAIL_WORDS) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].kind === 'blank') j++;
    const next = lines[j];
    if (!next || next.words > MAX_HEADLINE_WORDS || /[.!]\s*$/u.test(next.text)) continue;
    const tailKey = key(tail);
    // The headline goes on past the repeat (a word more at least): the subject cut it, not the other way round.
    if (tailKey && next.key.startsWith(`${tailKey} `)) lines[i] = { ...lines[i], kind: 'boilerplate' };
  }
  return lines;
}
