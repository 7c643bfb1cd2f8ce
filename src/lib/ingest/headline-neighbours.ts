// Where a headline candidate sits among the page's lines: its neighbours, the menu entries and
// the page's header around it, and a caption printed twice.
import type { ClassifiedLine } from './classify';
import type { HeadlineContext } from './headline';

/** The page's header under a headline: its date, byline or age. */
export const HEADER_KINDS = new Set(['date', 'byline', 'relative-time']);

/** The nearest non-blank line before (step −1) or after (step 1) line i. */
export function neighbour(lines: readonly ClassifiedLine[], i: number, step: number): ClassifiedLine | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j].kind !== 'blank') return lines[j];
  return undefined;
}

/** A menu entry: a menu or interface line, or a section label standing alone. */
export function navEntry(l: ClassifiedLine | undefined, ctx: HeadlineContext): boolean {
  return !!l && (l.kind === 'menu' || l.kind === 'boilerplate' || (l.words <= 3 && !!ctx.sectionLabels?.has(l.key)));
}

/** The next `n` non-blank lines after line i (fewer at the page's end). */
export function nextLines(lines: readonly ClassifiedLine[], i: number, n: number): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  for (let j = i + 1; j < lines.length && out.length < n; j++) if (lines[j].kind !== 'blank') out.push(lines[j]);
  return out;
}

// A video's running time on the player («03:12», «مدة الفيديو 02:10»): the page's header, like its date.
const DURATION = /^(?:[^\d]{0,20}\s)?\d{1,2}:\d{2}(?::\d{2})?$/u;

/** The headline at line i sits on the page's header: its date, byline or age, or a clip's running time. */
export function onHeader(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = neighbour(lines, i, 1);
  return !!next && (HEADER_KINDS.has(next.kind) || (next.words <= 4 && DURATION.test(next.text.trim())));
}

/** Two keys of one caption: equal, or one the other and a credit of at most two words after it. */
export function sameCaption(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(/[\s،,.:]+/u).filter(Boolean);
  const wb = b.split(/[\s،,.:]+/u).filter(Boolean);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.length >= 2 && long.length - short.length <= 2 && short.every((w, n) => long[n] === w);
}
