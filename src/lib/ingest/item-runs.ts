// Lists inside a story the body reader dropped (forty-third round, real pages): dash or bullet items under a
// paragraph that announces them with a colon («… ملفات عالقة، مثل:» / «- الضمانات الأمنية»), read as a menu;
// items whose dash a renderer printed alone on the line above («-» / «اللغة العربية.»); and a price or rate list —
// short lines that each hold a figure («البطاطس 20 جنيها.», «بورصة أربيل 146200 دينار») — under a heading
// closed by a colon or a short sub-heading. The evidence is the run's shape (parallel short lines, a figure in
// each, a bullet on each) and the colon that announces it; a menu or a «most read» box has neither.
import type { ClassifiedLine } from './classify';

/** Words a listed item has at most. */
const MAX_ITEM_WORDS = 12;
/** Words a figure item («الكندوز 390 جنيها.») has at most: a longer line with a number is prose or a headline. */
const MAX_FIGURE_WORDS = 8;
/** A heading that leads in a figure list («أسعار اللحوم اليوم في المنيا:»), at most. */
const MAX_LEAD_IN_WORDS = 10;
/** Figure items in a row under a lead-in or a sub-heading before the run counts as a list. */
const MIN_FIGURE_RUN = 2;

const LONE_BULLET = /^\s*[-–—•·*▪●]\s*$/u;
const FIGURE = /[0-9٠-٩]/u;

const shortKind = (l: ClassifiedLine | undefined): boolean => !!l && (l.kind === 'heading' || l.kind === 'short');

/**
 * «-» alone on a line over «اللغة العربية.»: the renderer split a dash item in two. The lone glyph is read as a
 * blank and the line under it as a bulleted item (a copy, the page's lines untouched). Only when two such pairs
 * follow each other: a lone dash elsewhere is a separator.
 */
export function withLoneBullets(lines: ClassifiedLine[]): ClassifiedLine[] {
  const pairs: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (LONE_BULLET.test(lines[i].text) && lines[i].kind !== 'blank' && shortKind(lines[i + 1])) pairs.push(i);
  }
  const kept = pairs.filter((p, n) => (pairs[n - 1] !== undefined && p - pairs[n - 1] === 2) || (pairs[n + 1] !== undefined && pairs[n + 1] - p === 2));
  if (!kept.length) return lines;
  const out = lines.slice();
  for (const p of kept) {
    out[p] = { ...out[p], kind: 'blank', text: '', words: 0 };
    out[p + 1] = { ...out[p + 1], bullet: true };
  }
  return out;
}

/** A bulleted item of list length («- الضمانات الأمنية», «• خفض أسعار الخبز»), read as a menu or a heading. */
export function isBulletItem(l: ClassifiedLine): boolean {
  return l.bullet && (l.kind === 'menu' || shortKind(l)) && l.words >= 1 && l.words <= MAX_ITEM_WORDS;
}

/** «البطاطس 20 جنيها.», «بورصة الكفاح 146500 دينار»: a short line holding a figure, no bullet, no clock or date line. */
export function isFigureItem(l: ClassifiedLine | undefined): boolean {
  return shortKind(l) && !l!.bullet && l!.words >= 2 && l!.words <= MAX_FIGURE_WORDS && FIGURE.test(l!.text) && !/\d{1,2}:\d{2}/u.test(l!.text);
}

function nextNonBlankIndex(lines: readonly ClassifiedLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j].kind === 'blank') j++;
  return j;
}

/** At least two figure items follow line `i` in a row. */
export function figureRunBelow(lines: readonly ClassifiedLine[], i: number): boolean {
  let j = i;
  for (let n = 0; n < MIN_FIGURE_RUN; n++) {
    j = nextNonBlankIndex(lines, j);
    if (!isFigureItem(lines[j])) return false;
  }
  return true;
}

/** «أسعار اللحوم اليوم في المنيا:» over a run of figure items: the list's lead-in, part of the story. */
export function figureLeadIn(lines: readonly ClassifiedLine[], i: number): boolean {
  const l = lines[i];
  return shortKind(l) && l.words <= MAX_LEAD_IN_WORDS && /[:：]\s*$/u.test(l.text) && figureRunBelow(lines, i);
}
