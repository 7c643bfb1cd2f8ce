// Names a probe of real outlets' pages showed the rules read in the wrong role (forty-first round, session 44,
// helper 13r; docs/ingest.md «Forty-first round: real outlets' pages, outlet and body»):
// * a sentence citing a known outlet by its short name in brackets («وذكرت هيئة الإذاعة البريطانية (بي بي سي) في
//   تقرير …») read as a dateline «PLACE (NAME)» — the outlet taken for the page's and the paragraphs over it cut;
// * the site crediting itself in a dateline's brackets by a name closed by a site's word («الكويت (NAME تايمز) -»)
//   read as an unlisted wire because the page prints the name nowhere else;
// * a one-token Latin brand alone on the first line («…news», «…24») that no rule read.
// Each is a cheap test on one short string: the callers run it only where their grammar already matched.
import { normalizeArabic } from '../arabic/normalize';
import type { Lexicon } from './boilerplate';

type Data = Pick<Lexicon, 'data'>;

const cache = new WeakMap<object, { verbs: Set<string>; endings: string[]; latin: string[] }>();
function lists(lex: Data) {
  let hit = cache.get(lex.data);
  if (!hit) {
    hit = {
      verbs: new Set((lex.data.citingVerbs ?? []).map(normalizeArabic)),
      endings: (lex.data.siteNameEndings ?? []).map((e) => normalizeArabic(e)),
      latin: (lex.data.latinBrandEndings ?? []).map((e) => e.toLowerCase()),
    };
    cache.set(lex.data, hit);
  }
  return hit;
}

/**
 * «وذكرت هيئة الإذاعة البريطانية», «أفادت شبكة الأخبار الأمريكية»: a dateline's «place» whose first word is a verb
 * citing a source (`citingVerbs`, a «و» or «ف» glued before it or not) is a sentence's subject, not a place.
 */
export function citesSource(place: string, lex: Data): boolean {
  const first = normalizeArabic(place.trim().split(/\s+/)[0] ?? '');
  if (!first) return false;
  const { verbs } = lists(lex);
  return verbs.has(first) || (/^[وف]/u.test(first) && first.length > 3 && verbs.has(first.slice(1)));
}

/** «الأردن تايمز», «لبنان بوست»: a name of two words or more closed by a site's own word (`siteNameEndings`). */
export function siteShapedName(name: string, lex: Data): boolean {
  const key = normalizeArabic(name.trim().replace(/\s+/g, ' '));
  if (key.split(' ').length < 2) return false;
  return lists(lex).endings.some((e) => key.endsWith(` ${e}`));
}

/**
 * «Sahel7news», «Gulfbiz24», «Oranpress»: one Latin token that ends on a site's word glued to at least three
 * letters of a name of its own (`latinBrandEndings`). Not a word alone («News»), not two tokens.
 */
export function gluedLatinBrand(text: string, lex: Data): boolean {
  const t = text.trim();
  if (!/^[A-Za-z][A-Za-z0-9]{4,24}$/.test(t)) return false;
  const low = t.toLowerCase();
  return lists(lex).latin.some((e) => low.endsWith(e) && /[a-z]{3}/.test(low.slice(0, low.length - e.length)));
}
