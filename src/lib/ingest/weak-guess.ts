// The weakest outlet guesses — a short first line, a first line of three or four words, read as the
// site's name only by their place — are refused when the line itself says what else it is. On real
// pages (twenty-fourth round, 13o) these guesses took a sub-heading inside the story («سياسة
// العقوبات» under the lead), a speaker's label («مجلس الشورى:») and the story's age («منذ 2 شهور»).
import { lexKey, type Lexicon } from './boilerplate';
import { normalizeArabic } from '../arabic/normalize';
import { sourceKey } from '../data/keys';
import { ordinalOf } from './numbered-list';

interface TopLine { index: number; text: string }

/**
 * Is the line no site name whatever its place? It stands below the story's first line (a masthead
 * is printed above the story, never inside it), ends with a colon (a label introducing what
 * follows), opens with a relative-time word and holds a number (`relativeTimeWords`), or sits over a
 * chat's participants' count (`interfaceWords.groupCounts`).
 */
export function notSiteName(line: TopLine, start: number, lex: Pick<Lexicon, 'relativeTimeWords' | 'interfaceWords' | 'sectionHeads' | 'lineContinuations' | 'spelledAbbreviations'>, next?: TopLine): boolean {
  if (line.index > start) return true;
  // «مجموعة متابعة الأخبار» over «3 مشاركين»: a chat group's name over its participants' count names the
  // group, not a site (a chat's link card names the site; twenty-fourth round, second wave).
  const count = next?.text.trim().split(/\s+/);
  if (count?.length === 2 && /^[0-9٠-٩]+$/u.test(count[0]) && lex.interfaceWords.groupCounts.has(lexKey(count[1]))) return true;
  const text = line.text.trim();
  if (/[:：]$/u.test(text) || gluedLabels(text, lex) || endsMidSentence(text, lex.lineContinuations, lex.spelledAbbreviations)) return true;
  // «شريط الاخبار» alone, a ticker's label wherever it stands (`sectionHeads`), and «1- الرئيسية», a
  // numbered menu's item: no site prints its name so (forty-second round, real pages; numbered-list.ts).
  if (lex.sectionHeads.has(sourceKey(text)) || ordinalOf(text) !== undefined) return true;
  const first = lexKey(text.split(/\s+/)[0] ?? '');
  return lex.relativeTimeWords.has(first) && /[0-9٠-٩]/u.test(text);
}

/**
 * «آسياأخرىسياسة», «برلمانعاجل», «أخباردوليعربي»: a menu's entries copied without their spaces — one
 * token that opens or closes with a section head (`sectionHeads`) or a «more» word
 * (`interfaceWords.moreWords`) glued to further letters. A site's name is printed with its spaces
 * (twenty-fifth round: on the earlier real-page probes these tokens were taken for the site).
 */
function gluedLabels(text: string, lex: Pick<Lexicon, 'sectionHeads' | 'interfaceWords'>): boolean {
  // «آخر الاخباررئيسيسياسة»: the glued token may close a short line whose first entry kept its space
  // (thirty-ninth round, real pages): the last of at most three words is read the same way.
  const tokens = text.split(/\s+/u).filter(Boolean);
  const token = tokens.length <= 3 ? tokens[tokens.length - 1] : undefined;
  if (!token || !/^[\p{Script=Arabic}]{8,}$/u.test(token)) return false;
  const key = lexKey(token);
  const heads = [...lex.sectionHeads, ...lex.interfaceWords.moreWords].map(lexKey).filter((h) => h.length >= 3);
  return heads.some((h) => (key.startsWith(h) || key.endsWith(h)) && key.length - h.length >= 3);
}

/**
 * «أرصفة ولكن», «حدائق ولكن»: a line of two words or more closed by a word that carries the sentence on
 * (`lineContinuations`: «لكن», «في», «أو» …, with «و» before it or not) is a column's headline or a cut
 * line, never a site's name — a name ends on a word of its own (thirty-seventh round, real pages). A spelled
 * abbreviation closing a name («تي في», `spelledAbbreviations`) is the name's.
 */
function endsMidSentence(text: string, continuations: ReadonlySet<string>, spelled: readonly string[]): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return false;
  // «عشتار تي في»: a name closed by a spelled abbreviation («تي في» is «TV», not «في»).
  const key = ` ${normalizeArabic(words.join(' '))}`;
  if (spelled.some((a) => key.endsWith(` ${a}`))) return false;
  const last = normalizeArabic(words[words.length - 1].replace(/[^\p{L}]/gu, ''));
  return continuations.has(last) || (last.length > 2 && last.startsWith('و') && continuations.has(last.slice(1)));
}

/** A key's words, punctuation dropped («زاخاروفا،» → «زاخاروفا»). */
const wordsOf = (text: string): string[] => lexKey(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/**
 * «بوتين وزيلينسكي», «ماكرون وشولتس وميلوني» over the story: a top line of two to four words joined by
 * «و», each of them a word of the story's first two lines, is the picture's alt text or caption naming
 * the story's people, no masthead. A site's name the story names is printed there whole («لـ"NAME"»),
 * so a line found as a phrase in the opening is left to the other rules (thirty-second session, 13p: a
 * real-page probe took such a caption for the site; fixture mastheads are never repeated word by word).
 */
export function namesTheStory(line: TopLine, lines: readonly TopLine[], start: number): boolean {
  const parts = wordsOf(line.text);
  if (parts.length < 2 || parts.length > 4 || !parts.slice(1).every((w) => w.startsWith('و') && w.length > 3)) return false;
  const opening = lines.slice(start).filter((l) => l.text.trim()).slice(0, 2).map((l) => wordsOf(l.text));
  const said = new Set<string>();
  for (const w of opening.flat()) {
    said.add(w);
    // «ونظيره», «لبوتين»: one clitic letter before the word.
    if (w.length > 4 && 'وبلف'.includes(w[0])) said.add(w.slice(1));
  }
  const names = [parts[0], ...parts.slice(1).map((w) => w.slice(1))];
  if (!names.every((w) => w.length >= 3 && said.has(w))) return false;
  return !opening.some((words) => ` ${words.join(' ')} `.includes(` ${parts.join(' ')} `));
}

/**
 * «فولوديمير زيلينسكي» over «… أن الرئيس الأوكراني فولوديمير زيلينسكي سيزور …»: a top line of two to
 * four words, none with the article, that the story's first two lines print whole, as plain prose, is
 * the picture's caption naming the story's subject, no masthead. A lead names its own site framed — after «لـ», a quote
 * mark or a site's word («موقع», «صحيفة»: `sourceAffixes.before`), or glued to «لـ» — and such a
 * line is left to the other rules (thirty-third session, 13p: a real-page probe took a caption of
 * one person's name for the site, as the 32nd took «NAME وNAME»).
 */
export function leadPrintsIt(line: TopLine, lines: readonly TopLine[], start: number, sitePrefixes: readonly string[]): boolean {
  const parts = wordsOf(line.text);
  // A person's name carries no article («يوري أوشاكوف»); a site's name mostly does («صوت الدار»).
  if (parts.length < 2 || parts.length > 4 || !parts.every((w) => /^\p{Script=Arabic}{2,}$/u.test(w) && !/^[وبلف]?ال/u.test(w))) return false;
  return storyPrintsPlainly(parts, lines, start, sitePrefixes);
}

/**
 * «فلاديمير زيلينسكي- الرئيس الأوكراني» over «ذكر الرئيس الأوكراني فلاديمير زيلينسكي …»: a «NAME – TITLE»
 * line whose name the story's first two lines print plainly and whose every title word they print too
 * is the picture's caption of the story's subject, not a credit «SITE – SECTION» (thirty-sixth round,
 * 13r: a real page's caption was read as the site). A site's lead does not retell its own credit line
 * whole; a person's name may carry the article («ناصر الدوسري»), so only both halves printed count.
 */
export function captionOfStory(name: string, title: string, lines: readonly TopLine[], start: number, sitePrefixes: readonly string[]): boolean {
  const titleWords = wordsOf(title);
  if (!titleWords.length) return false;
  const said = new Set(lines.slice(start).filter((l) => l.text.trim()).slice(0, 2).flatMap((l) => wordsOf(l.text)));
  return titleWords.every((w) => said.has(w)) && storyPrintsPlainly(wordsOf(name), lines, start, sitePrefixes);
}

/**
 * The story's first two lines print these words in a row, and never framed as a site is (after
 * «لـ», in quotes or guillemets, after a site's word): the lead retells them as its own prose.
 */
export function storyPrintsPlainly(parts: readonly string[], lines: readonly TopLine[], start: number, sitePrefixes: readonly string[]): boolean {
  if (!parts.length) return false;
  const opening = lines.slice(start).filter((l) => l.text.trim()).slice(0, 2);
  let plain = false;
  for (const l of opening) {
    const tokens = lexKey(l.text).split(/\s+/).filter(Boolean);
    for (let i = 0; i + parts.length <= tokens.length; i++) {
      const span = tokens.slice(i, i + parts.length);
      const bare = span.map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''));
      if (bare.join(' ') !== parts.join(' ')) continue;
      const before = tokens[i - 1] ?? '';
      const quoted = /[«"“”'(]$/u.test(before) || /^[«"“”'(]/u.test(span[0]) || /[»"“”')]/u.test(span[span.length - 1].slice(-1));
      const framed = quoted || /^لـ?$/u.test(before) || sitePrefixes.includes(before.replace(/^[لب]/u, '')) || sitePrefixes.includes(before);
      if (framed) return false;
      plain = true;
    }
  }
  return plain;
}

/**
 * «سيرغي لافروف» printed twice back to back over «سيرغي فيكتوروفيتش لافروف (…) هو وزير …»: a topic page's
 * title and its picture's alt text, every word of it in the story's first sentence, no masthead printed
 * again (forty-second round, a real aggregator's topic page). A site's name printed twice at the top
 * (a logo's alt and its text) is not what its lead opens on.
 */
export function subjectPrintedTwice(line: TopLine, twin: TopLine | undefined, lines: readonly TopLine[], start: number): boolean {
  if (!twin || lexKey(twin.text) !== lexKey(line.text)) return false;
  const parts = wordsOf(line.text);
  if (parts.length < 2 || parts.length > 4) return false;
  const lead = lines.slice(start).find((l) => l.text.trim());
  const said = new Set(wordsOf((lead?.text ?? '').split(/[.!؟?]/u)[0]));
  return parts.every((w) => said.has(w));
}

/**
 * «المتحدث باسم الكرملين» right over «المتحدث باسم الكرملين خلال مؤتمر صحفي …» under the headline: a picture's alt text
 * cut to its first words over its caption — one printing, not a name printed twice (forty-fifth round, helper 13o, a real
 * page). The line under it opens with every word of it and goes on for two words or more; the pair sits under the headline,
 * where a masthead does not (a masthead over its tagline sits above the headline).
 */
export function captionHeadOverCaption(line: TopLine, under: TopLine | undefined): boolean {
  if (!under) return false;
  const head = wordsOf(line.text);
  const caption = wordsOf(under.text);
  return head.length >= 2 && head.length <= 5 && caption.length >= head.length + 2 && head.every((w, i) => caption[i] === w);
}
