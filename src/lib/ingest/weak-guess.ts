// The weakest outlet guesses — a short first line, a first line of three or four words, read as the
// site's name only by their place — are refused when the line itself says what else it is. On real
// pages (twenty-fourth round, 13o) these guesses took a sub-heading inside the story («سياسة
// العقوبات» under the lead), a speaker's label («مجلس الشورى:») and the story's age («منذ 2 شهور»).
import { lexKey, type Lexicon } from './boilerplate';

interface TopLine { index: number; text: string }

/**
 * Is the line no site name whatever its place? It stands below the story's first line (a masthead
 * is printed above the story, never inside it), ends with a colon (a label introducing what
 * follows), opens with a relative-time word and holds a number (`relativeTimeWords`), or sits over a
 * chat's participants' count (`interfaceWords.groupCounts`).
 */
export function notSiteName(line: TopLine, start: number, lex: Pick<Lexicon, 'relativeTimeWords' | 'interfaceWords' | 'sectionHeads'>, next?: TopLine): boolean {
  if (line.index > start) return true;
  // «مجموعة متابعة الأخبار» over «3 مشاركين»: a chat group's name over its participants' count names the
  // group, not a site (a chat's link card names the site; twenty-fourth round, second wave).
  const count = next?.text.trim().split(/\s+/);
  if (count?.length === 2 && /^[0-9٠-٩]+$/u.test(count[0]) && lex.interfaceWords.groupCounts.has(lexKey(count[1]))) return true;
  const text = line.text.trim();
  if (/[:：]$/u.test(text) || gluedLabels(text, lex)) return true;
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
  if (/\s/u.test(text) || !/^[\p{Script=Arabic}]{8,}$/u.test(text)) return false;
  const key = lexKey(text);
  const heads = [...lex.sectionHeads, ...lex.interfaceWords.moreWords].map(lexKey).filter((h) => h.length >= 3);
  return heads.some((h) => (key.startsWith(h) || key.endsWith(h)) && key.length - h.length >= 3);
}
