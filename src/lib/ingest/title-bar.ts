// A browser's title bar printed on the page: the headline and the site's name after a spaced
// separator («HEADLINE | NAME»). Recognising the bar, and cutting the name off when the bar is
// the only headline the page prints.
import type { ClassifiedLine } from './classify';
import type { HeadlineCandidate, HeadlineContext } from './headline';
import { contentWords, overlapShare, type LeadIndex } from './lead-overlap';

/**
 * «HEADLINE | NAME», «HEADLINE - NAME»: `bar` is `headline` with up to six words after a spaced
 * separator (a browser's page title; the words are the site's name).
 */
export function titleBarOf(bar: string, headline: string): boolean {
  if (!bar.startsWith(headline) || bar.length <= headline.length) return false;
  const m = /^\s+(?:[|｜\-–—:·•]|::)\s+(\S.*)$/u.exec(bar.slice(headline.length));
  return !!m && m[1].split(/\s+/).length <= 6;
}

// A spaced bar or dash between a headline and a site's name («HEADLINE | NAME», «NAME - HEADLINE»).
const BAR_SPLIT = /\s+(?:[|｜–—\-]|::)\s+/u;

/**
 * «وفد يمني يشارك في مؤتمر … | الميزان برس» chosen with no line printing the headline alone: the
 * browser's title bar is the only headline on the page. The site's name is cut off when one side
 * of the bar names the site — a known outlet, the page's masthead, or a name the page prints
 * elsewhere outside the story that shares none of the lead's words — and the other side, a
 * headline of ≥ 3 words, shares more of the lead (twenty-second round, part H).
 */
export function withoutSiteName(chosen: HeadlineCandidate, lines: readonly ClassifiedLine[], leadWords: LeadIndex, ctx: HeadlineContext): HeadlineCandidate {
  if (chosen.text) return chosen; // its furniture cut already
  const parts = chosen.line.text.split(BAR_SPLIT);
  if (parts.length < 2) return chosen;
  const overlapOf = (t: string) => overlapShare(contentWords(t, ctx.functionWords), leadWords).share;
  const firstLine = lines.find((o) => o.kind !== 'blank') === chosen.line;
  // The headline opens or closes the bar; every other part is the site's name or a section («سياسة»).
  for (const [headline, others] of [[parts[0], parts.slice(1)], [parts[parts.length - 1], parts.slice(0, -1)]] as const) {
    if (headline.trim().split(/\s+/).length < 3) continue;
    const shared = overlapOf(headline);
    const roles = others.map((name) => siteNameRole(name, chosen.line.index, lines, overlapOf, ctx, firstLine && shared >= 0.5));
    if (!roles.includes('name') || roles.includes(undefined) || others.some((name) => overlapOf(name) >= shared)) continue;
    return { ...chosen, text: headline.trim(), why: [...chosen.why, 'a title bar: the site\'s name cut off'] };
  }
  return chosen;
}

/**
 * A part of a title bar beside its headline: 'name' when it names the site — a known outlet, the
 * masthead, a name printed elsewhere outside the story that shares none of the lead's words, or
 * (`firstLine`: the bar is the page's first line, its headline half repeated by the lead) a short name
 * the lead repeats at most half of —, 'section' for a section label, else undefined.
 */
function siteNameRole(name: string, barIndex: number, lines: readonly ClassifiedLine[], overlapOf: (t: string) => number, ctx: HeadlineContext, firstLine: boolean): 'name' | 'section' | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length > 5 || !/\p{L}{2,}/u.test(name) || /[0-9٠-٩]/.test(name)) return undefined;
  const key = ctx.key(name);
  if (ctx.genreTags?.has(key) || ctx.labelWords.has(key)) return undefined;
  if (ctx.sectionLabels?.has(key)) return 'section';
  const known = ctx.lookup(name);
  if ((known && known.kind !== 'generic') || ctx.masthead?.(name)) return 'name';
  const elsewhere = lines.some((o) => o.index !== barIndex && o.kind !== 'body' && ` ${o.key} `.includes(` ${key} `));
  if (elsewhere && overlapOf(name) === 0) return 'name';
  return firstLine && words.length <= 4 && overlapOf(name) <= 0.5 ? 'name' : undefined;
}
