// The lead's dateline printed alone on the line right over it (thirty-seventh and thirty-eighth rounds,
// real pages): «NAME -», «PLACE –», «PLACE | DAY MONTH | NAME :», «PLACE :NAME 24». Split from extract.ts.
import type { Lexicon } from './boilerplate';
import { lexKey } from './boilerplate';
import type { Dateline } from './dateline';
import type { NameLookup } from './names';
import { isCreditWord } from './names';
import { normalizeArabic } from '../arabic/normalize';
import { separatorStub } from './own-credit-stub';

/** One to four words of letters, closed by a dash: a dateline's place or credit with nothing after it. */
const DASH_STUB = /^\p{L}+(?: \p{L}+){0,3}\s*[-–—]$/u;
/**
 * A place, a separator, a day and a month between bars at most, then a name, closed by a colon or a dash
 * («تعز | 5 فبراير | الحالمة نت :»): the same grammar reads it glued to the lead.
 */
const SEPARATED_STUB = /^\p{L}+(?: \p{L}+)?\s*[|:\-–—]\s*(?:\d{1,2}\s+\p{L}+\s*[|:\-–—]\s*)?\p{L}+(?: \p{L}+){0,2}\s*[:\-–—]$/u;
/**
 * «موسكو ـ عواصم ـ «الوطن» ـ وكالات:»: a chain of two to five links — one or two words, or a name in guillemets or
 * brackets — between dashes or tatweels, closed by a colon or a dash: a Gulf paper's dateline on its own line
 * (forty-sixth round, real pages). The lead's grammar reads it (`chainedCredits`) as it reads it glued.
 */
const CHAIN_STUB = /^(?:\p{L}+(?: \p{L}+)?|«[^«»]{2,30}»|\([^()]{2,30}\))(?:\s*(?:--|[-–—ـ]+)\s*(?:\p{L}+(?: \p{L}+)?|«[^«»]{2,30}»|\([^()]{2,30}\))){1,4}\s*[:\-–—ـ]$/u;
/**
 * «الخرطوم :المنبر 24», «سبها : واحة الجنوب 24»: a known place, a colon or a bar, and a name of one to
 * three words with a number after it, nothing closing it. The grammar never reads a name with digits it
 * does not know (a date's «2 - 6» would be one); alone on its line after a known place, no date is there.
 */
const NUMBERED_NAME = /^(\p{L}+(?: \p{L}+)?)\s*[:|]\s*(\p{L}+(?: \p{L}+){0,2} \d{1,3})\s*[:\-–—]?$/u;

/**
 * The stub's dateline, by `read` (the lead's grammar, given the stub glued before the lead), or the
 * numbered name after a known place. `undefined` when the line is no stub.
 */
/** A dateline's chain of links alone on its line («موسكو ـ عواصم ـ «الوطن» ـ وكالات:»): never the story's first line. */
export function isChainStub(text: string): boolean {
  return CHAIN_STUB.test(text.trim());
}

export function stubDatelineOf(stub: string, lead: string, lex: Lexicon, lookup: NameLookup,
  read: (text: string) => Dateline | undefined, printedAgain?: (text: string) => boolean): Dateline | undefined {
  if (DASH_STUB.test(stub) || SEPARATED_STUB.test(stub) || CHAIN_STUB.test(stub)) {
    const d = read(`${stub} ${lead}`);
    return d && d.end <= stub.length + 1 ? { ...d, end: 0 } : undefined;
  }
  const m = NUMBERED_NAME.exec(stub);
  // «NAME :», «NAME 360 /», «NAME :-» alone over the lead: the site's own credit (own-credit-stub.ts).
  if (!m || !lex.places.has(lexKey(m[1]))) return m ? undefined : separatorStub(stub, lead, lex, lookup, printedAgain);
  const name = m[2];
  const first = name.split(' ')[0];
  // A reporter («القاهرة : أحمد 2»), a credit word («خاص 24»), a month or a place are no site's name.
  if (lex.givenNames.has(lexKey(first)) || isCreditWord(first, lookup) || lex.dates.isMonthName(first) || lex.places.has(lexKey(first))) return undefined;
  const known = lookup(name);
  if (known && known.kind === 'generic') return undefined;
  return { place: m[1], ...(known?.kind === 'agency' ? { agency: known } : { outlet: known ?? { name, kind: 'outlet' } }), end: 0, evidence: known ? 'known' : 'grammar' };
}

/**
 * «موقع المنبر» after the story, «الخرطوم :المنبر 24» over the lead: a site's word (`sourceAffixes.before`)
 * and the name the dateline prints with its number are one site, named twice by its own frame — not the
 * origin an aggregator copied.
 */
export function sameSiteAsDateline(origin: string, datelineName: string | undefined, siteWords: readonly string[]): boolean {
  if (!datelineName) return false;
  const words = (text: string) => normalizeArabic(text).trim().split(/\s+/);
  const before = new Set(siteWords.map((w) => normalizeArabic(w)));
  const o = words(origin);
  const named = before.has(o[0]) && o.length > 1 ? o.slice(1) : o;
  const d = words(datelineName);
  const core = /^\d{1,3}$/.test(d[d.length - 1]) && d.length > 1 ? d.slice(0, -1) : d;
  return named.length === core.length && named.every((w, i) => w === core[i]);
}
