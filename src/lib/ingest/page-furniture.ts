// Page furniture read before the story is: a feed item's field labels, a language label under a
// Latin brand, the masthead printed again in a longer form. Pure: lines and the lexicon are passed in.
import type { Lexicon } from './boilerplate';
import type { ClassifiedLine } from './classify';
import { siteNameLine } from './credits';
import { identityKey } from './names';

/**
 * A feed item pasted as text: «title: …», «link: https://…», «pubDate: …» (boilerplate.yaml
 * `feedLabels`). With two or more labelled lines the page is one: each label is cut, its value
 * read as a line of its own (the headline, the page's URL, its date); a bare tag («<item>») is blank.
 */
export function withoutFeedLabels(lines: string[], lex: Lexicon): string[] {
  if (!lex.data.feedLabels.length) return lines;
  const labels = new Set(lex.data.feedLabels.map((l) => l.toLowerCase()));
  const label = (l: string) => /^([A-Za-z:]{3,20}?)\s*:\s*/.exec(l);
  const labelled = lines.filter((l) => { const m = label(l); return m && labels.has(m[1].toLowerCase()); });
  if (labelled.length < 2) return lines;
  return lines.map((l) => {
    const m = label(l);
    if (m && labels.has(m[1].toLowerCase())) return l.slice(m[0].length);
    return /^<\/?[a-z]+>$/i.test(l.trim()) ? '' : l;
  });
}

/**
 * «KBS WORLD Radio» / «العربية»: a language's name right under a Latin brand at the top is the
 * brand's Arabic service — page furniture, not the site's name (and not Al Arabiya's).
 */
export function markLanguageLabels(lines: ClassifiedLine[], lex: Lexicon): ClassifiedLine[] {
  const top = lines.filter((l) => l.kind !== 'blank').slice(0, 2);
  if (top.length < 2 || top[0].kind !== 'latin' || !lex.languageLabels.has(top[1].key)) return lines;
  return lines.map((l) => (l === top[1] ? { ...l, kind: 'boilerplate', languageLabel: true } : l));
}

// «القطرية», «البحريني»: a nationality adjective (normalised: ة → ه).
const NISBA = /^ال\S{2,}(?:يه|ي)$/u;

/**
 * The masthead printed again in a longer form: the site's name with a prefix and a nationality
 * adjective («جريدة العرب القطرية», «صحيفة الأيام البحرينية» on a page headed «العرب», «الأيام»).
 */
export function mastheadForm(lines: ClassifiedLine[], lex: Lexicon): ((text: string) => boolean) | undefined {
  const site = siteNameLine(lines, lex.nameStopWords, lex.sameName);
  const name = site ? identityKey(site.text, lex.sourceAffixes) : '';
  if (!site || !name) return undefined;
  return (text) => {
    if (text === site.text) return false;
    const words = identityKey(text, lex.sourceAffixes).split(' ');
    const size = name.split(' ').length;
    return words.length > size && words.length <= size + 1 && words.slice(0, size).join(' ') === name && words.slice(size).every((w) => NISBA.test(w));
  };
}
