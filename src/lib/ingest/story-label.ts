// A short top line printed right over the story — its headline, or its lead when it has none — is as
// often the story's own label (a section «خارج الحدود», «الأقتصادية», a category «غير مصنف», a tag
// «سيرغي لافروف», a widget «حجم النص», a contents box «المحتويات») as the site's masthead: on real
// pages (twenty-third round, 13s) it was more often the label. A masthead is known by a brand beside
// it (a Latin form above it: «Essirage» / «السراج», «AJ+ عربي» / «الجزيرة بلس»); with nothing above it,
// only a line shaped like a label is refused, so an unknown one-word name («منشيت») stays a guess.
import { matchKey } from '../data/keys';
import { isLatinBrand } from './site-name';
import { headWithAdjectives } from './interface-names';
import { lexKey, type Lexicon } from './boilerplate';

interface TopLine { index: number; kind: string; text: string; words: number }

export interface LabelWords {
  /** Words that frame a site's name («أخبار», «جريدة», «موقع», «نيوز» …): alone they name no one. */
  generic: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  siteWords: ReadonlySet<string>;
  /** What a section covers after «و» (`coverageScopes`): «العالم» in «الخليج والعالم». */
  scopes: ReadonlySet<string>;
  /** A section's heads and the adjectives they take (`sectionHeads`, `sectionAdjectives`): «تقارير خاصة». */
  heads?: ReadonlySet<string>;
  adjectives?: ReadonlySet<string>;
}

/** The lexicon's words for `labelShaped`: framing words are the name prefixes and the section heads. */
export function labelWords(lex: Pick<Lexicon, 'sitePrefixes' | 'sectionHeads' | 'coverageScopes' | 'functionWords' | 'givenNames' | 'siteWords'> & Partial<Pick<Lexicon, 'sectionAdjectives'>>): LabelWords {
  return { generic: new Set([...lex.sitePrefixes, ...lex.sectionHeads]), functionWords: lex.functionWords, givenNames: lex.givenNames, siteWords: lex.siteWords, scopes: lex.coverageScopes, heads: lex.sectionHeads, adjectives: lex.sectionAdjectives };
}

/** The first non-blank line after `at`. */
function nextLine<L extends TopLine>(lines: readonly L[], at: number): L | undefined {
  return lines.slice(at + 1).find((l) => l.kind !== 'blank');
}

/** «الاقتصادية», «محلية»: an adjective of relation (nisba), the shape of a section's name. */
const NISBA = /(?:ية|ي|يه)$/u;

/**
 * Has the line a label's shape rather than a name's? One definite word («المحتويات», «الحلقة»),
 * only framing words («جريدة», «سياسة ومحليات», «أخبار عاجلة»), a two-word head opening it («الشريط الإخباري…»),
 * one indefinite nisba («اقتصادية»), framing word + indefinite nisba («اخبار عالمية»), a function word
 * («غير مصنف»), a person's given name first («سيرغي لافروف»), or two to four words closing on what a
 * section covers after «و» («الخليج والعالم», «اخبار العرب والعالم»).
 */
export function labelShaped(text: string, words: LabelWords): boolean {
  const parts = text.trim().split(/\s+/).map(matchKey).filter(Boolean);
  if (!parts.length) return false;
  if (parts.some((w) => words.siteWords.has(w))) return false;
  if (parts.length === 1 && parts[0].startsWith('ال') && parts[0].length > 3) return true;
  if (parts.every((w) => words.generic.has(w) || (w.startsWith('و') && words.generic.has(w.slice(1))))) return true;
  // «تقارير خاصة», «ملفات ساخنة»: a section's head and its adjectives (forty-fourth round: a real page's «أحداث خاصة»).
  if (headWithAdjectives(parts, words.heads, words.adjectives)) return true;
  // «الشريط الإخباريسورية»: a head of two words glued to what follows it (twenty-fourth round).
  const key = parts.join(' ');
  if ([...words.generic].some((h) => h.includes(' ') && key.startsWith(h))) return true;
  // «اقتصادية», «دولية»: one indefinite nisba alone is a section's name (twenty-fourth round).
  if (parts.length === 1 && !parts[0].startsWith('ال') && /(?:ية|يه)$/u.test(parts[0])) return true;
  if (parts.length === 2 && words.generic.has(parts[0]) && !parts[1].startsWith('ال') && NISBA.test(parts[1])) return true;
  if (parts.some((w) => words.functionWords.has(w))) return true;
  // «السودان والعالم»: every fixture set and real page that prints one has it as a section (thirty-second session).
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && parts.length <= 4 && last.startsWith('و') && words.scopes.has(last.slice(1))) return true;
  return words.givenNames.has(parts[0]) && parts.length <= 3;
}

/**
 * Is `site` (a short top line) the story's label rather than the site's masthead? It sits right
 * over the headline (`titleIndex`) or the story's first line (`start`), and no Latin brand stands
 * right above it; then it is refused when another line stands above it (a date bar, a menu), or,
 * as the page's first line, when it has a label's shape.
 */
export function storyLabel<L extends TopLine>(site: L, lines: readonly L[], titleIndex: number | undefined, start: number, words: LabelWords): boolean {
  const next = nextLine(lines, site.index);
  if (!next || (next.index !== titleIndex && next.index !== start)) return false;
  const above = lines.slice(0, site.index).filter((l) => l.kind !== 'blank');
  const last = above[above.length - 1];
  if (last && (last.kind === 'latin' || isLatinBrand(last, words.siteWords))) return false;
  return above.length > 0 || labelShaped(site.text, words);
}

/**
 * A section's label printed before the headline («أخبار دولية - HEADLINE»): a `sectionLabels` entry, or a
 * section head opening a label's shape («أخبار عالمية»). Never a dateline's place or a known name
 * («كييف - …», «الكرملين - …»): a headline may open on them too (thirty-first round, merged).
 */
export function sectionLabelReader(lex: Pick<Lexicon, 'sectionLabels' | 'sectionHeads' | 'places' | 'names' | 'sitePrefixes' | 'coverageScopes' | 'functionWords' | 'givenNames' | 'siteWords'>): (text: string) => boolean {
  const words = labelWords(lex);
  return (text) => {
    const key = lexKey(text);
    const parts = key.split(' ');
    if (lex.places.has(parts[0]) || lex.places.has(key) || lex.names(text)) return false;
    return lex.sectionLabels.has(key) || (parts.length >= 2 && lex.sectionHeads.has(matchKey(parts[0])) && labelShaped(text, words));
  };
}

/** «رئيس التحرير», «رئيس مجلسي الإدارة والتحرير», «رئيس التحريرياسر بركات»: a staff box's role opens the line. */
export function staffRoleLine(text: string, roles: readonly string[]): boolean {
  const key = lexKey(text);
  return roles.some((r) => key.startsWith(r));
}

/**
 * «لتعاون اقتصادي» over «… وتتطلع لتعاون اقتصادي»: a top line of two words or more that repeats the
 * last words of the headline right under it is that headline cut by a teaser's frame, no masthead
 * (twenty-seventh round: two real-page probes print it; the repetition is the evidence, not the shape).
 */
export function cutTitleEnd<L extends TopLine>(site: L, lines: readonly L[], titleIndex: number | undefined): boolean {
  const next = nextLine(lines, site.index);
  if (!next || next.index !== titleIndex || site.words < 2 || site.words >= next.words) return false;
  return lexKey(next.text).endsWith(` ${lexKey(site.text)}`);
}
