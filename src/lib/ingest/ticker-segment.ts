// A news ticker run into the headline on the headline's own line (forty-fourth round: the known miss «tickers glued over
// the headline»): «عاجل | انطلاق امتحانات … | توقعات بتساقط الثلوج … | HEADLINE», «آخر الأخبار: … — … — HEADLINE»,
// «شريط الأخبار • … • … • HEADLINE». A copy took the bar's items and the headline as one line; the whole line was the
// title. The evidence is the line's shape and the lead, no word list: one spaced separator repeated (three parts or
// more), one part at an end of the line that the lead repeats as it repeats a headline, and no other part the lead
// repeats so — the other parts are the bar's items (and its label), other stories.
import { contentWords, overlapShare, type LeadIndex } from './lead-overlap';
import type { HeadlineSegment } from './headline-segments';

/** The evidence a ticker's cut gives (headline.ts: a bar's label «عاجل |» is then no genre tag of the line). */
const TICKER_ITEMS = 'a ticker\'s items';

/** Whether a headline's cut is a ticker's bar. */
export function isTickerCut(cut: object | undefined): boolean {
  return !!cut && 'evidence' in cut && cut.evidence === TICKER_ITEMS;
}

/** A ticker's separators: a bar, a bullet, a diamond, a long or short dash, spaced. */
const SEPARATORS = ['|', '｜', '•', '·', '◆', '—', '–'];
/** The headline part: at least this many words … */
const MIN_HEADLINE_WORDS = 3;
/** … and the lead repeats two of its words and a quarter of them, as headline.ts asks of a plausible headline. */
const MIN_SHARED_WORDS = 2;
const MIN_SHARED_SHARE = 0.25;

/** Most words one part of a ticker's line has (an item is a headline). */
const MAX_PART_WORDS = 14;

/**
 * A line of three parts or more set apart by one spaced separator, each of headline length, not closed as a sentence:
 * a ticker run into the headline (extract.ts reads it as a heading, never prose — the lead says which part is the headline).
 */
export function isTickerRun(text: string): boolean {
  if (/[.!؟?:،,]\s*$/u.test(text)) return false;
  return SEPARATORS.some((mark) => {
    const parts = text.split(` ${mark} `).map((p) => p.trim());
    return parts.length >= 3 && parts.every((p) => p && p.split(/\s+/).length <= MAX_PART_WORDS);
  });
}

/** The headline part of a ticker line and the bar cut off it, when the lead says which part is the headline. */
export function tickerSegment(text: string, lead: LeadIndex, functionWords: Set<string>): HeadlineSegment | undefined {
  for (const mark of SEPARATORS) {
    const parts = text.split(` ${mark} `).map((p) => p.trim());
    if (parts.length < 3 || parts.some((p) => !p)) continue;
    const plausible = parts.map((p) => {
      const { share, shared } = overlapShare(contentWords(p, functionWords), lead);
      return shared >= MIN_SHARED_WORDS && share >= MIN_SHARED_SHARE;
    });
    if (plausible.filter(Boolean).length !== 1) return undefined;
    const at = plausible.indexOf(true);
    if ((at !== 0 && at !== parts.length - 1) || parts[at].split(/\s+/).length < MIN_HEADLINE_WORDS) return undefined;
    const after = at === 0;
    const cut = (after ? parts.slice(1) : parts.slice(0, -1)).join(` ${mark} `);
    return { prefix: cut, rest: parts[at], shape: 'furniture', ...(after ? { after } : {}), evidence: TICKER_ITEMS };
  }
  return undefined;
}
