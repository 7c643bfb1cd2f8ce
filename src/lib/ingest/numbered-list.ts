// Numbered lists inside a story (forty-second round, real pages): «وجاء متوسط السعر كالتالي:» over
// «1- سعر الذهب عيار 24 … 877 جنيه» / «2- …» — items of a price list or a list of steps, without a full
// stop and often longer than a dash list's, that the body reader took for stray headlines and dropped
// (a real Egyptian page lost eleven). Consecutive ordinals from 1 under a paragraph that announces the
// list with a colon are the story's own; a menu's or a «most read» box's numbers follow no such lead-in.

/** «1- », «2. », «3) », «١) »: an ordinal of one or two digits opening the line, then a separator. */
const ORDINAL = /^\s*([0-9٠-٩]{1,2})\s*[-–.)]\s*(?=[^\s\d])/u;

/** The ordinal opening a list item («1- …» → 1, «٢) …» → 2), else undefined. */
export function ordinalOf(text: string): number | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  return Number(m[1].replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660)));
}

/**
 * Is this numbered line the next item of a list the story holds? Its ordinal is 1 right under a
 * paragraph that announces a list (`announced`), or the one after the last item kept (`last`); the
 * line stands right under the last line kept (`adjacent`).
 */
export function nextNumberedItem(text: string, last: number, announced: boolean, adjacent: boolean): number | undefined {
  const n = ordinalOf(text);
  if (n === undefined || !adjacent) return undefined;
  return (last > 0 && n === last + 1) || (n === 1 && announced) ? n : undefined;
}
