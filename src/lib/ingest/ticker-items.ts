// A news ticker's items on lines of their own over a page that prints no headline (forty-fifth round, at the merge;
// aside44 u4352, u4379 and aside45 u4522, u4533, spent): «عاجل | ITEM» / «ITEM» / «ITEM» / DATE / lead, «شريط الأخبار»
// alone over two items, «آخر الأخبار: ITEM» / «ITEM». The items are headlines — of other stories. Each shares a word or
// two with the lead when the site covers one town («… أبو صوير …» over a lead about the town's growers), enough for the
// first of them to pass as the headline. What tells them from the page's own headline is the lead's evidence: a
// headline's words come back in its lead (headline.ts), an item's do not — the lead repeats less than half of it. The
// shape says where to ask: a ticker's label (data: `urgentBarLabels`, `tickerItemLabels`) and the run of headline-shaped
// lines right after it. A line that is no headline's shape (the date, a byline, a section) ends the run: a headline
// printed after it is never an item, whatever the lead repeats of it.
// The line right under a lone breaking-news bar («عاجل» / «غلق ميناء العريش …», twenty-fourth round, second wave) is an
// item by the same evidence, whatever its shape: one reader, `isUnrepeatedTickerItem`, asks both (forty-sixth round: it
// was headline-deck.ts's `tickerItem`, a second reader of the same thing).
import type { ClassifiedLine } from './classify';
import { contentWords, overlapShare, type LeadIndex } from './lead-overlap';
import { isTickerRun } from './ticker-segment';
import { lexKey } from './boilerplate';

/** What the reader needs of the lexicon: the labels, by key. */
export interface TickerLabels {
  key: (text: string) => string;
  /** A label alone on its line or glued to its first item: breaking-news bars' («عاجل») and tickers' names («شريط الأخبار»). */
  bars: ReadonlySet<string>;
  /** A list's label («آخر الأخبار»), only glued to an item on its line. */
  lists: ReadonlySet<string>;
}

/** An item is a headline's length: three to fourteen words (ticker-segment.ts's parts). */
const MIN_ITEM_WORDS = 3;
const MAX_ITEM_WORDS = 14;
/** An item's line is one a headline could be: not prose cut by the classifier into menus, dates or credits. */
const ITEM_KINDS = new Set(['heading', 'short', 'body']);
/** The lead repeats less than this share of an item's words. */
export const TICKER_ITEM_MAX_OVERLAP = 0.5;

const GLUED = /^(.{2,30}?)\s*(?:[|｜:：]|\s[-–—]\s)\s*(\S.*)$/u;

/** «عاجل | ITEM», «آخر الأخبار: ITEM»: the item after a ticker's label glued before it, else undefined. */
export function gluedTickerItem(text: string, labels: TickerLabels): string | undefined {
  const m = GLUED.exec(text.trim());
  if (!m) return undefined;
  const label = labels.key(m[1]);
  if (!labels.bars.has(label) && !labels.lists.has(label)) return undefined;
  return m[2].split(/\s+/).length >= MIN_ITEM_WORDS ? m[2] : undefined;
}

function itemShaped(l: ClassifiedLine): boolean {
  return ITEM_KINDS.has(l.kind) && !l.bullet && l.words >= MIN_ITEM_WORDS && l.words <= MAX_ITEM_WORDS && !/[.!؟?:،,؛]\s*$/u.test(l.text);
}

/**
 * Indexes of the lines in lines[0 … end) that are a ticker's items: the line of a label glued to its first item, and the
 * headline-shaped lines right after it (or after a bar's label alone on its line), up to the first line of another shape.
 */
export function tickerItemLines(lines: readonly ClassifiedLine[], end: number, labels: TickerLabels): Set<number> {
  const items = new Set<number>();
  for (let i = 0; i < end; i++) {
    const l = lines[i];
    if (l.kind === 'blank') continue;
    // «عاجل | ITEM | ITEM | HEADLINE»: a bar run into the headline's line is ticker-segment.ts's, its last part the headline.
    if (isTickerRun(l.text)) continue;
    const glued = gluedTickerItem(l.text, labels) !== undefined;
    if (!glued && !labels.bars.has(labels.key(l.text))) continue;
    if (glued) items.add(i);
    let j = i + 1;
    for (; j < end; j++) {
      if (lines[j].kind === 'blank') continue;
      if (!itemShaped(lines[j]) || isTickerRun(lines[j].text) || gluedTickerItem(lines[j].text, labels) !== undefined) break;
      items.add(j);
    }
    i = j - 1;
  }
  return items;
}

/** What `isUnrepeatedTickerItem` needs of the headline's context. */
export interface TickerItemContext {
  /** A breaking-news bar's label alone on its line («عاجل», decorated or not). */
  isUrgentBar?: (text: string) => boolean;
  functionWords: Set<string>;
  tickerLabels?: TickerLabels;
}

function shownAbove(lines: readonly ClassifiedLine[], i: number): ClassifiedLine | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j].kind !== 'blank') return lines[j];
  return undefined;
}

/**
 * Line `l` is a ticker's item the lead repeats less than half of — never the headline: right under a lone breaking-news
 * bar, any shape (`overlap`: the caller's share of its words, its glued furniture cut), or one of a ticker's run of
 * `items` (`tickerItemLines`, its glued label cut).
 */
export function isUnrepeatedTickerItem(l: ClassifiedLine, lines: readonly ClassifiedLine[], overlap: number, items: ReadonlySet<number> | undefined,
  lead: LeadIndex, ctx: TickerItemContext): boolean {
  const above = shownAbove(lines, l.index);
  if (above && overlap < TICKER_ITEM_MAX_OVERLAP && ctx.isUrgentBar?.(above.text) && lexKey(above.text) !== lexKey(l.text)) return true;
  return !!items?.size && !!ctx.tickerLabels && unrepeatedTickerItem(l, items, lead, ctx.functionWords, ctx.tickerLabels);
}

/** Line `l`, one of `items`, is a ticker's item the lead repeats less than half of (its label cut): never the headline. */
function unrepeatedTickerItem(l: ClassifiedLine, items: ReadonlySet<number>, lead: LeadIndex, functionWords: Set<string>, labels: TickerLabels): boolean {
  if (!items.has(l.index)) return false;
  const item = gluedTickerItem(l.text, labels) ?? l.text;
  return overlapShare(contentWords(item, functionWords), lead).share < TICKER_ITEM_MAX_OVERLAP;
}
